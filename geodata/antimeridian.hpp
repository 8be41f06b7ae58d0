// SPDX-License-Identifier: MIT
#pragma once
/// @file Repairs lon/lat shapes that cross the antimeridian by jumping from +180 to -180
/// (which would otherwise be drawn and measured as bands around the whole world), and
/// polar caps drawn as a ring round the pole that a flat map must close along the pole.
/// geodata-internal: works on OGR geometries.

#include "gdal_handles.hpp"

namespace rangemap::geodata {

/// Whether a line or ring in lon/lat has an edge jumping more than 180° in longitude that is
/// not an edge along ±180 itself (such as the one closing Antarctica along the pole).
bool jumps_antimeridian(const OGRSimpleCurve& curve);

/// When some polygon or line of `g` (WGS84 lon/lat) crosses the antimeridian, returns it
/// split there into parts on each side; otherwise returns null (nothing to do).
///
/// Polygon edges are read as the shorter way round in longitude, so a ring that jumps from
/// 179.9 to -180 or from -180 to 180 continues across the antimeridian; the ring is followed
/// across and cut at ±180, and no part is lost. Two cases are taken as drawn: an edge along a
/// pole (latitude ±90, the edge of the map) and a ring made only of vertices on ±180. A ring
/// that goes once round the world in longitude encloses a pole (the one on the side of its
/// mean latitude, such as Antarctica's): it is closed along that pole, -180 to 180.
/// Lines are broken at the crossing.
/// @throws data_error for a ring going round the world more than once, or a hole going round.
OgrGeometryPtr split_at_antimeridian(const OGRGeometry& g);

} // namespace rangemap::geodata
