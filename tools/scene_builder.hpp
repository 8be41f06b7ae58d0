// SPDX-License-Identifier: MIT
#pragma once
/// @file Standard layers with the default look, for the built-in figure and scenario files:
/// base map, range rings, places, distance callouts. Each function returns plain layers::
/// values that the caller may restyle before rendering.

#include "engine/geometry.hpp"
#include "engine/length.hpp"
#include "layers/scene.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::cli {

/// Land (filled), country borders and coastline from the embedded Natural Earth 10m data.
/// @param region keep only what lies in this lon/lat box (max_lon may exceed 180); the
///        renderer clips again to the page, so a generous box costs little and saves a lot.
/// @throws data_error when the data cannot be read.
std::vector<layers::Layer> base_map_layers(const layers::Theme& theme, const std::optional<BBox>& region);

/// A geodesic range ring of `radius` around `centre` (engine range_ring), labelled at its edge
/// with `label` and listed in the legend as `legend` (either may be empty). The colour is the
/// theme's ring palette entry `colour_index` (cycling).
layers::Layer ring_layer(const std::string& id, LonLat centre, Length radius, const std::string& label,
                         const std::string& legend, const layers::Theme& theme, int colour_index);

/// Point features as places, one layer per (operator group, kind) with a legend entry each:
/// the marker shape comes from the "kind" attribute (air base: triangle, naval base: square,
/// army or marine camp: circle, headquarters: star, other: diamond), the colour from "operator"
/// (US forces, Japan Self-Defense Forces, others). Labelled by name; air and naval bases
/// outrank camps when space runs out, and all outrank `priority` - 1.
std::vector<layers::Layer> place_layers(const std::vector<Feature>& features, const layers::Theme& theme,
                                        int priority = 10);

/// A callout between two witness points, labelled with their geodesic distance ("108 km"),
/// prefixed with `prefix` when given ("~" for an approximate figure).
layers::Callout distance_callout(LonLat from, LonLat to, const std::string& prefix = "");

/// A legend-only layer describing the callouts (a dark line with end dots).
layers::Layer callout_legend(const std::string& text, const layers::Theme& theme);


} // namespace rangemap::cli
