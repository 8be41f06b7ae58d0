// SPDX-License-Identifier: MIT
#pragma once
/// @file Reading from a GDAL dataset kept open by the caller. geodata-internal: GDAL types.

#include "gdal_handles.hpp"
#include "ogr_reader.hpp"

#include <string>

namespace rangemap::geodata {

/// Opens a vector source read-only with any of GDAL's drivers.
/// @throws data_error when it is missing or GDAL cannot open it.
DatasetPtr open_source(const std::string& path);

/// Opens a GeoPackage read-only with the GeoPackage driver alone (see ensure_geopackage_ready).
/// @throws data_error when it is missing or is not a GeoPackage GDAL can open.
DatasetPtr open_geopackage(const std::string& path);

/// read_layer on a dataset already open (`path` names it in messages): for a source read
/// several times in one run, so that it is opened (schema, CRS) once.
LayerData read_layer(GDALDataset& dataset, const std::string& path, const std::string& layer,
                     const ReadOptions& options);

} // namespace rangemap::geodata
