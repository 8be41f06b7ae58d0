// SPDX-License-Identifier: MIT
#pragma once
/// @file Ellipsoidal areas of lon/lat polygons.

#include "geometry.hpp"

namespace rangemap {

/// Area of the polygons of `g` on WGS84, m²: each ring's geodesic polygon area (Karney 2013,
/// the algorithm of GeographicLib's Planimeter; edges are geodesics), exteriors minus holes.
/// Points and lines add nothing. Each ring is taken as the smaller of the two regions it
/// bounds, so rings must enclose less than half the Earth; orientation does not matter.
double area_m2(const Geometry& g);

} // namespace rangemap
