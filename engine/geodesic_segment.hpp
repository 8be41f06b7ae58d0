// SPDX-License-Identifier: MIT
#pragma once
/// @file The point of a geodesic segment nearest to a given point, on WGS84.

#include "geo_point.hpp"

namespace rangemap {

struct SegmentPoint {
    double distance_m; ///< geodesic distance from the query point, metres
    LonLat point;      ///< the nearest point of the segment
};

/// Nearest point to `p` on the geodesic from `a` to `b` (endpoints included). Iterates on the
/// geodesic: from a point X of the segment, the foot of the perpendicular to P is found on the
/// sphere from the distance and the angle between the segment and the direction to P, then
/// taken along the true geodesic; this converges to better than 0.1 mm along the segment in a
/// few steps. The distance error is second order in the last step (< 1e-3 m). `start_fraction` in [0, 1] is where along the segment to start.
SegmentPoint nearest_on_segment(LonLat p, LonLat a, LonLat b, double start_fraction = 0.5) noexcept;

} // namespace rangemap
