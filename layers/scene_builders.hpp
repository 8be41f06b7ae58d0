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

/// Country borders and the land (filled, its outline the coast), in the order a renderer paints them.
/// @param land land polygons (lon/lat), drawn filled and outlined as the coast;
/// @param countries country polygons (lon/lat), whose outlines read as borders.
std::vector<Layer> base_map_layers(const Theme& theme, std::vector<Feature> land, std::vector<Feature> countries);

/// The countries a figure is about, filled in the theme's focus colour over the land (drawn
/// after the land fill and before the borders, so the rest of the land recedes by contrast).
/// Its id is "focus": the renderer lets these countries' names stand beside them on a leader.
Layer focus_layer(const Theme& theme, std::vector<Feature> countries);

/// Names of seas, straits and oceans: point features with a "kind" attribute (sea, strait,
/// channel, ocean, gulf) and optional "alt" (an alternate name) and "angle" (degrees,
/// counter-clockwise) attributes, drawn as italic labels in the theme's water colour.
Layer water_names_layer(std::vector<Feature> names);

/// A geodesic range ring of `radius` around `centre` (engine range_ring), labelled at its edge
/// with `label` and listed in the legend as `legend` (either may be empty). The colour is the
/// theme's ring palette entry `colour_index` (cycling).
Layer ring_layer(const std::string& id, LonLat centre, Length radius, const std::string& label,
                 const std::string& legend, const Theme& theme, int colour_index, Length min_radius = {});
/// As above, with the ring's area already computed (range_annulus of the same centre and radii),
/// as a caller that keeps rings passes it.
Layer ring_layer(const std::string& id, LonLat centre, Length radius, Geometry area, const std::string& label,
                 const std::string& legend, const Theme& theme, int colour_index, Length min_radius = {});

/// A range fan (engine range_sector) from `azimuth_deg` - `width_deg`/2 to + `width_deg`/2
/// between `min_radius` and `radius`, labelled and coloured as ring_layer does.
Layer sector_layer(const std::string& id, LonLat centre, double azimuth_deg, double width_deg, Length radius,
                   Length min_radius, const std::string& label, const std::string& legend, const Theme& theme,
                   int colour_index);

/// Geodesic bearing lines (engine radial_line) from `centre` at `azimuths` (degrees), from
/// `start` out to `length`, each labelled with its bearing ("45°") at its far end, in the
/// colour of `of` (the ring or fan they belong to), thinner and out of the legend.
Layer radial_layer(const std::string& id, LonLat centre, Length length, const std::vector<double>& azimuths,
                   Length start, const Layer& of, const Theme& theme);

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
