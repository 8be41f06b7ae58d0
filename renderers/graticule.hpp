// SPDX-License-Identifier: MIT
#pragma once
/// @file Meridians and parallels, with degree labels where they meet the frame. renderers-internal.

#include "draw_context.hpp"
#include "geometry_path.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

/// Degrees between graticule lines for a frame: 1, 2, 5, 10, 15, 20 or 30, about 4 to 8 lines.
double graticule_step(const BBox& extent);
/// "120°E", "30°N", "0°", "180°".
std::string degree_label(double value, bool is_lon);

/// The lines as projected for the page (all in one stroke; see paint_graticule_lines).
std::vector<PagePath> graticule_paths(const MapFrame& frame);
/// Strokes `paths` on `cr` (the painter's or a band of its page) as the theme of `dc` says;
/// call with the map clip set.
void paint_graticule_lines(cairo_t* cr, const DrawContext& dc, const std::vector<PagePath>& paths);
/// Draws the lines (inside the map area; call with the map clip set).
void draw_graticule_lines(const DrawContext& dc);
/// Draws the labels outside the frame: longitudes below it, latitudes left and right of it.
void draw_graticule_labels(const DrawContext& dc);

} // namespace rangemap::render
