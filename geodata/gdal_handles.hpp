// SPDX-License-Identifier: MIT
#pragma once
/// @file RAII owners for GDAL/OGR handles. geodata-internal: includes GDAL headers.

#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace rangemap::geodata {

// GDAL's own owners: the dataset closes with GDALClose, the feature with DestroyFeature.
using DatasetPtr = GDALDatasetUniquePtr;
using FeaturePtr = OGRFeatureUniquePtr;

struct CoordTransformDeleter {
    void operator()(OGRCoordinateTransformation* t) const noexcept { OGRCoordinateTransformation::DestroyCT(t); }
};
using CoordTransformPtr = std::unique_ptr<OGRCoordinateTransformation, CoordTransformDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometry* g) const noexcept { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

/// Registers GDAL's drivers once per process and quiets its stderr chatter (errors are
/// reported through our exceptions instead).
void ensure_gdal_ready();

} // namespace rangemap::geodata
