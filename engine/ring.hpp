// SPDX-License-Identifier: MIT
#pragma once
/// @file Range rings: the geodesic circle of radius R around a centre, as a lon/lat polygon.

#include "geometry.hpp"
#include "length.hpp"

#include <string>

namespace rangemap {

struct RingOptions {
    /// Fewest vertices on the ring; more are added where edges would stray from the circle.
    int min_vertices = 360;
    /// Largest allowed straying of a lon/lat edge from the true circle, as a fraction of R.
    double edge_tolerance_fraction = 2e-4;
};

/// A range ring and what a careful user needs to defend it.
struct RangeRing {
    LonLat centre;
    Length radius;
    Geometry area;             ///< polygon(s) in lon/lat, split at the antimeridian (RFC 7946)
    double max_vertex_error_m; ///< worst |distance(centre, vertex) - R| over the vertices, metres
    double max_edge_error_m;   ///< worst straying of a lon/lat edge from the true circle, metres
    bool contains_north_pole;
    bool contains_south_pole;
    std::string method;
    LinearRing circle;               ///< the circle itself, closed, unwrapped longitudes (may pass ±180)
    double antipodal_distance_m = 0; ///< distance from the centre to its antipode: the largest radius
};

/// The smallest ring radius, metres: below it the ring is smaller than the 1 m its vertices are
/// held to, and its adaptive edges would only add vertices.
inline constexpr double k_min_ring_radius_m = 1.0;

/// Distance from `p` to its antipode, metres: no range ring around `p` can reach further.
double antipodal_distance(LonLat p);

/// Checks a radius for a ring (or sector) around a valid `centre` and returns the antipodal
/// distance. @throws usage_error as range_ring does.
double check_ring_radius(LonLat centre, Length radius);

/// Builds the ring: vertices by the geodesic direct problem at adaptively chosen azimuths, so
/// every vertex lies at R (to nanometres) and every lon/lat edge stays within
/// options.edge_tolerance_fraction * R of the true circle (checked at points along each edge).
/// @throws usage_error when the centre is invalid, R is zero or below k_min_ring_radius_m, or R is at or beyond the
///         antipodal distance.
RangeRing range_ring(LonLat centre, Length radius, const RingOptions& options = {});

} // namespace rangemap
