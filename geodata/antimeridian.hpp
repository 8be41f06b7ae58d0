// SPDX-License-Identifier: MIT
#pragma once
/// @file Repairs lon/lat shapes that cross the antimeridian by jumping from +180 to -180
/// (which would otherwise be drawn and measured as bands around the whole world).
/// geodata-internal: works on OGR geometries.

#include "gdal_handles.hpp"

namespace rangemap::geodata {

/// Whether a line or ring in lon/lat has an edge jumping more than 180° in longitude that is
/// not an edge along ±180 itself (such as the one closing Antarctica along the pole).
bool jumps_antimeridian(const OGRSimpleCurve& curve);

/// When some polygon or line of `g` (WGS84 lon/lat) jumps across the antimeridian, returns it
/// split there into parts on each side (polygons: cut at ±180; lines: broken at the crossing);
/// otherwise returns null (nothing to do).
OgrGeometryPtr split_at_antimeridian(const OGRGeometry& g);

} // namespace rangemap::geodata
