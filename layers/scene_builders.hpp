// SPDX-License-Identifier: MIT
#pragma once
/// @file Standard layers with the default look, for the built-in figure and scenario files:
/// base map, range rings, places, distance callouts. Each function returns plain
/// values that the caller may restyle before rendering.

#include "engine/geometry.hpp"
#include "engine/length.hpp"
#include "layers/scene.hpp"

#include <string>
#include <vector>

namespace rangemap::layers {

/// Land (filled), country borders and coastline.
/// @param land land polygons (lon/lat), drawn filled and outlined as the coast;
/// @param countries country polygons (lon/lat), whose outlines read as borders.
std::vector<Layer> base_map_layers(const Theme& theme, std::vector<Feature> land, std::vector<Feature> countries);

/// A geodesic range ring of `radius` around `centre` (engine range_ring), labelled at its edge
/// with `label` and listed in the legend as `legend` (either may be empty). The colour is the
/// theme's ring palette entry `colour_index` (cycling).
Layer ring_layer(const std::string& id, LonLat centre, Length radius, const std::string& label,
                 const std::string& legend, const Theme& theme, int colour_index);

/// Point features as places, one layer per (operator group, kind) with a legend entry each:
/// the marker and its rank from the theme's symbol for the "kind" attribute, the colour and
/// the legend's owner from the theme's group for the "operator" attribute. Labelled by name;
/// higher ranks keep their labels when space runs out, and all outrank `priority` - 1.
std::vector<Layer> place_layers(const std::vector<Feature>& features, const Theme& theme, int priority = 10);

/// A callout between two witness points, labelled with their geodesic distance ("108 km"),
/// prefixed with `prefix` when given ("~" for an approximate figure).
Callout distance_callout(LonLat from, LonLat to, const std::string& prefix = "");

/// A legend-only layer describing the callouts (a dark line with end dots).
Layer callout_legend(const std::string& text, const Theme& theme);

} // namespace rangemap::layers
