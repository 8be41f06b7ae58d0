// SPDX-License-Identifier: MIT
#pragma once
/// @file Point symbols: circle, square, triangle, diamond, star. renderers-internal.

#include "draw_context.hpp"

#include "layers/style.hpp"

namespace rangemap::render {

/// Draws the style's marker centred at `c`, `size` page units across, with a white casing.
void draw_marker(cairo_t* cr, PagePoint c, double size, const layers::Style& style, double casing);

/// The colour a marker is filled with (its fill, or its stroke when it has no fill).
layers::Rgba marker_colour(const layers::Style& style);

} // namespace rangemap::render
