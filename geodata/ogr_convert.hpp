// SPDX-License-Identifier: MIT
#pragma once
/// @file Conversion between OGR geometries and ours. geodata-internal.

#include "gdal_handles.hpp"

#include "engine/geometry.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rangemap::geodata {

/// Every vertex of `g` is finite and within lon/lat range: one stray 1e300 would otherwise
/// pass through repair and every later computation as if it were geography.
/// @throws data_error naming the layer and `label`.
void check_lonlat(const OGRGeometry& g, const std::string& layer, const std::string& label);

/// Converts an OGR geometry in WGS84 lon/lat to ours, repairing invalid polygons with
/// make-valid (noted in `notes` as "layer: label: repaired ..."); with `repair` false the
/// validity check is skipped (data known to be valid).
/// @throws data_error naming `label` when the geometry is broken beyond repair or not finite.
Geometry to_geometry(const OGRGeometry& g, const std::string& layer, const std::string& label,
                     std::vector<std::string>& notes, bool repair = true);

/// Our geometry as OGR's, the other way. `close` appends the first vertex to an open ring
/// (GIS output wants closed rings; a validity check must see the ring as it is).
std::unique_ptr<OGRLinearRing> to_ogr_ring(const LinearRing& r, bool close);
std::unique_ptr<OGRPolygon> to_ogr_polygon(const Polygon& p, bool close);
std::unique_ptr<OGRLineString> to_ogr_line(const LineString& l);

/// `g` (WGS84 lon/lat) as one OGR geometry of `type`: wkbPoint (its first point),
/// wkbMultiPoint, wkbMultiLineString, wkbMultiPolygon or wkbGeometryCollection (everything);
/// rings closed. Null for an empty geometry.
OgrGeometryPtr to_ogr(const Geometry& g, OGRwkbGeometryType type);

} // namespace rangemap::geodata
