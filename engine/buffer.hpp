// SPDX-License-Identifier: MIT
#pragma once
/// @file Geodesic buffers of lines and polygons: everything within a distance of a feature.

#include "geometry.hpp"
#include "length.hpp"

#include <string>

namespace rangemap {

/// A buffer and the error it achieved against true geodesic distances.
struct Buffer {
    Geometry area;                  ///< polygons in lon/lat, split at the antimeridian
    double max_error_m = 0;         ///< worst |geodesic distance from the boundary to the input - distance|
    double min_edge_distance_m = 0; ///< least measured distance from the boundary to the input
    double max_edge_distance_m = 0; ///< greatest measured distance from the boundary to the input
    std::string method;             ///< how it was made, including any step skipped or cut short
};

/// Everything within `distance` of `g` (points, lines, polygons), built on projected CRSs
/// chosen for the geometry (a polygon too large for one is cut on a lon/lat grid; edges are
/// geodesics, long ones followed along them) and refined until the boundary lies within
/// `tolerance_fraction` of `distance` of the true geodesic offset (never worse than 1 km at
/// 1,000 km). Runs on up to four threads. Where the
/// fitting is skipped (moving the vertices would fold the boundary) or the refinement stops
/// short of the tolerance (it adds a bounded number of vertices), `method` says so and
/// `max_error_m` reports what was achieved.
/// @throws usage_error for an empty geometry or a distance beyond a quarter of the meridian;
///         data_error when GEOS fails.
Buffer buffer(const Geometry& g, Length distance, double tolerance_fraction = 0.001);

} // namespace rangemap
