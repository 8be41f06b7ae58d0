// SPDX-License-Identifier: MIT
#pragma once
/// @file What a figure draws, as GeoJSON for a map in the browser: each layer of a Scene as a
/// FeatureCollection carrying its style (the theme's colours, symbols and widths), and the
/// callouts as lines. Display only: the numbers are the answers'.

#include "layers/scene.hpp"

#include <nlohmann/json.hpp>

namespace rangemap::scenario {

/// "#rrggbbaa" of a colour (components rounded to 8 bits).
std::string css_colour(const layers::Rgba& colour);

/// The style as {"fill", "stroke", "stroke_width", "dash", "marker", "marker_size",
/// "label_colour", "font_size", "bold"}; sizes in points on a 1000-point short side.
nlohmann::ordered_json style_json(const layers::Style& style);

/// {layer id: FeatureCollection with "role", "legend", "label" and "style" members, each
/// feature's properties its name and attributes}, in drawing order, plus "callout_lines": a
/// FeatureCollection of LineStrings with their "label".
nlohmann::ordered_json scene_layers_json(const layers::Scene& scene);

/// The theme's base-map colours: {"paper", "sea", "land", "coast", "border", "graticule",
/// "text", "muted_text", "halo", "ring_palette": [...], "land_width", "border_width", ...}.
nlohmann::ordered_json theme_json(const layers::Theme& theme);

} // namespace rangemap::scenario
