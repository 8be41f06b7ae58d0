// SPDX-License-Identifier: MIT
#pragma once
/// @file PNG encoding of a Cairo image surface with libpng, tuned for maps: Cairo's own encoder
/// compresses at zlib's default level and costs more than the whole drawing of a figure.

#include "byte_sink.hpp"

#include <cairo.h>

namespace rangemap::render {

/// Appends the PNG file of an opaque RGB24 or ARGB32 image surface to `out`.
/// @throws io_error when libpng fails; what `out` failed with when it cannot take the bytes.
void encode_png(cairo_surface_t* surface, ByteSink& out);

} // namespace rangemap::render
