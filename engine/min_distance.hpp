// SPDX-License-Identifier: MIT
#pragma once
/// @file Minimum geodesic distance between two geometries, with the witness points.

#include "geometry.hpp"

#include <string>

namespace rangemap {

struct MinDistance {
    double distance_m;    ///< minimum geodesic distance on WGS84, metres (0 when they touch or overlap)
    LonLat from;          ///< witness on the first geometry
    LonLat to;            ///< witness on the second geometry
    std::string method;   ///< how it was found
    double error_bound_m; ///< bound on |distance_m - true minimum| for these vertices, metres
};

/// The least geodesic distance between any point of `a` and any point of `b`, where edges
/// are geodesic segments between vertices and polygons include their interiors. Found by
/// querying every vertex of each side against an ECEF index of the other side's edges and
/// confirming each candidate on the geodesic, so it equals a brute-force minimum over vertices
/// and edges. When the two overlap (in lon/lat), the distance is 0 and both witnesses are one
/// point inside the overlap.
/// @throws usage_error when either geometry is empty; data_error when GEOS rejects one.
MinDistance min_distance(const Geometry& a, const Geometry& b);

} // namespace rangemap
