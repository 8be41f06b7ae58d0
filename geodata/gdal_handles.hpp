// SPDX-License-Identifier: MIT
#pragma once
/// @file RAII owners for GDAL/OGR handles. geodata-internal: includes GDAL headers.

#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <string>
#include <string_view>

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

/// GDAL's last error message cut to one line of at most 200 characters (drivers can report
/// whole SQL statements), or `fallback` when there is none.
inline std::string gdal_last_error(std::string_view fallback) {
    const char* m = CPLGetLastErrorMsg();
    std::string_view msg = (m && *m) ? std::string_view(m) : fallback;
    msg = msg.substr(0, msg.find_first_of("\r\n"));
    constexpr std::size_t k_max = 200;
    if (msg.size() <= k_max) return std::string(msg);
    return std::string(msg.substr(0, k_max - 3)) + "...";
}

/// Closes a dataset, flushing what its driver buffered; returns false when that failed.
/// GDALClose returns the outcome from GDAL 3.7; before, only the error state tells.
[[nodiscard]] inline bool close_dataset(DatasetPtr ds) {
    CPLErrorReset();
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 7, 0)
    const bool closed = GDALClose(GDALDataset::ToHandle(ds.release())) == CE_None;
#else
    GDALClose(GDALDataset::ToHandle(ds.release()));
    const bool closed = true;
#endif
    return closed && CPLGetLastErrorType() < CE_Failure;
}

/// Registers GDAL's drivers once per process and quiets its stderr chatter (errors are
/// reported through our exceptions instead).
void ensure_gdal_ready();

/// Registers the GeoPackage driver alone (and quiets GDAL), for the default data: the
/// couple of hundred other drivers' registration touches about 8 MB of GDAL's code and
/// tables, a tenth of a figure's memory, that a run on the default data never uses.
void ensure_geopackage_ready();

} // namespace rangemap::geodata
