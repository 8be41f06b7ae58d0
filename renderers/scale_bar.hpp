// SPDX-License-Identifier: MIT
#pragma once
/// @file A two-unit scale bar (km above, mi below), true at the map's centre. renderers-internal.

#include "draw_context.hpp"

namespace rangemap::render {

struct ScaleBar {
    double km = 0;     ///< length of the km bar, kilometres (a round number)
    double mi = 0;     ///< length of the mi bar, statute miles (a round number)
    double km_len = 0; ///< page length of the km bar
    double mi_len = 0; ///< page length of the mi bar
};

/// The largest round lengths (1, 2, 2.5, 5 × 10^k) whose bars fit in `max_len` page units,
/// using the ground scale along the parallel at the extent's centre.
ScaleBar choose_scale_bar(const MapFrame& frame, double max_len);

/// Size of the drawn bar with its labels, page units.
double scale_bar_height(const DrawContext& dc);
/// Draws the bar with its top-left corner at (x, y).
void draw_scale_bar(const DrawContext& dc, const ScaleBar& bar, double x, double y);

} // namespace rangemap::render
