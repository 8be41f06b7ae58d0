// SPDX-License-Identifier: MIT
#pragma once
/// @file Douglas–Peucker simplification of projected paths to the page's resolution.
/// renderers-internal.

#include "geometry_path.hpp"

namespace rangemap::render {

/// Drops the vertices of `path` that lie within `tolerance` (page units, ≥ 0) of the line
/// through the vertices kept on either side (Douglas and Peucker 1973), so no part of the path
/// moves by more than `tolerance`. The ends, and the vertices where an edge turns from drawn
/// to seam or back, are always kept, so seams stay exactly where they were.
void simplify_path(PagePath& path, double tolerance);

} // namespace rangemap::render
