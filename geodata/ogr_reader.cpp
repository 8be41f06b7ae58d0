// SPDX-License-Identifier: MIT
#include "ogr_reader.hpp"

#include "antimeridian.hpp"
#include "gdal_handles.hpp"
#include "ogr_convert.hpp"

#include "engine/error.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <filesystem>
#include <fmt/format.h>
#include <mutex>

namespace rangemap::geodata {

void ensure_gdal_ready() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        GDALAllRegister();
    });
}

std::pair<std::string, std::string> split_source_spec(const std::string& spec) {
    if (spec.rfind("PG:", 0) == 0) return {spec, {}};
    if (std::filesystem::exists(spec)) return {spec, {}};
    const auto pos = spec.rfind(':');
    if (pos == std::string::npos || pos < 2) return {spec, {}};
    return {spec.substr(0, pos), spec.substr(pos + 1)};
}

namespace {

std::string gdal_message() {
    const char* m = CPLGetLastErrorMsg();
    return (m && *m) ? m : "not a format GDAL reads";
}

DatasetPtr open_source(const std::string& path) {
    ensure_gdal_ready();
    const bool is_connection = path.rfind("PG:", 0) == 0 || path.rfind("/vsi", 0) == 0;
    if (!is_connection && !std::filesystem::exists(path)) {
        throw data_error(fmt::format("data source '{}' does not exist", path));
    }
    CPLErrorReset();
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) throw data_error(fmt::format("cannot open data source '{}': {}", path, gdal_message()));
    return ds;
}

const char* k_name_fields[] = {"name", "NAME", "Name", "name_en", "NAME_EN", "ADMIN", "admin", "label", "title"};

std::string feature_name(const OGRFeature& f) {
    for (const char* field : k_name_fields) {
        const int idx = f.GetFieldIndex(field);
        if (idx >= 0 && f.IsFieldSetAndNotNull(idx)) return f.GetFieldAsString(idx);
    }
    return {};
}

/// Whether the layer's data is already WGS84 with x = lon, y = lat: the same datum and the
/// same data-axis order. A WGS84 layer whose data is lat/lon (some GML) still goes through a
/// transformation, which swaps the axes.
bool same_as_wgs84_lonlat(const OGRSpatialReference& srs, const OGRSpatialReference& wgs84) {
    const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
    if (!srs.IsGeographic() || !srs.IsSame(&wgs84, options)) return false;
    return srs.GetDataAxisToSRSAxisMapping() == wgs84.GetDataAxisToSRSAxisMapping();
}

bool fits_lonlat(const OGREnvelope& e) {
    return e.MinX >= -180.0 - 1e-9 && e.MaxX <= 180.0 + 1e-9 && e.MinY >= -90.0 - 1e-9 && e.MaxY <= 90.0 + 1e-9;
}

} // namespace

std::vector<std::string> list_layers(const std::string& path) {
    auto ds = open_source(path);
    std::vector<std::string> names;
    for (auto* layer : ds->GetLayers()) names.emplace_back(layer->GetName());
    return names;
}

LayerData read_layer(const std::string& path, const std::string& layer_name) {
    auto ds = open_source(path);
    if (ds->GetLayerCount() == 0) throw data_error(fmt::format("data source '{}' has no vector layers", path));
    OGRLayer* layer = layer_name.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layer_name.c_str());
    if (!layer) {
        std::string names;
        for (auto* l : ds->GetLayers()) names += (names.empty() ? "" : ", ") + std::string(l->GetName());
        throw data_error(fmt::format("data source '{}' has no layer '{}' (layers: {})", path, layer_name, names));
    }

    LayerData out;
    out.name = layer->GetName();
    out.source = path;

    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    CoordTransformPtr to_wgs84;
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!srs) {
        OGREnvelope env;
        if (layer->GetExtent(&env, TRUE) == OGRERR_NONE && !fits_lonlat(env)) {
            throw data_error(fmt::format(
                "layer '{}' of '{}' has no CRS and its coordinates ({:.6g}..{:.6g}, {:.6g}..{:.6g}) are not lon/lat; "
                "give it a CRS (e.g. ogr2ogr -a_srs)",
                out.name, path, env.MinX, env.MaxX, env.MinY, env.MaxY));
        }
        out.notes.push_back(fmt::format("layer '{}' has no CRS: coordinates fit lon/lat, assumed WGS84", out.name));
    } else if (!same_as_wgs84_lonlat(*srs, wgs84)) {
        CPLErrorReset();
        to_wgs84.reset(OGRCreateCoordinateTransformation(srs, &wgs84));
        if (!to_wgs84) {
            throw data_error(fmt::format("layer '{}' of '{}': cannot transform its CRS to WGS84: {}", out.name, path,
                                         gdal_message()));
        }
    }

    layer->ResetReading();
    std::size_t without_geometry = 0;
    for (GIntBig index = 0;; ++index) {
        // A truncated or corrupt file shows as an error raised while reading the next feature.
        CPLErrorReset();
        FeaturePtr f(layer->GetNextFeature());
        if (CPLGetLastErrorType() >= CE_Failure) {
            throw data_error(fmt::format("layer '{}' of '{}': cannot read feature {} (file damaged or truncated?): {}",
                                         out.name, path, index, gdal_message()));
        }
        if (!f) break;
        OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            ++without_geometry;
            continue;
        }
        Feature feature;
        feature.layer = out.name;
        feature.name = feature_name(*f);
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            if (f->IsFieldSetAndNotNull(i)) feature.attributes[f->GetFieldDefnRef(i)->GetNameRef()] = f->GetFieldAsString(i);
        }
        const std::string label = feature.name.empty() ? fmt::format("feature {}", f->GetFID())
                                                        : fmt::format("feature {} ({})", f->GetFID(), feature.name);
        OgrGeometryPtr geom(g->clone());
        if (to_wgs84) {
            // WRAPDATELINE splits shapes at the antimeridian instead of smearing them across the world.
            char* opts[] = {const_cast<char*>("WRAPDATELINE=YES"), nullptr};
            OGRGeometry* moved = OGRGeometryFactory::transformWithOptions(geom.get(), to_wgs84.get(), opts);
            if (!moved) {
                throw data_error(fmt::format("layer '{}' {}: cannot transform to WGS84", out.name, label));
            }
            geom.reset(moved);
        }
        if (auto split = split_at_antimeridian(*geom)) geom = std::move(split);
        feature.geometry = to_geometry(*geom, out.name, label, out.notes);
        if (!feature.geometry.empty()) out.features.push_back(std::move(feature));
    }
    if (without_geometry > 0) {
        out.notes.push_back(fmt::format("layer '{}': {} feature(s) without geometry left out", out.name, without_geometry));
    }
    if (out.features.empty()) {
        throw data_error(fmt::format("layer '{}' of '{}' has no features with a geometry", out.name, path));
    }
    return out;
}

} // namespace rangemap::geodata
