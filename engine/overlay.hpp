// SPDX-License-Identifier: MIT
#pragma once
/// @file Polygon overlay in lon/lat (GEOS): unions and intersections of areas that are already
/// densified (rings, buffers, Natural Earth), so planar edges in degrees stay faithful.

#include "geometry.hpp"

#include <vector>

namespace rangemap {

/// The union of the polygons of every geometry. @throws data_error when GEOS fails.
Geometry union_areas(const std::vector<Geometry>& parts);
/// The polygons of `a` intersected with those of `b`. @throws data_error when GEOS fails.
Geometry intersect_areas(const Geometry& a, const Geometry& b);
/// The polygons of `a` less those of `b`. @throws data_error when GEOS fails.
Geometry subtract_areas(const Geometry& a, const Geometry& b);

} // namespace rangemap
