// SPDX-License-Identifier: MIT
#pragma once
/// @file Writes features as a GIS layer in the format the file extension names.

#include "engine/geometry.hpp"

#include <string>
#include <vector>

namespace rangemap::geodata {

/// Writes `features` (WGS84 lon/lat) to `path` as one layer in EPSG:4326. The extension picks
/// the format: .geojson/.json (RFC 7946, lon/lat, through geojson_writer), .gpkg, .shp (with .shx/.dbf/.prj/.cpg),
/// .fgb, .kml, .csv (X/Y columns for points, else WKT). Each feature's name becomes the
/// `name` field (unless an attribute is called that); every attribute becomes a field, typed
/// Integer or Real when every non-empty value in the layer parses as such, else String.
/// The write is atomic: everything goes to a temporary name in the same folder and is renamed
/// into place only when complete, so a failed write leaves an existing file untouched.
/// @throws usage_error for an unknown extension or a shapefile asked to hold mixed geometry
///         types; io_error when the folder is missing or the file cannot be written.
void write_layer(const std::string& path, const std::string& layer_name, const std::vector<Feature>& features);

/// The attribute that holds how a feature is drawn, as an OGR style string
/// ("PEN(c:#cb4e00ff,w:2.2px);BRUSH(fc:#cb4e0009)"): written as the placemark's style in KML and
/// KMZ, and as no field in any format.
inline constexpr const char* k_style_attribute = "OGR_STYLE";

} // namespace rangemap::geodata
