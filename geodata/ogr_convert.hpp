// SPDX-License-Identifier: MIT
#pragma once
/// @file Conversion between OGR geometries and ours. geodata-internal.

#include "engine/geometry.hpp"

#include <string>
#include <vector>

class OGRGeometry;

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

} // namespace rangemap::geodata
