// SPDX-License-Identifier: MIT
#pragma once
/// @file Geodesic buffers of lines and polygons: everything within a distance of a feature.

#include "geometry.hpp"
#include "length.hpp"
#include "tolerance.hpp"

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
/// `tolerance_fraction` of `distance` (1e-6..0.1; 0.001 = 0.1%) of the true geodesic offset,
/// measured against exact geodesic distances to the input. Runs on up to four threads. Where
/// the fitting is skipped (moving the vertices would fold the boundary) `method` says so.
/// @throws usage_error for an empty geometry, a distance beyond a quarter of the meridian or
///         a tolerance outside its range; data_error when the boundary cannot be brought within
///         the tolerance (the message names the tolerance that would be met) or GEOS fails.
Buffer buffer(const Geometry& g, Length distance, double tolerance_fraction = k_default_buffer_tolerance);

} // namespace rangemap
