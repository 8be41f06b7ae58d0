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
};

/// A range ring and what a careful user needs to defend it.
struct RangeRing {
    LonLat centre;
    Length radius;
    Geometry area;                ///< polygon(s) in lon/lat, split at the antimeridian (RFC 7946)
    double max_vertex_error_m;    ///< worst |distance(centre, vertex) - R| over the vertices, metres
    double max_edge_error_m;      ///< worst straying of a lon/lat edge from the true circle, metres
    bool contains_north_pole;
    bool contains_south_pole;
    std::string method;
};

/// Builds the ring. @throws usage_error when R is zero or at or beyond the antipodal distance.
RangeRing range_ring(LonLat centre, Length radius, const RingOptions& options = {});

} // namespace rangemap
