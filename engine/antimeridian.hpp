// SPDX-License-Identifier: MIT
#pragma once
/// @file Bringing lon/lat polygons to RFC 7946 form: longitudes in [-180, 180], shapes split at
/// the antimeridian, exterior rings counter-clockwise and holes clockwise.

#include "geometry.hpp"

#include <vector>

namespace rangemap {

/// A longitude brought into [-180, 180] degrees (180 stays 180).
double wrap_lon(double lon) noexcept;

/// Signed planar area of a ring in lon/lat, degrees²; positive when counter-clockwise.
double signed_area_deg2(const LinearRing& ring) noexcept;

/// Orients every polygon per RFC 7946: exterior counter-clockwise, holes clockwise.
void orient_rfc7946(Geometry& g);

/// Polygons drawn with unwrapped longitudes (a ring may run past ±180, e.g. 170..190) cut at
/// every antimeridian crossing, each piece shifted back into [-180, 180], touching pieces
/// merged, and oriented per RFC 7946. Latitudes must lie in [-90, 90].
/// @throws data_error when GEOS cannot process the shapes.
Geometry normalise_unwrapped(const std::vector<Polygon>& unwrapped);

/// The whole lon/lat world [-180, 180] x [-90, 90] minus `holes` (already in RFC 7946 form).
Geometry world_minus(const Geometry& holes);

/// The area inside a closed curve traced with unwrapped longitudes (a ring, a sector), in RFC
/// 7946 form, given which poles it contains: a curve that goes once around the axis is closed
/// over the pole it encloses, along the edge of the map; one that contains both poles bounds
/// the world minus the small area it encircles.
Geometry area_inside(const LinearRing& unwrapped, bool contains_north_pole, bool contains_south_pole);

} // namespace rangemap
