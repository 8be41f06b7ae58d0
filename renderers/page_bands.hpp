// SPDX-License-Identifier: MIT
#pragma once
/// @file Rasterising part of an image page on several cores at once, in bands of rows.
/// renderers-internal.

#include <cairo.h>
#include <functional>

namespace rangemap::render {

/// An image page is drawn in this many bands of rows, each on a core of its own: a fixed
/// number, so the bytes do not depend on the machine.
inline constexpr int k_page_bands = 2;

/// Calls draw(band) for each band of rows of the image `page` draws on: a Cairo context of its
/// own over those rows of the image's memory, with `page`'s transformation, font options and
/// (rectangular) clip, so what it draws lands where `page` would draw it, pixel for pixel.
/// Bands are drawn at once, each on a thread of its own: `draw` must change nothing shared.
/// An image's pixels are the same as those drawn on `page` itself. Anything else than an image
/// page is drawn on `page` in one pass.
/// @throws io_error when Cairo fails in a band.
void paint_in_bands(cairo_t* page, const std::function<void(cairo_t*)>& draw);

} // namespace rangemap::render
