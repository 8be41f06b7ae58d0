// SPDX-License-Identifier: MIT
#include "ogr_reader.hpp"

#include "antimeridian.hpp"
#include "gdal_handles.hpp"
#include "ogr_convert.hpp"
#include "open_dataset.hpp"

#include "engine/error.hpp"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <filesystem>
#include <fmt/format.h>
#include <mutex>
#include <unordered_set>

namespace rangemap::geodata {

namespace {

void quiet_gdal() {
    static std::once_flag once;
    std::call_once(once, [] { CPLSetErrorHandler(CPLQuietErrorHandler); });
}

} // namespace

void ensure_gdal_ready() {
    quiet_gdal();
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); }); // skips drivers already registered
}

void ensure_geopackage_ready() {
    quiet_gdal();
    static std::once_flag once;
    std::call_once(once, [] { RegisterOGRGeoPackage(); });
}

std::pair<std::string, std::string> split_source_spec(const std::string& spec) {
    if (spec.rfind("PG:", 0) == 0) return {spec, {}};
    if (std::filesystem::exists(spec)) return {spec, {}};
    const auto pos = spec.rfind(':');
    if (pos == std::string::npos || pos < 2) return {spec, {}};
    return {spec.substr(0, pos), spec.substr(pos + 1)};
}

namespace {

std::string gdal_message() { return gdal_last_error("not a format GDAL reads"); }

} // namespace

namespace {

/// `drivers`: GDAL's short names of the drivers that may open it, or null for any.
DatasetPtr open_with(const std::string& path, const char* const* drivers) {
    const bool is_connection = path.rfind("PG:", 0) == 0 || path.rfind("/vsi", 0) == 0;
    if (!is_connection && !std::filesystem::exists(path)) {
        throw data_error(fmt::format("data source '{}' does not exist", path));
    }
    CPLErrorReset();
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds) throw data_error(fmt::format("cannot open data source '{}': {}", path, gdal_message()));
    return ds;
}

} // namespace

DatasetPtr open_source(const std::string& path) {
    ensure_gdal_ready();
    return open_with(path, nullptr);
}

DatasetPtr open_geopackage(const std::string& path) {
    ensure_geopackage_ready();
    // Reading features needs none of SpatiaLite's SQL functions, whose loading takes 5 ms and
    // 5 MB of the open. Features are read once in order: a 1 MB page cache does for what
    // SQLite's default 2 MB would. Set for this thread and this open, where the user has not.
    const CPLConfigOptionSetter no_spatialite("SPATIALITE_LOAD", "NO", true);
    const CPLConfigOptionSetter page_cache_mb("OGR_SQLITE_CACHE", "1", true);
    static const char* const drivers[] = {"GPKG", nullptr};
    return open_with(path, drivers);
}

namespace {

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

namespace {

/// The transformation of `layer`'s coordinates to WGS84 lon/lat; none when they are so
/// already, or have no CRS and fit lon/lat (noted in `out`).
/// @throws data_error when they have no CRS and do not fit, or cannot be transformed.
CoordTransformPtr transform_to_wgs84(OGRLayer& layer, const std::string& path, LayerData& out) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference* srs = layer.GetSpatialRef();
    if (!srs) {
        OGREnvelope env;
        if (layer.GetExtent(&env, TRUE) == OGRERR_NONE && !fits_lonlat(env)) {
            throw data_error(fmt::format(
                "layer '{}' of '{}' has no CRS and its coordinates ({:.6g}..{:.6g}, {:.6g}..{:.6g}) are not lon/lat; "
                "give it a CRS (e.g. ogr2ogr -a_srs)",
                out.name, path, env.MinX, env.MaxX, env.MinY, env.MaxY));
        }
        out.notes.push_back(fmt::format("layer '{}' has no CRS: coordinates fit lon/lat, assumed WGS84", out.name));
        return nullptr;
    }
    if (same_as_wgs84_lonlat(*srs, wgs84)) return nullptr;
    CPLErrorReset();
    CoordTransformPtr to_wgs84(OGRCreateCoordinateTransformation(srs, &wgs84));
    if (!to_wgs84) {
        throw data_error(
            fmt::format("layer '{}' of '{}': cannot transform its CRS to WGS84: {}", out.name, path, gdal_message()));
    }
    return to_wgs84;
}

/// Keeps to the features of a GeoPackage layer whose extent in its R-tree meets `r`, as the
/// driver's spatial filter would, but without the exact test of each shape against `r` that
/// the driver then makes (GEOS on the whole of a continent-sized polygon, for shapes the
/// renderer clips anyway). false, with no filter set, when the driver refuses the filter.
bool index_filter(OGRLayer& layer, const BBox& r) {
    const std::string table = layer.GetName(), column = layer.GetGeometryColumn();
    if (column.empty() || table.find('"') != std::string::npos || column.find('"') != std::string::npos) return false;
    const std::string where =
        fmt::format("fid IN (SELECT id FROM \"rtree_{}_{}\" WHERE maxx >= {:.17g} AND minx <= {:.17g} AND "
                    "maxy >= {:.17g} AND miny <= {:.17g})",
                    table, column, r.min_lon, r.max_lon, r.min_lat, r.max_lat);
    CPLErrorReset();
    if (layer.SetAttributeFilter(where.c_str()) == OGRERR_NONE && CPLGetLastErrorType() < CE_Failure) return true;
    layer.SetAttributeFilter(nullptr);
    CPLErrorReset();
    return false;
}

/// The lon/lat rectangles a region covers: one, or two when it wraps across the antimeridian.
std::vector<BBox> region_rects(const BBox& r) {
    std::vector<BBox> out;
    out.push_back({std::max(r.min_lon, -180.0), r.min_lat, std::min(r.max_lon, 180.0), r.max_lat});
    if (r.max_lon > 180.0) out.push_back({-180.0, r.min_lat, std::min(r.max_lon - 360.0, 180.0), r.max_lat});
    if (r.min_lon < -180.0) out.push_back({std::max(r.min_lon + 360.0, -180.0), r.min_lat, 180.0, r.max_lat});
    std::erase_if(out, [](const BBox& b) { return b.min_lon > b.max_lon || b.min_lat > b.max_lat; });
    return out;
}

bool meets_any(const BBox& b, const std::vector<BBox>& rects) {
    return std::any_of(rects.begin(), rects.end(), [&](const BBox& r) {
        return b.min_lon <= r.max_lon && b.max_lon >= r.min_lon && b.min_lat <= r.max_lat && b.max_lat >= r.min_lat;
    });
}

/// Whether some part of `g` has an extent meeting one of `rects`. Part by part: a shape split
/// at the antimeridian spans the whole world as a whole, not in any of its parts.
bool meets_any(const Geometry& g, const std::vector<BBox>& rects) {
    const auto extent = [](const std::vector<LonLat>& vs) {
        BBox b;
        for (const LonLat& v : vs) b.expand(v);
        return b;
    };
    for (const LonLat& p : g.points) {
        if (meets_any(BBox{p.lon, p.lat, p.lon, p.lat}, rects)) return true;
    }
    for (const auto& l : g.lines) {
        if (meets_any(extent(l), rects)) return true;
    }
    for (const auto& p : g.polygons) {
        if (meets_any(extent(p.outer), rects)) return true;
    }
    return false;
}

} // namespace

LayerData read_layer(const std::string& path, const std::string& layer_name, const ReadOptions& options) {
    auto ds = open_source(path);
    return read_layer(*ds, path, layer_name, options);
}

LayerData read_layer(GDALDataset& dataset, const std::string& path, const std::string& layer_name,
                     const ReadOptions& options) {
    GDALDataset* ds = &dataset;
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

    // The embedded data is WGS84 lon/lat (its tests check): asking a GeoPackage for its CRS
    // would open PROJ's database, and making WGS84's parses a WKT, both each run.
    const CoordTransformPtr to_wgs84 = options.trusted ? nullptr : transform_to_wgs84(*layer, path, out);

    // A region is one spatial filter per rectangle when the source is lon/lat (the driver's
    // index then skips the rest); other sources are filtered after their transformation.
    const std::vector<BBox> rects = options.region ? region_rects(*options.region) : std::vector<BBox>{};
    const bool native_filter = options.region && !to_wgs84;
    std::vector<std::int64_t>& fids = out.fids;
    std::unordered_set<GIntBig> seen; // features met by an earlier rectangle
    std::size_t without_geometry = 0;

    // One feature as read: false when it is left out.
    const auto take = [&](OGRFeature& f) {
        const GIntBig fid = f.GetFID();
        Feature feature;
        feature.layer = out.name;
        feature.name = feature_name(f);
        for (int i = 0; i < f.GetFieldCount(); ++i) {
            if (f.IsFieldSetAndNotNull(i))
                feature.attributes[f.GetFieldDefnRef(i)->GetNameRef()] = f.GetFieldAsString(i);
        }
        if (options.geometry) {
            OGRGeometry* g = f.GetGeometryRef();
            if (!g || g->IsEmpty()) {
                ++without_geometry;
                return;
            }
            const std::string label = feature.name.empty() ? fmt::format("feature {}", fid)
                                                           : fmt::format("feature {} ({})", fid, feature.name);
            if (to_wgs84) {
                // WRAPDATELINE splits shapes at the antimeridian instead of smearing them across the world.
                char* opts[] = {const_cast<char*>("WRAPDATELINE=YES"), nullptr};
                OgrGeometryPtr moved(OGRGeometryFactory::transformWithOptions(g, to_wgs84.get(), opts));
                if (!moved) throw data_error(fmt::format("layer '{}' {}: cannot transform to WGS84", out.name, label));
                f.SetGeometryDirectly(moved.release());
                g = f.GetGeometryRef();
            }
            if (!options.trusted) {
                check_lonlat(*g, out.name, label);
                OgrGeometryPtr split;
                try {
                    split = split_at_antimeridian(*g);
                } catch (const data_error& e) {
                    throw data_error(fmt::format("layer '{}' {}: {}", out.name, label, e.what()));
                }
                if (split) {
                    f.SetGeometryDirectly(split.release());
                    g = f.GetGeometryRef();
                }
            }
            feature.geometry = to_geometry(*g, out.name, label, out.notes, !options.trusted);
            if (feature.geometry.empty()) return;
            if (options.region && !native_filter && !meets_any(feature.geometry, rects)) return;
        }
        out.features.push_back(std::move(feature));
        fids.push_back(fid);
    };

    const auto read_pass = [&](const BBox* rect) {
        if (rect && !(options.trusted && index_filter(*layer, *rect))) {
            layer->SetSpatialFilterRect(rect->min_lon, rect->min_lat, rect->max_lon, rect->max_lat);
        }
        layer->ResetReading();
        for (GIntBig index = 0;; ++index) {
            // A truncated or corrupt file shows as an error raised while reading the next feature.
            CPLErrorReset();
            FeaturePtr f(layer->GetNextFeature());
            if (CPLGetLastErrorType() >= CE_Failure) {
                throw data_error(
                    fmt::format("layer '{}' of '{}': cannot read feature {} (file damaged or truncated?): {}", out.name,
                                path, index, gdal_message()));
            }
            if (!f) break;
            if (rects.size() > 1 && f->GetFID() != OGRNullFID && !seen.insert(f->GetFID()).second) continue;
            take(*f);
        }
    };

    // Without geometry the driver need not even decode it.
    const char* no_geometry[] = {"OGR_GEOMETRY", nullptr};
    if (!options.geometry) layer->SetIgnoredFields(no_geometry);
    try {
        if (options.only_fids) {
            for (const std::int64_t fid : *options.only_fids) {
                CPLErrorReset();
                FeaturePtr f(layer->GetFeature(fid));
                if (!f) {
                    throw data_error(
                        fmt::format("layer '{}' of '{}': cannot read feature {}: {}", out.name, path, fid,
                                    CPLGetLastErrorType() >= CE_Failure ? gdal_message() : "no such feature"));
                }
                take(*f);
            }
        } else if (native_filter) {
            for (const BBox& r : rects) read_pass(&r);
        } else if (!options.region || !rects.empty()) {
            read_pass(nullptr);
        }
    } catch (...) {
        // The dataset may be read again (geodata::read_natural_earth keeps it open).
        layer->SetSpatialFilter(nullptr);
        layer->SetAttributeFilter(nullptr);
        layer->SetIgnoredFields(nullptr);
        throw;
    }
    layer->SetSpatialFilter(nullptr);
    layer->SetAttributeFilter(nullptr);
    layer->SetIgnoredFields(nullptr);

    if (native_filter && !options.only_fids) {
        // Back to the source's order: a spatial index hands features out in its own order.
        std::vector<std::size_t> order(out.features.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return fids[a] < fids[b]; });
        std::vector<Feature> sorted;
        std::vector<std::int64_t> sorted_fids;
        sorted.reserve(order.size());
        sorted_fids.reserve(order.size());
        for (const std::size_t i : order) {
            sorted.push_back(std::move(out.features[i]));
            sorted_fids.push_back(fids[i]);
        }
        out.features = std::move(sorted);
        fids = std::move(sorted_fids);
    }

    if (without_geometry > 0) {
        out.notes.push_back(
            fmt::format("layer '{}': {} feature(s) without geometry left out", out.name, without_geometry));
    }
    // A region that meets nothing is an empty answer; a layer with nothing in it is an error.
    if (out.features.empty() && !options.only_fids && (!options.region || layer->GetFeatureCount(TRUE) == 0)) {
        throw data_error(fmt::format("layer '{}' of '{}' has no features with a geometry", out.name, path));
    }
    return out;
}

} // namespace rangemap::geodata
