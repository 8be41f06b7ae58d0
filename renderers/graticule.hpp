// SPDX-License-Identifier: MIT
#pragma once
/// @file Meridians and parallels, with degree labels where they meet the frame. renderers-internal.

#include "draw_context.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

/// Degrees between graticule lines for a frame: 1, 2, 5, 10, 15, 20 or 30, about 4 to 8 lines.
double graticule_step(const BBox& extent);
/// "120°E", "30°N", "0°", "180°".
std::string degree_label(double value, bool is_lon);

/// Draws the lines (inside the map area; call with the map clip set).
void draw_graticule_lines(const DrawContext& dc);
/// Draws the labels outside the frame: longitudes below it, latitudes left and right of it.
void draw_graticule_labels(const DrawContext& dc);

} // namespace rangemap::render
