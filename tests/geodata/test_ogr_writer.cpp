// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/ring.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/geojson_writer.hpp"
#include "geodata/ogr_reader.hpp"
#include "geodata/ogr_writer.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rangemap;
using namespace rangemap::geodata;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path =
            fs::temp_directory_path() / ("rangemap_writer_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    [[nodiscard]] std::string file(const std::string& name) const { return (path / name).string(); }
    [[nodiscard]] std::size_t count() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
    }
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs `ogrinfo -ro -so -al PATH`, the independent check that GDAL's own tool opens the file.
/// Returns its exit status; `out` receives what it printed.
int ogrinfo(const std::string& path, std::string& out) {
    const std::string log = path + ".ogrinfo.txt";
    const int rc = std::system(("ogrinfo -ro -so -al '" + path + "' > '" + log + "' 2>&1").c_str());
    out = slurp(log);
    fs::remove(log);
    return rc;
}

std::vector<Feature> sites() {
    Feature a;
    a.name = "Site A";
    a.attributes = {{"radius_m", "1000000.5"}, {"count", "3"}, {"units", "km"}, {"note", ""}};
    a.geometry.points.push_back({123.0, 24.4667});
    Feature b;
    b.name = "Site B";
    b.attributes = {{"radius_m", "12"}, {"count", "-4"}, {"units", "nmi"}, {"note", "12 km"}};
    b.geometry.points.push_back({-157.91, 21.39});
    return {a, b};
}

Feature ring_feature(LonLat centre, double radius_m) {
    const auto ring = range_ring(centre, Length::metres(radius_m));
    Feature f;
    f.name = "ring";
    f.attributes = {{"radius_m", std::to_string(radius_m)}, {"method", ring.method}};
    f.geometry = ring.area;
    return f;
}

} // namespace

BOOST_AUTO_TEST_SUITE(ogr_writer)

BOOST_AUTO_TEST_CASE(gpkg_ring_round_trip_is_exact) {
    TempDir dir;
    const auto path = dir.file("ring.gpkg");
    const Feature ring = ring_feature({127.7675, 26.3556}, 1'000'000);
    write_layer(path, "rings", {ring});
    const auto back = read_layer(path, "rings");
    BOOST_REQUIRE_EQUAL(back.features.size(), 1U);
    const auto& g = back.features[0].geometry;
    BOOST_REQUIRE_EQUAL(g.polygons.size(), ring.geometry.polygons.size());
    const auto& a = ring.geometry.polygons[0].outer;
    const auto& b = g.polygons[0].outer;
    BOOST_REQUIRE_EQUAL(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        BOOST_TEST(a[i].lon == b[i].lon); // GPKG stores doubles: bit-exact
        BOOST_TEST(a[i].lat == b[i].lat);
    }
    BOOST_TEST(back.features[0].name == "ring");
    BOOST_TEST(back.features[0].attribute("method") == ring.attribute("method"));
    BOOST_TEST(std::stod(back.features[0].attribute("radius_m")) == 1'000'000.0);
    std::string info;
    BOOST_TEST(ogrinfo(path, info) == 0, info);
    BOOST_TEST(info.find("Multi Polygon") != std::string::npos, info);
    BOOST_TEST(info.find("radius_m: Real") != std::string::npos, info);
}

BOOST_AUTO_TEST_CASE(antimeridian_ring_stays_split) {
    TempDir dir;
    const Feature ring = ring_feature({144.93, 13.58}, 5'000'000); // Guam, 5,000 km: crosses 180
    BOOST_REQUIRE_GE(ring.geometry.polygons.size(), 2U);
    for (const char* name : {"guam.gpkg", "guam.geojson", "guam.fgb", "guam.shp"}) {
        write_layer(dir.file(name), "ring", {ring});
        const auto back = read_layer(dir.file(name));
        const auto box = bbox_of(back.features.at(0).geometry);
        BOOST_TEST(box.min_lon >= -180.0, name);
        BOOST_TEST(box.max_lon <= 180.0, name);
        BOOST_TEST(back.features[0].geometry.polygons.size() == ring.geometry.polygons.size(), name);
    }
}

BOOST_AUTO_TEST_CASE(every_format_opens_in_ogrinfo_with_typed_fields) {
    TempDir dir;
    for (const char* name : {"s.geojson", "s.json", "s.gpkg", "s.shp", "s.fgb", "s.kml", "s.csv"}) {
        const auto path = dir.file(name);
        write_layer(path, "sites", sites());
        std::string info;
        BOOST_TEST(ogrinfo(path, info) == 0, name << ": " << info);
        BOOST_TEST(info.find("Feature Count: 2") != std::string::npos, name << ": " << info);
        const std::string ext = fs::path(name).extension().string();
        if (ext == ".kml" || ext == ".csv") continue; // these keep every field as text
        BOOST_TEST(info.find("radius_m: Real") != std::string::npos, name << ": " << info);
        BOOST_TEST(info.find("count: Integer") != std::string::npos, name << ": " << info);
        BOOST_TEST(info.find("units: String") != std::string::npos, name << ": " << info);
        BOOST_TEST(info.find("note: String") != std::string::npos, name << ": " << info);
        const auto back = read_layer(path);
        BOOST_REQUIRE_EQUAL(back.features.size(), 2U);
        BOOST_TEST(back.features[1].name == "Site B");
        BOOST_TEST(back.features[1].geometry.points.at(0).lon == -157.91, name);
        BOOST_TEST(back.features[1].geometry.points.at(0).lat == 21.39, name);
    }
    // The points CSV comes back through the points CSV reader (X, Y, name columns).
    const auto csv = read_points_csv(dir.file("s.csv"), "s");
    BOOST_TEST(csv.features.at(0).geometry.points.at(0).lat == 24.4667);
    BOOST_TEST(csv.features.at(0).attribute("units") == "km");
}

BOOST_AUTO_TEST_CASE(geojson_is_rfc7946) {
    TempDir dir;
    const auto path = dir.file("s.geojson");
    write_layer(path, "sites", sites());
    const auto text = slurp(path);
    BOOST_TEST(text.find("\"crs\"") == std::string::npos); // RFC 7946: WGS84 implied
    const auto j = nlohmann::ordered_json::parse(text);
    const auto& first = j.at("features").at(0);
    BOOST_TEST(first.at("geometry").at("coordinates") == nlohmann::ordered_json::parse("[123.0, 24.4667]"),
               text);                                    // lon first
    BOOST_TEST(first.at("properties").at("count") == 3); // typed as the other formats type the fields
    BOOST_TEST(first.at("properties").at("note").is_null());
    // The same text as the GeoJSON writer gives stdout answers.
    std::vector<GeoJsonFeature> same;
    for (const auto& f : j.at("features"))
        same.push_back({read_layer(path).features.at(same.size()).geometry, f.at("properties")});
    BOOST_TEST(text == geojson_feature_collection(same) + "\n");
}

BOOST_AUTO_TEST_CASE(overwrites_atomically_and_leaves_no_temporaries) {
    TempDir dir;
    const auto shp = dir.file("out.shp");
    write_layer(shp, "a", sites());
    auto one = sites();
    one.resize(1);
    write_layer(shp, "a", one); // overwrite every sidecar
    BOOST_TEST(read_layer(shp).features.size() == 1U);
    BOOST_TEST(dir.count() == 5U); // .shp .shx .dbf .prj .cpg, no temporaries

    // A failing write (a shapefile cannot mix points and polygons) keeps the old files as they were.
    const auto before = slurp(shp) + slurp(dir.file("out.dbf"));
    auto mixed = sites();
    mixed.push_back(ring_feature({0, 0}, 1000));
    BOOST_CHECK_THROW(write_layer(shp, "a", mixed), usage_error);
    BOOST_TEST(slurp(shp) + slurp(dir.file("out.dbf")) == before);
    BOOST_TEST(dir.count() == 5U);

    // GeoPackage: same.
    const auto gpkg = dir.file("out.gpkg");
    write_layer(gpkg, "a", sites());
    const auto gpkg_before = slurp(gpkg);
    BOOST_CHECK_THROW(write_layer(dir.file("out.xyz"), "a", sites()), usage_error);
    BOOST_TEST(slurp(gpkg) == gpkg_before);
    BOOST_TEST(dir.count() == 6U);
}

BOOST_AUTO_TEST_CASE(refuses_unwritable_destinations) {
    TempDir dir;
    BOOST_CHECK_THROW(write_layer(dir.file("no/such/folder/x.gpkg"), "a", sites()), io_error);
    BOOST_CHECK_THROW(write_layer(dir.file("x.dxf2"), "a", sites()), usage_error);
    fs::create_directories(dir.path / "taken.geojson");
    BOOST_CHECK_THROW(write_layer(dir.file("taken.geojson"), "a", sites()), io_error);
    if (::geteuid() != 0) { // root writes anywhere
        fs::create_directories(dir.path / "ro");
        fs::permissions(dir.path / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        BOOST_CHECK_THROW(write_layer(dir.file("ro/x.gpkg"), "a", sites()), io_error);
        fs::permissions(dir.path / "ro", fs::perms::owner_all);
    }
}

BOOST_AUTO_TEST_CASE(empty_and_mixed_layers) {
    TempDir dir;
    write_layer(dir.file("empty.gpkg"), "none", {});
    std::string info;
    BOOST_TEST(ogrinfo(dir.file("empty.gpkg"), info) == 0, info);
    BOOST_TEST(info.find("Feature Count: 0") != std::string::npos, info);
    auto mixed = sites();
    mixed.push_back(ring_feature({10, 10}, 1000));
    write_layer(dir.file("mixed.gpkg"), "mixed", mixed);
    BOOST_TEST(read_layer(dir.file("mixed.gpkg")).features.size() == 3U);
}

BOOST_AUTO_TEST_SUITE_END()
