// SPDX-License-Identifier: MIT
#pragma once
/// @file The distance between two places, each a point or a feature: the one function behind
/// `rangemap distance`, scenario distance questions and callouts.

#include "geometry.hpp"

#include <string>

namespace rangemap {

struct PlaceDistance {
    double distance_m = 0;       ///< geodesic, metres; 0 when the features touch or overlap
    LonLat from, to;             ///< witness points (the points themselves for two points)
    double azimuth_deg = 0;      ///< forward azimuth at `from`, degrees clockwise from north, [0, 360)
    double back_azimuth_deg = 0; ///< forward azimuth at `to`, continuing past it, [0, 360)
    double error_bound_m = 0;    ///< 0 for two points; the minimum-distance bound otherwise, metres
    std::string method;          ///< how it was computed
};

/// True when `g` is exactly one point (no lines, no polygons).
[[nodiscard]] bool is_single_point(const Geometry& g) noexcept;

/// Geodesic distance on WGS84 between `a` and `b` (lon/lat): the geodesic for two single
/// points, else the minimum geodesic distance with its witness points (min_distance).
/// @throws usage_error when either is empty; data_error when GEOS rejects one.
PlaceDistance distance_between(const Geometry& a, const Geometry& b);

} // namespace rangemap
