// SPDX-License-Identifier: MIT
#include "ogr_writer.hpp"

#include "gdal_handles.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <atomic>
#include <cmath>
#include <cpl_error.h>
#include <cpl_string.h>
#include <filesystem>
#include <fmt/format.h>
#include <set>
#include <unistd.h>

namespace fs = std::filesystem;

namespace rangemap::geodata {

namespace {

struct Format {
    const char* driver;
    std::vector<std::string> layer_options;
};

Format format_for(const std::string& path) {
    const std::string ext = to_lower(fs::path(path).extension().string());
    if (ext == ".geojson" || ext == ".json") return {"GeoJSON", {"RFC7946=YES", "COORDINATE_PRECISION=9"}};
    if (ext == ".gpkg") return {"GPKG", {}};
    if (ext == ".shp") return {"ESRI Shapefile", {"ENCODING=UTF-8"}};
    if (ext == ".fgb") return {"FlatGeobuf", {}};
    if (ext == ".kml") return {"KML", {}};
    if (ext == ".csv") return {"CSV", {}};
    throw usage_error(fmt::format("cannot write '{}': unknown extension '{}' (use .geojson, .json, .gpkg, .shp, "
                                  ".fgb, .kml or .csv)",
                                  path, ext));
}

/// Files a shapefile is made of, besides the .shp.
const char* const k_shapefile_sidecars[] = {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"};

std::string gdal_message() {
    const char* m = CPLGetLastErrorMsg();
    return (m && *m) ? m : "GDAL reported no reason";
}

enum class Shape { none, point, multipoint, lines, polygons, mixed };

Shape layer_shape(const std::vector<Feature>& features) {
    Shape s = Shape::none;
    const auto merge = [&s](Shape t) {
        if (s == Shape::none || s == t) s = t;
        else if ((s == Shape::point && t == Shape::multipoint) || (s == Shape::multipoint && t == Shape::point)) s = Shape::multipoint;
        else s = Shape::mixed;
    };
    for (const auto& f : features) {
        const auto& g = f.geometry;
        const int kinds = !g.points.empty() + !g.lines.empty() + !g.polygons.empty();
        if (kinds == 0) continue;
        if (kinds > 1) merge(Shape::mixed);
        else if (!g.points.empty()) merge(g.points.size() == 1 ? Shape::point : Shape::multipoint);
        else if (!g.lines.empty()) merge(Shape::lines);
        else merge(Shape::polygons);
    }
    return s;
}

OGRwkbGeometryType ogr_type(Shape s) {
    switch (s) {
    case Shape::point: return wkbPoint;
    case Shape::multipoint: return wkbMultiPoint;
    case Shape::lines: return wkbMultiLineString;
    case Shape::polygons: return wkbMultiPolygon;
    case Shape::mixed: return wkbGeometryCollection;
    case Shape::none: break;
    }
    return wkbUnknown;
}

OGRLinearRing* make_ring(const LinearRing& r) {
    auto* ring = new OGRLinearRing();
    for (const auto& p : r) ring->addPoint(p.lon, p.lat);
    ring->closeRings();
    return ring;
}

OgrGeometryPtr to_ogr(const Geometry& g, Shape shape) {
    if (g.empty()) return nullptr;
    if (shape == Shape::point) return OgrGeometryPtr(new OGRPoint(g.points.front().lon, g.points.front().lat));
    auto* collection = shape == Shape::multipoint ? static_cast<OGRGeometryCollection*>(new OGRMultiPoint())
                       : shape == Shape::lines    ? static_cast<OGRGeometryCollection*>(new OGRMultiLineString())
                       : shape == Shape::polygons ? static_cast<OGRGeometryCollection*>(new OGRMultiPolygon())
                                                  : new OGRGeometryCollection();
    OgrGeometryPtr owner(collection);
    for (const auto& p : g.points) collection->addGeometryDirectly(new OGRPoint(p.lon, p.lat));
    for (const auto& l : g.lines) {
        auto* line = new OGRLineString();
        for (const auto& p : l) line->addPoint(p.lon, p.lat);
        collection->addGeometryDirectly(line);
    }
    for (const auto& poly : g.polygons) {
        auto* out = new OGRPolygon();
        out->addRingDirectly(make_ring(poly.outer));
        for (const auto& h : poly.holes) out->addRingDirectly(make_ring(h));
        collection->addGeometryDirectly(out);
    }
    return owner;
}

struct Field {
    std::string name;
    OGRFieldType type = OFTInteger64;
};

bool is_integer(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.size() > 18) return false;
    std::size_t i = (s.front() == '-' || s.front() == '+') ? 1 : 0;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i) if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

std::vector<Field> fields_of(const std::vector<Feature>& features, bool& write_name) {
    write_name = false;
    std::vector<Field> fields;
    std::map<std::string, std::size_t> index;
    for (const auto& f : features) {
        if (!f.name.empty() && !f.attributes.count("name")) write_name = true;
        for (const auto& [key, value] : f.attributes) {
            auto [it, added] = index.emplace(key, fields.size());
            if (added) fields.push_back({key, OFTInteger64});
            Field& field = fields[it->second];
            if (trim(value).empty() || field.type == OFTString) continue;
            if (is_integer(value)) continue;
            const auto v = parse_double(value);
            field.type = (v && std::isfinite(*v)) ? OFTReal : OFTString;
        }
    }
    return fields;
}

/// Paths of a temporary output beside `target`, same extension (drivers look at it).
fs::path temporary_beside(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto name = fmt::format(".{}.tmp{}-{}{}", target.stem().string(), ::getpid(), counter++,
                                  target.extension().string());
    return target.parent_path() / name;
}

/// The files making up a written dataset at `main` (a shapefile has sidecars).
std::vector<fs::path> parts_of(const fs::path& main, bool shapefile) {
    std::vector<fs::path> parts{main};
    if (shapefile) {
        for (const char* ext : k_shapefile_sidecars) {
            fs::path p = main;
            p.replace_extension(ext);
            parts.push_back(p);
        }
    }
    return parts;
}

void remove_quietly(const std::vector<fs::path>& paths) {
    std::error_code ec;
    for (const auto& p : paths) fs::remove(p, ec);
}

void write_dataset(const fs::path& tmp, const std::string& layer_name, const std::vector<Feature>& features,
                   const Format& format, const std::string& target) {
    ensure_gdal_ready();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(format.driver);
    if (!driver) throw io_error(fmt::format("cannot write '{}': this GDAL has no {} driver", target, format.driver));

    const Shape shape = layer_shape(features);
    if (shape == Shape::mixed && std::string(format.driver) == "ESRI Shapefile") {
        throw usage_error(fmt::format("cannot write '{}': a shapefile holds one geometry type and these features mix "
                                      "points, lines and polygons (use .gpkg or .geojson)",
                                      target));
    }
    CPLErrorReset();
    DatasetPtr ds(driver->Create(tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));

    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    CPLStringList options;
    for (const auto& o : format.layer_options) options.AddString(o.c_str());
    const bool csv = std::string(format.driver) == "CSV";
    if (csv) options.AddString(shape == Shape::point ? "GEOMETRY=AS_XY" : "GEOMETRY=AS_WKT");
    OGRLayer* layer = ds->CreateLayer(layer_name.c_str(), &wgs84, ogr_type(shape), options.List());
    if (!layer) throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));

    bool write_name = false;
    const auto fields = fields_of(features, write_name);
    if (write_name) {
        OGRFieldDefn defn("name", OFTString);
        if (layer->CreateField(&defn) != OGRERR_NONE) throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));
    }
    for (const auto& f : fields) {
        OGRFieldDefn defn(f.name.c_str(), f.type);
        if (layer->CreateField(&defn) != OGRERR_NONE) {
            throw io_error(fmt::format("cannot write '{}': field '{}': {}", target, f.name, gdal_message()));
        }
    }
    // Drivers may rename fields (a shapefile keeps 10 characters): address them by position.
    const int first_attribute = write_name ? 1 : 0;
    if (layer->StartTransaction() != OGRERR_NONE) CPLErrorReset(); // not every driver has transactions
    for (const auto& f : features) {
        FeaturePtr out(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (write_name && !f.name.empty()) out->SetField(0, f.name.c_str());
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const auto it = f.attributes.find(fields[i].name);
            if (it == f.attributes.end() || trim(it->second).empty()) continue;
            const int idx = first_attribute + static_cast<int>(i);
            const std::string value(trim(it->second));
            if (fields[i].type == OFTInteger64) out->SetField(idx, static_cast<GIntBig>(std::stoll(value)));
            else if (fields[i].type == OFTReal) out->SetField(idx, *parse_double(value));
            else out->SetField(idx, it->second.c_str());
        }
        if (auto g = to_ogr(f.geometry, shape)) {
            g->assignSpatialReference(&wgs84);
            out->SetGeometryDirectly(g.release());
        }
        if (layer->CreateFeature(out.get()) != OGRERR_NONE) {
            throw io_error(fmt::format("cannot write '{}': feature '{}': {}", target, f.name, gdal_message()));
        }
    }
    if (layer->CommitTransaction() != OGRERR_NONE) CPLErrorReset();
    if (layer->SyncToDisk() != OGRERR_NONE) throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));
    // Closing flushes what the driver buffered; GDAL reports a failure there through its error state.
    CPLErrorReset();
    GDALClose(GDALDataset::ToHandle(ds.release()));
    if (CPLGetLastErrorType() >= CE_Failure) throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));
}

} // namespace

void write_layer(const std::string& path, const std::string& layer_name, const std::vector<Feature>& features) {
    const Format format = format_for(path);
    const fs::path target = fs::absolute(path);
    std::error_code ec;
    if (!fs::is_directory(target.parent_path(), ec)) {
        throw io_error(fmt::format("cannot write '{}': folder '{}' does not exist", path, target.parent_path().string()));
    }
    if (fs::is_directory(target, ec)) throw io_error(fmt::format("cannot write '{}': it is a folder", path));

    const bool shapefile = std::string(format.driver) == "ESRI Shapefile";
    const fs::path tmp = temporary_beside(target);
    const auto tmp_parts = parts_of(tmp, shapefile);
    try {
        write_dataset(tmp, layer_name.empty() ? target.stem().string() : layer_name, features, format, path);
    } catch (...) {
        remove_quietly(tmp_parts);
        throw;
    }
    // Sidecars first, the .shp last: a reader never sees a new .shp with old sidecars for long.
    const auto target_parts = parts_of(target, shapefile);
    for (std::size_t i = tmp_parts.size(); i-- > 0;) {
        if (!fs::exists(tmp_parts[i], ec)) {
            if (i > 0) fs::remove(target_parts[i], ec); // a stale sidecar would not match the new file
            continue;
        }
        fs::rename(tmp_parts[i], target_parts[i], ec);
        if (ec) {
            remove_quietly(tmp_parts);
            throw io_error(fmt::format("cannot write '{}': {}", target_parts[i].string(), ec.message()));
        }
    }
}

} // namespace rangemap::geodata
