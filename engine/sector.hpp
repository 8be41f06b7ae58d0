// SPDX-License-Identifier: MIT
#pragma once
/// @file Range fans and annuli: the points within a radius of a centre (and beyond a minimum
/// radius) whose forward azimuth from the centre lies within a span, as lon/lat polygons.

#include "geometry.hpp"
#include "length.hpp"
#include "ring.hpp"

#include <string>

namespace rangemap {

/// A sector (range fan) and what a careful user needs to defend it.
struct RangeSector {
    LonLat centre;
    double azimuth_deg;            ///< centre line, clockwise from north, [0, 360)
    double width_deg;              ///< (0, 360]
    Length radius, min_radius;     ///< min_radius zero: the fan reaches the centre
    Geometry area;                 ///< polygon(s) in lon/lat, split at the antimeridian (RFC 7946)
    double max_arc_error_m = 0;    ///< worst |distance(centre, arc vertex) - radius| (either arc), metres
    double max_side_error_deg = 0; ///< worst |azimuth(centre, side vertex) - its bounding azimuth|, degrees
    double max_edge_error_m = 0;   ///< worst straying of a lon/lat edge from its arc or side, metres
    bool contains_north_pole = false;
    bool contains_south_pole = false;
    std::string method;
};

/// Builds the sector from azimuth - width/2 to azimuth + width/2 (clockwise) between
/// `min_radius` and `radius`: its sides are geodesics from the centre along the two bounding
/// azimuths (vertices by the direct problem, so each lies at its azimuth), its arcs lie at the
/// radii within 1 m; edges are split until they follow their arc or side within
/// options.edge_tolerance_fraction * radius. Width 360 is the ring (or annulus).
/// @param azimuth_deg any finite angle, degrees (brought into [0, 360));
/// @param width_deg (0, 360] degrees; @param min_radius 0 <= min_radius < radius.
/// @throws usage_error for a bad centre, azimuth, width or radii (the radius past the
///         antipode, below k_min_ring_radius_m, or not above the minimum radius).
RangeSector range_sector(LonLat centre, double azimuth_deg, double width_deg, Length radius, Length min_radius = {},
                         const RingOptions& options = {});

/// The annulus between two geodesic circles around `centre` (a ring with a hole): points at
/// least `min_radius` and at most `radius` from it. A zero `min_radius` is the ring itself.
/// @throws usage_error as range_ring does, or when min_radius >= radius.
RangeRing range_annulus(LonLat centre, Length radius, Length min_radius, const RingOptions& options = {});

/// The geodesic from `centre` at `azimuth_deg` from `start` (an annulus's minimum radius; zero:
/// the centre) out to `length` (a radial of a ring or sector), as lon/lat lines split at the
/// antimeridian (RFC 7946), every vertex on the geodesic and every edge within
/// options.edge_tolerance_fraction * length of it.
/// @throws usage_error for a bad centre or azimuth, a length a ring could not have, or a start
///         not below the length.
Geometry radial_line(LonLat centre, double azimuth_deg, Length length, const RingOptions& options = {},
                     Length start = {});

} // namespace rangemap
