// SPDX-License-Identifier: MIT
#pragma once
/// @file Ellipsoidal areas and lengths of lon/lat geometries.

#include "geometry.hpp"

namespace rangemap {

/// Area of the polygons of `g` on WGS84, m²: each ring's geodesic polygon area (Karney 2013,
/// the algorithm of GeographicLib's Planimeter; edges are geodesics), exteriors minus holes.
/// Points and lines add nothing. Each ring is taken as the smaller of the two regions it
/// bounds, so rings must enclose less than half the Earth; orientation does not matter.
double area_m2(const Geometry& g);

/// Length of every line and ring of `g` (outers and holes) along geodesic edges on WGS84,
/// metres; points add nothing.
double length_m(const Geometry& g);

} // namespace rangemap
