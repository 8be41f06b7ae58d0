// SPDX-License-Identifier: MIT
// Fixtures are made in the tests from known lon/lat: GeoJSON text, converted with GDAL's own
// ogr2ogr into other formats and CRSs, so the reader is checked against an independent tool.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/ogr_reader.hpp"
#include "geodata/ogr_writer.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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
            fs::temp_directory_path() / ("rangemap_reader_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    [[nodiscard]] std::string file(const std::string& name) const { return (path / name).string(); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(file(name), std::ios::binary) << text;
        return file(name);
    }
};

void ogr2ogr(const std::string& args) {
    const std::string cmd = "ogr2ogr " + args + " 2>/dev/null";
    BOOST_REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
}

/// Two sites with known WGS84 lon/lat, and a square around the first.
const char* k_sites = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Site A","kind":"air base"},"geometry":{"type":"Point","coordinates":[123.0,24.4667]}},
 {"type":"Feature","properties":{"name":"Site B","kind":"city"},"geometry":{"type":"Point","coordinates":[121.5654,25.0330]}}]})";

std::string data_error_of(const std::string& path, const std::string& layer = {}) {
    try {
        (void)read_layer(path, layer);
    } catch (const data_error& e) {
        return e.what();
    }
    return "(no error)";
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

void check_sites(const LayerData& l, double tol_deg) {
    BOOST_REQUIRE_EQUAL(l.features.size(), 2U);
    BOOST_TEST(l.features[0].name == "Site A");
    BOOST_TEST(l.features[0].attribute("kind") == "air base");
    const auto a = l.features[0].geometry.points.at(0);
    const auto b = l.features[1].geometry.points.at(0);
    BOOST_TEST(std::abs(a.lon - 123.0) <= tol_deg, a.lon);
    BOOST_TEST(std::abs(a.lat - 24.4667) <= tol_deg, a.lat);
    BOOST_TEST(std::abs(b.lon - 121.5654) <= tol_deg, b.lon);
    BOOST_TEST(std::abs(b.lat - 25.0330) <= tol_deg, b.lat);
}

} // namespace

BOOST_AUTO_TEST_SUITE(ogr_reader)

BOOST_AUTO_TEST_CASE(projected_sources_come_back_as_lonlat) {
    TempDir d;
    const auto src = d.write("sites.geojson", k_sites);
    ogr2ogr("-f GPKG -t_srs EPSG:3857 '" + d.file("merc.gpkg") + "' '" + src + "'");
    ogr2ogr("-f 'ESRI Shapefile' -t_srs EPSG:32651 '" + d.file("utm.shp") + "' '" + src + "'");
    ogr2ogr("-f FlatGeobuf -t_srs EPSG:3826 '" + d.file("twd97.fgb") + "' '" + src + "'");
    for (const char* name : {"merc.gpkg", "utm.shp", "twd97.fgb"}) {
        BOOST_TEST_CONTEXT(name) { check_sites(read_layer(d.file(name)), 1e-9); }
    }
    check_sites(read_layer(src), 0); // GeoJSON is lon/lat already: untouched
}

BOOST_AUTO_TEST_CASE(gml_in_epsg4326_latlon_order) {
    TempDir d;
    // EPSG:4326 in its official axis order: latitude first.
    const auto gml = d.write("sites.gml", R"(<?xml version="1.0" encoding="UTF-8"?>
<ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml/3.2">
 <ogr:featureMember><ogr:sites gml:id="s.0">
  <ogr:geometryProperty><gml:Point srsName="urn:ogc:def:crs:EPSG::4326" gml:id="p0"><gml:pos>24.4667 123.0</gml:pos></gml:Point></ogr:geometryProperty>
  <ogr:name>Site A</ogr:name><ogr:kind>air base</ogr:kind></ogr:sites></ogr:featureMember>
 <ogr:featureMember><ogr:sites gml:id="s.1">
  <ogr:geometryProperty><gml:Point srsName="urn:ogc:def:crs:EPSG::4326" gml:id="p1"><gml:pos>25.0330 121.5654</gml:pos></gml:Point></ogr:geometryProperty>
  <ogr:name>Site B</ogr:name><ogr:kind>city</ogr:kind></ogr:sites></ogr:featureMember>
</ogr:FeatureCollection>)");
    check_sites(read_layer(gml), 1e-12);
}

BOOST_AUTO_TEST_CASE(kml_and_topojson) {
    TempDir d;
    const auto src = d.write("sites.geojson", k_sites);
    ogr2ogr("-f KML '" + d.file("sites.kml") + "' '" + src + "'");
    const auto kml = read_layer(d.file("sites.kml"));
    BOOST_REQUIRE_EQUAL(kml.features.size(), 2U);
    BOOST_TEST(kml.features[1].name == "Site B");
    BOOST_TEST(std::abs(kml.features[1].geometry.points.at(0).lat - 25.0330) < 1e-9);
    const auto topo = d.write("sites.topojson", R"({"type":"Topology","objects":{"sites":{"type":"GeometryCollection",
      "geometries":[{"type":"Point","coordinates":[123.0,24.4667],"properties":{"name":"Site A"}},
                    {"type":"Polygon","arcs":[[0]],"properties":{"name":"Box"}}]}},
      "arcs":[[[120,20],[121,20],[121,21],[120,21],[120,20]]]})");
    const auto t = read_layer(topo);
    BOOST_REQUIRE_EQUAL(t.features.size(), 2U);
    BOOST_TEST(t.features[0].geometry.points.at(0).lon == 123.0);
    BOOST_TEST(t.features[1].geometry.polygons.size() == 1U);
}

BOOST_AUTO_TEST_CASE(no_crs_is_assumed_wgs84_only_when_it_fits) {
    TempDir d;
    const auto src = d.write("sites.geojson", k_sites);
    ogr2ogr("-f 'ESRI Shapefile' '" + d.file("bare.shp") + "' '" + src + "'");
    fs::remove(d.file("bare.prj"));
    const auto l = read_layer(d.file("bare.shp"));
    check_sites(l, 1e-12);
    BOOST_REQUIRE_EQUAL(l.notes.size(), 1U);
    BOOST_TEST(contains(l.notes[0], "no CRS"), l.notes[0]);
    BOOST_TEST(contains(l.notes[0], "assumed WGS84"));

    ogr2ogr("-f 'ESRI Shapefile' -t_srs EPSG:3857 '" + d.file("bare_merc.shp") + "' '" + src + "'");
    fs::remove(d.file("bare_merc.prj"));
    const auto e = data_error_of(d.file("bare_merc.shp"));
    BOOST_TEST(contains(e, "has no CRS and its coordinates"), e);
}

BOOST_AUTO_TEST_CASE(unknown_crs_is_refused) {
    TempDir d;
    const auto src = d.write("sites.geojson", k_sites);
    ogr2ogr("-f 'ESRI Shapefile' -t_srs EPSG:3857 '" + d.file("local.shp") + "' '" + src + "'");
    d.write("local.prj", R"(LOCAL_CS["site grid",UNIT["metre",1]])");
    const auto e = data_error_of(d.file("local.shp"));
    BOOST_TEST(contains(e, "cannot transform its CRS to WGS84"), e);
    // A .prj GDAL cannot parse leaves the layer without a CRS; its metres do not fit lon/lat.
    d.write("local.prj", "this is not a CRS");
    const auto e2 = data_error_of(d.file("local.shp"));
    BOOST_TEST(contains(e2, "no CRS"), e2);
}

BOOST_AUTO_TEST_CASE(invalid_polygons_are_repaired_and_reported) {
    TempDir d;
    const auto path = d.write("bow.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Bowtie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}},
      {"type":"Feature","properties":{"name":"Fine"},"geometry":{"type":"Polygon","coordinates":[[[5,5],[6,5],[6,6],[5,5]]]}}]})");
    const auto l = read_layer(path);
    BOOST_REQUIRE_EQUAL(l.features.size(), 2U);
    BOOST_TEST(l.features[0].geometry.polygons.size() == 2U); // two triangles
    BOOST_REQUIRE_EQUAL(l.notes.size(), 1U);
    BOOST_TEST(contains(l.notes[0], "(Bowtie)"), l.notes[0]);
    BOOST_TEST(contains(l.notes[0], "repaired with make-valid"));
}

BOOST_AUTO_TEST_CASE(impossible_positions_are_refused_by_name) {
    TempDir d;
    const auto path = d.write("bad.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Nowhere"},"geometry":{"type":"Point","coordinates":[10,95]}}]})");
    const auto e = data_error_of(path);
    BOOST_TEST(contains(e, "(Nowhere)"), e);
}

BOOST_AUTO_TEST_CASE(antimeridian_shapes_are_split_not_smeared) {
    TempDir d;
    // A lon/lat polygon written with a jump from 179 to -179, and a line doing the same.
    const auto path = d.write("fiji.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Across"},"geometry":{"type":"Polygon","coordinates":[[[179,-17],[-179,-17],[-179,-16],[179,-16],[179,-17]]]}},
      {"type":"Feature","properties":{"name":"Route"},"geometry":{"type":"LineString","coordinates":[[178,0],[-178,2]]}}]})");
    const auto l = read_layer(path);
    const auto& poly = l.features.at(0).geometry.polygons;
    BOOST_REQUIRE_EQUAL(poly.size(), 2U);
    for (const auto& p : poly) {
        BBox b;
        for (const auto& v : p.outer) b.expand(v);
        BOOST_TEST(b.max_lon - b.min_lon == 1.0, b.min_lon << ".." << b.max_lon); // 1° each side, not 358°
    }
    const auto& lines = l.features.at(1).geometry.lines;
    BOOST_REQUIRE_EQUAL(lines.size(), 2U);
    BOOST_TEST(lines[0].back().lon == 180.0);
    BOOST_TEST(lines[0].back().lat == 1.0); // halfway in longitude, halfway in latitude
    BOOST_TEST(lines[1].front().lon == -180.0);
    BOOST_TEST(l.notes.empty());

    // A projected square across the antimeridian (UTM zone 60N is centred on 177°E).
    const auto src = d.write("sq.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Square"},"geometry":{"type":"Polygon","coordinates":[[[179,50],[181,50],[181,51],[179,51],[179,50]]]}}]})");
    ogr2ogr("-f GPKG -s_srs EPSG:4326 -t_srs EPSG:32660 '" + d.file("utm60.gpkg") + "' '" + src + "'");
    const auto u = read_layer(d.file("utm60.gpkg"));
    const auto& parts = u.features.at(0).geometry.polygons;
    BOOST_REQUIRE_EQUAL(parts.size(), 2U);
    for (const auto& p : parts) {
        BBox b;
        for (const auto& v : p.outer) b.expand(v);
        BOOST_TEST(b.max_lon - b.min_lon < 1.5, b.min_lon << ".." << b.max_lon);
    }
}

BOOST_AUTO_TEST_CASE(bad_sources_give_one_clear_error) {
    TempDir d;
    BOOST_TEST(contains(data_error_of(d.file("missing.gpkg")), "does not exist"));
    const auto junk = d.write("junk.gpkg", "this is not a GeoPackage at all\n");
    BOOST_TEST(contains(data_error_of(junk), "cannot open data source"), data_error_of(junk));
    const auto txt = d.write("notes.txt", "hello\n");
    BOOST_TEST(contains(data_error_of(txt), "cannot open"));

    // Truncated shapefile: the .shp cut in the middle of its records.
    const auto src = d.write("sites.geojson", k_sites);
    ogr2ogr("-f 'ESRI Shapefile' '" + d.file("cut.shp") + "' '" + src + "'");
    fs::resize_file(d.file("cut.shp"), fs::file_size(d.file("cut.shp")) - 10);
    const auto cut = data_error_of(d.file("cut.shp"));
    BOOST_TEST(!contains(cut, "(no error)"), cut);
    fs::resize_file(d.file("cut.shp"), 50); // inside the header
    BOOST_TEST(contains(data_error_of(d.file("cut.shp")), "cut.shp"));

    // An empty layer.
    write_layer(d.file("empty.gpkg"), "nothing", {});
    const auto empty = data_error_of(d.file("empty.gpkg"));
    BOOST_TEST(contains(empty, "has no features"), empty);

    // Unknown layer: the error lists the layers there are.
    ogr2ogr("-f GPKG '" + d.file("two.gpkg") + "' '" + src + "' -nln alpha");
    ogr2ogr("-update -f GPKG '" + d.file("two.gpkg") + "' '" + src + "' -nln beta");
    const auto unknown = data_error_of(d.file("two.gpkg"), "gamma");
    BOOST_TEST(contains(unknown, "no layer 'gamma' (layers: alpha, beta)"), unknown);
    BOOST_TEST(read_layer(d.file("two.gpkg"), "beta").name == "beta");
}

BOOST_AUTO_TEST_CASE(deeply_nested_geojson_neither_crashes_nor_hangs) {
    TempDir d;
    const int depth = 5000;
    std::string collections, arrays;
    for (int i = 0; i < depth; ++i) collections += R"({"type":"GeometryCollection","geometries":[)";
    collections += R"({"type":"Point","coordinates":[1,2]})";
    for (int i = 0; i < depth; ++i) collections += "]}";
    d.write("deep.geojson",
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Deep"},"geometry":)" +
                collections + "}]}");
    for (int i = 0; i < 100000; ++i) arrays += '[';
    d.write("arrays.geojson",
            R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":)" + arrays + "}}");
    for (const char* name : {"deep.geojson", "arrays.geojson"}) {
        BOOST_TEST_CONTEXT(name) {
            try {
                const auto l = read_layer(d.file(name));
                BOOST_TEST(l.features.size() <= 1U); // read, or refused below: either is fine, a crash is not
            } catch (const data_error& e) {
                BOOST_TEST(std::string(e.what()).find(name) != std::string::npos, e.what());
            }
        }
    }
}

namespace {

std::vector<std::string> names_in(const LayerData& l) {
    std::vector<std::string> out;
    for (const auto& f : l.features) out.push_back(f.name);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_region_keeps_the_features_whose_extent_meets_it) {
    TempDir d;
    // West of the antimeridian, across it (split in the file, as the default data is), east of
    // it, and far away; in source order.
    const auto src = d.write("row.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"West"},"geometry":{"type":"Polygon","coordinates":[[[-179,10],[-178,10],[-178,11],[-179,10]]]}},
      {"type":"Feature","properties":{"name":"Both"},"geometry":{"type":"MultiPolygon","coordinates":[[[[179,0],[180,0],[180,1],[179,0]]],[[[-180,0],[-179,0],[-180,1],[-180,0]]]]}},
      {"type":"Feature","properties":{"name":"East"},"geometry":{"type":"Polygon","coordinates":[[[170,10],[171,10],[171,11],[170,10]]]}},
      {"type":"Feature","properties":{"name":"Far"},"geometry":{"type":"Point","coordinates":[0,0]}}]})");
    ogr2ogr("-f GPKG '" + d.file("row.gpkg") + "' '" + src + "' -nln row");                   // R-tree, lon/lat
    ogr2ogr("-f GPKG -t_srs EPSG:3832 '" + d.file("merc.gpkg") + "' '" + src + "' -nln row"); // Pacific Mercator
    using V = std::vector<std::string>;
    for (const char* name : {"row.geojson", "row.gpkg", "merc.gpkg"}) {
        BOOST_TEST_CONTEXT(name) {
            const auto read = [&](BBox b) { return names_in(read_layer(d.file(name), {}, ReadOptions{.region = b})); };
            BOOST_TEST((read({165, -5, 175, 20}) == V{"East"}));
            BOOST_TEST((read({-179.5, 9, -170, 12}) == V{"West"}));
            // Across the antimeridian, as max_lon > 180 and as min_lon < -180: both sides, in
            // source order, each feature once.
            BOOST_TEST((read({169, -5, 182, 20}) == V{"West", "Both", "East"}));
            BOOST_TEST((read({-191, -5, -178, 20}) == V{"West", "Both", "East"}));
            BOOST_TEST((read({178.5, 0.2, 181.5, 0.8}) == V{"Both"}));
            BOOST_TEST((read({-10, -10, 10, 10}) == V{"Far"}));
            // A region that meets nothing is an empty answer, not an error.
            BOOST_TEST(read({20, 20, 30, 30}).empty());
            BOOST_TEST(read_layer(d.file(name)).features.size() == 4U); // no region: everything
        }
    }
}

BOOST_AUTO_TEST_CASE(trusted_sources_are_read_as_they_are) {
    TempDir d;
    const auto path = d.write("raw.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Bowtie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}},
      {"type":"Feature","properties":{"name":"Across"},"geometry":{"type":"Polygon","coordinates":[[[179,-17],[-179,-17],[-179,-16],[179,-16],[179,-17]]]}}]})");
    ReadOptions trusted;
    trusted.trusted = true;
    const auto l = read_layer(path, {}, trusted);
    BOOST_REQUIRE_EQUAL(l.features.size(), 2U);
    BOOST_TEST(l.features[0].geometry.polygons.size() == 1U); // not repaired into two triangles
    BOOST_TEST(l.features[1].geometry.polygons.size() == 1U); // not split
    BOOST_TEST(l.notes.empty());
    // Positions outside lon/lat are refused all the same.
    const auto bad = d.write("bad.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Nowhere"},"geometry":{"type":"Point","coordinates":[10,95]}}]})");
    BOOST_CHECK_THROW(read_layer(bad, {}, trusted), data_error);
}

BOOST_AUTO_TEST_CASE(source_specs) {
    using P = std::pair<std::string, std::string>;
    BOOST_TEST((split_source_spec("x.gpkg:bases") == P{"x.gpkg", "bases"}));
    BOOST_TEST((split_source_spec("x.gpkg") == P{"x.gpkg", ""}));
    BOOST_TEST((split_source_spec("PG:dbname=gis tables=sites") == P{"PG:dbname=gis tables=sites", ""}));
}

BOOST_AUTO_TEST_SUITE_END()
