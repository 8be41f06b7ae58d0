// SPDX-License-Identifier: MIT
#pragma once
/// @file Clipping lon/lat geometry to a box, so that what lies off a map costs nothing later.

#include "geometry.hpp"

namespace rangemap {

/// The part of `g` inside `box` (planar in lon/lat; fast, GEOS ClipByRect).
/// Polygons stay polygons, lines stay lines; points outside are dropped.
Geometry clip_to_box(const Geometry& g, const BBox& box);

} // namespace rangemap
