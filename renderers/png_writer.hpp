// SPDX-License-Identifier: MIT
#pragma once
/// @file PNG encoding of a Cairo image surface, tuned for maps: strips of rows deflated on
/// every core at a fast zlib level (Cairo's own encoder compresses on one core at zlib's
/// default level and costs more than the whole drawing of a figure).

#include "byte_sink.hpp"

#include <cairo.h>

namespace rangemap::render {

/// Appends the PNG file of an opaque RGB24 or ARGB32 image surface to `out`.
/// The bytes depend on the image alone, not on the number of cores.
/// @throws io_error when zlib fails; what `out` failed with when it cannot take the bytes.
void encode_png(cairo_surface_t* surface, ByteSink& out);

} // namespace rangemap::render
