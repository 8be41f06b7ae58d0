// SPDX-License-Identifier: MIT
#pragma once
/// @file Clipping lon/lat geometry to a box, so that what lies off a map costs nothing later.

#include "geometry.hpp"

namespace rangemap {

/// The part of `g` inside `box`, for drawing: planar in lon/lat. Polygon rings are clipped
/// ring by ring (Sutherland–Hodgman), which is exact inside the box but may leave zero-area
/// edges along the box's sides: draw with a box larger than the page, and do not use the
/// result for areas or topology (engine/overlay.hpp does that). Lines go through GEOS.
/// Points outside are dropped.
Geometry clip_to_box(const Geometry& g, const BBox& box);

} // namespace rangemap
