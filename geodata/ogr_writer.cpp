// SPDX-License-Identifier: MIT
#include "ogr_writer.hpp"

#include "atomic_file.hpp"
#include "gdal_handles.hpp"
#include "geojson_writer.hpp"
#include "ogr_convert.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <atomic>
#include <cmath>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <filesystem>
#include <fmt/format.h>
#include <set>

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
    // LIBKML turns each feature's OGR style string into a KML <Style>; a .kmz is zipped.
    if (ext == ".kml" || ext == ".kmz") return {"LIBKML", {}};
    if (ext == ".csv") return {"CSV", {}};
    throw usage_error(fmt::format("cannot write '{}': unknown extension '{}' (use .geojson, .json, .gpkg, .shp, "
                                  ".fgb, .kml, .kmz or .csv)",
                                  path, ext));
}

/// Files a shapefile is made of, besides the .shp.
const std::vector<std::string> k_shapefile_sidecars = {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"};

std::string gdal_message() { return gdal_last_error("GDAL reported no reason"); }

/// A folder of GDAL's in-memory file system (/vsimem), removed with everything in it.
struct MemoryFolder {
    std::string path = fmt::format("/vsimem/rangemap-{}", next_id());
    MemoryFolder() { VSIMkdir(path.c_str(), 0700); }
    ~MemoryFolder() { VSIRmdirRecursive(path.c_str()); }
    MemoryFolder(const MemoryFolder&) = delete;
    MemoryFolder& operator=(const MemoryFolder&) = delete;

    [[nodiscard]] bool has(const std::string& name) const {
        VSIStatBufL st;
        return VSIStatL((path + "/" + name).c_str(), &st) == 0;
    }
    /// The bytes of a file in the folder; they stay owned by GDAL and live as long as the folder.
    [[nodiscard]] std::string_view bytes(const std::string& name) const {
        vsi_l_offset size = 0;
        const GByte* data = VSIGetMemFileBuffer((path + "/" + name).c_str(), &size, FALSE);
        if (!data) throw io_error(fmt::format("cannot write '{}': the driver wrote no file", name));
        return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
    }

private:
    static unsigned long next_id() {
        static std::atomic<unsigned long> id{0};
        return ++id;
    }
};

enum class Shape { none, point, multipoint, lines, polygons, mixed };

Shape layer_shape(const std::vector<Feature>& features) {
    Shape s = Shape::none;
    const auto merge = [&s](Shape t) {
        if (s == Shape::none || s == t)
            s = t;
        else if ((s == Shape::point && t == Shape::multipoint) || (s == Shape::multipoint && t == Shape::point))
            s = Shape::multipoint;
        else
            s = Shape::mixed;
    };
    for (const auto& f : features) {
        const auto& g = f.geometry;
        const int kinds = !g.points.empty() + !g.lines.empty() + !g.polygons.empty();
        if (kinds == 0) continue;
        if (kinds > 1)
            merge(Shape::mixed);
        else if (!g.points.empty())
            merge(g.points.size() == 1 ? Shape::point : Shape::multipoint);
        else if (!g.lines.empty())
            merge(Shape::lines);
        else
            merge(Shape::polygons);
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

struct Field {
    std::string name;
    OGRFieldType type = OFTInteger64;
};

bool is_integer(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.size() > 18) return false;
    std::size_t i = (s.front() == '-' || s.front() == '+') ? 1 : 0;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

std::vector<Field> fields_of(const std::vector<Feature>& features, bool& write_name) {
    write_name = false;
    std::vector<Field> fields;
    std::map<std::string, std::size_t> index;
    for (const auto& f : features) {
        if (!f.name.empty() && !f.attributes.count("name")) write_name = true;
        for (const auto& [key, value] : f.attributes) {
            if (key == k_style_attribute) continue; // the feature's style, not a field
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

void write_dataset(const std::string& tmp, const std::string& layer_name, const std::vector<Feature>& features,
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
        if (layer->CreateField(&defn) != OGRERR_NONE)
            throw io_error(fmt::format("cannot write '{}': {}", target, gdal_message()));
    }
    for (const auto& f : fields) {
        OGRFieldDefn defn(f.name.c_str(), f.type);
        if (layer->CreateField(&defn) != OGRERR_NONE) {
            throw io_error(fmt::format("cannot write '{}': field '{}': {}", target, f.name, gdal_message()));
        }
    }
    // Drivers may rename fields (a shapefile keeps 10 characters): address them by position.
    const int first_attribute = write_name ? 1 : 0;
    const auto fail = [&](const std::string& what) {
        throw io_error(fmt::format("cannot write '{}': {}{}", target, what, gdal_message()));
    };
    // One transaction for all features where the driver has them (GeoPackage: far faster);
    // a driver without them says so and writes directly.
    const OGRErr started = layer->StartTransaction();
    if (started != OGRERR_NONE && started != OGRERR_UNSUPPORTED_OPERATION) fail("starting a transaction: ");
    const bool in_transaction = started == OGRERR_NONE;
    CPLErrorReset();
    for (const auto& f : features) {
        FeaturePtr out(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (write_name && !f.name.empty()) out->SetField(0, f.name.c_str());
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const auto it = f.attributes.find(fields[i].name);
            if (it == f.attributes.end() || trim(it->second).empty()) continue;
            const int idx = first_attribute + static_cast<int>(i);
            const std::string value(trim(it->second));
            if (fields[i].type == OFTInteger64)
                out->SetField(idx, static_cast<GIntBig>(std::stoll(value)));
            else if (fields[i].type == OFTReal)
                out->SetField(idx, *parse_double(value));
            else
                out->SetField(idx, it->second.c_str());
        }
        if (auto g = to_ogr(f.geometry, ogr_type(shape))) {
            g->assignSpatialReference(&wgs84);
            // SetGeometry copies: our holder keeps (and frees) the original either way.
            if (out->SetGeometry(g.get()) != OGRERR_NONE) fail(fmt::format("feature '{}': geometry: ", f.name));
        }
        if (const auto st = f.attributes.find(k_style_attribute); st != f.attributes.end()) {
            out->SetStyleString(st->second.c_str());
        }
        if (layer->CreateFeature(out.get()) != OGRERR_NONE) fail(fmt::format("feature '{}': ", f.name));
    }
    // A commit that fails is a write that failed: the features are not in the file.
    if (in_transaction && layer->CommitTransaction() != OGRERR_NONE) fail("committing the features: ");
    if (layer->SyncToDisk() != OGRERR_NONE) fail("");
    CPLErrorReset();
    ds->FlushCache();
    if (CPLGetLastErrorType() >= CE_Failure) fail("flushing: ");
    // Closing writes what the driver still buffered (a shapefile's header, a GeoJSON's end).
    if (!close_dataset(std::move(ds))) fail("closing: ");
    // Some drivers (GeoJSON) do not report a failed write of their buffered text; reading the
    // file back is the check that it is whole before it replaces the target.
    const char* const drivers[] = {format.driver, nullptr};
    CPLErrorReset();
    DatasetPtr back(GDALDataset::Open(tmp.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    OGRLayer* written = back ? back->GetLayer(0) : nullptr;
    if (!written || written->GetFeatureCount(TRUE) != static_cast<GIntBig>(features.size())) {
        fail("the file written is incomplete: ");
    }
}

/// GeoJSON goes through the one GeoJSON writer, the same that answers on stdout: fields typed
/// as for the other formats, the name first.
void write_geojson(const std::string& path, const std::vector<Feature>& features) {
    bool write_name = false;
    const std::vector<Field> fields = fields_of(features, write_name);
    std::vector<GeoJsonFeature> out;
    out.reserve(features.size());
    for (const auto& f : features) {
        GeoJsonFeature g{f.geometry, nlohmann::ordered_json::object()};
        if (write_name) g.properties["name"] = f.name;
        for (const auto& field : fields) {
            const auto it = f.attributes.find(field.name);
            auto& v = g.properties[field.name];
            if (it == f.attributes.end() || trim(it->second).empty()) {
                v = nullptr;
            } else if (field.type == OFTInteger64) {
                v = std::stoll(std::string(trim(it->second)));
            } else if (field.type == OFTReal) {
                v = *parse_double(it->second);
            } else {
                v = it->second;
            }
        }
        out.push_back(std::move(g));
    }
    write_file_atomically(path, geojson_feature_collection(out) + "\n");
}

} // namespace

void write_layer(const std::string& path, const std::string& layer_name, const std::vector<Feature>& features) {
    const Format format = format_for(path);
    const fs::path target = fs::absolute(path);
    std::error_code ec;
    if (!fs::is_directory(target.parent_path(), ec)) {
        throw io_error(
            fmt::format("cannot write '{}': folder '{}' does not exist", path, target.parent_path().string()));
    }
    if (fs::is_directory(target, ec)) throw io_error(fmt::format("cannot write '{}': it is a folder", path));

    if (std::string(format.driver) == "GeoJSON") {
        write_geojson(path, features);
        return;
    }
    check_writable(path);
    // The driver writes into memory and the atomic writer writes the files: every write to
    // disk is then one of ours, checked and reported with its reason ("File too large"), where
    // drivers would report a failed write as an SQL or parsing error, or not at all.
    const MemoryFolder memory;
    const std::string file_name = target.filename().string();
    write_dataset(memory.path + "/" + file_name, layer_name.empty() ? target.stem().string() : layer_name, features,
                  format, path);
    if (std::string(format.driver) != "ESRI Shapefile") {
        write_file_atomically(path, memory.bytes(file_name));
        return;
    }
    // Every file of a shapefile goes into a fresh folder with an unpredictable name and is
    // renamed into place only when all were written.
    AtomicFolder out(target.string());
    for (const auto& ext : k_shapefile_sidecars) {
        const std::string part = fs::path(file_name).replace_extension(ext).string();
        if (memory.has(part)) out.write(part, memory.bytes(part));
    }
    out.write(file_name, memory.bytes(file_name));
    out.commit(k_shapefile_sidecars);
}

} // namespace rangemap::geodata
