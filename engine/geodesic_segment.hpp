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
/// taken along the true geodesic. It stops when the next step would shorten the distance by
/// less than 0.1 mm (the distance is stationary at the foot, so a step of δ metres changes it
/// by about δ²/2d): the distance returned exceeds the minimum by less than 1e-3 m, and is the
/// exact distance to the point returned. `start_fraction` in [0, 1] is where along the segment
/// to start.
SegmentPoint nearest_on_segment(LonLat p, LonLat a, LonLat b, double start_fraction = 0.5) noexcept;

/// Geodesic distance (metres) and azimuth at the start (degrees) from `from` to `to`.
struct Bearing {
    double distance_m;
    double azi_deg;
};
Bearing bearing(LonLat from, LonLat to) noexcept;

/// Whether the geodesic from `v` towards `w` leaves `v` at 90° or more from the direction
/// `azi_to_p_deg` (degrees) to some point P: then the distance to P grows from `v` along it,
/// and `v` is the segment's nearest point to P, as nearest_on_segment would find it starting
/// at `v`, at the cost of one inverse problem.
bool turns_away(LonLat v, LonLat w, double azi_to_p_deg) noexcept;
/// The same test with the azimuth of the geodesic from `v` towards `w` already known.
bool turns_away(double azi_vw_deg, double azi_to_p_deg) noexcept;

} // namespace rangemap
