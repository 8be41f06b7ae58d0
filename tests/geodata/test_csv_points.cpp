// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/csv_points.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

LayerData parse(const std::string& text) { return parse_points_csv(text, "t.csv", "pts"); }

/// The data_error message for `text`, or "" when it parses.
std::string error_of(const std::string& text) {
    try {
        (void)parse(text);
    } catch (const data_error& e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

} // namespace

BOOST_AUTO_TEST_SUITE(csv_points)

BOOST_AUTO_TEST_CASE(reads_names_coordinates_and_attributes) {
    const auto layer =
        parse("name,lat,lon,kind\nKadena Air Base,26.3556,127.7675,air base\nTokyo,35.6812,139.7671,city\n");
    BOOST_TEST(layer.name == "pts");
    BOOST_TEST(layer.source == "t.csv");
    BOOST_REQUIRE_EQUAL(layer.features.size(), 2U);
    const auto& f = layer.features[0];
    BOOST_TEST(f.name == "Kadena Air Base");
    BOOST_TEST(f.layer == "pts");
    BOOST_REQUIRE_EQUAL(f.geometry.points.size(), 1U);
    BOOST_TEST(f.geometry.points[0].lon == 127.7675);
    BOOST_TEST(f.geometry.points[0].lat == 26.3556);
    BOOST_TEST(f.attribute("kind") == "air base");
    BOOST_TEST(f.attributes.count("lat") == 0U); // coordinates are geometry, not attributes
}

BOOST_AUTO_TEST_CASE(header_names_any_case_and_synonyms) {
    for (const char* header : {"NAME,Latitude,Longitude", "Name,Y,X", "name,LAT,LNG", "name,lat,long"}) {
        const auto layer = parse(std::string(header) + "\nA,10.5,20.25\n");
        BOOST_REQUIRE_EQUAL(layer.features.size(), 1U);
        BOOST_TEST(layer.features[0].geometry.points[0].lat == 10.5);
        BOOST_TEST(layer.features[0].geometry.points[0].lon == 20.25);
    }
    // Column order does not matter.
    const auto swapped = parse("lon,name,lat\n20.25,A,10.5\n");
    BOOST_TEST(swapped.features[0].geometry.points[0].lat == 10.5);
}

BOOST_AUTO_TEST_CASE(quoted_fields_bom_and_crlf) {
    const auto layer = parse(
        "\xEF\xBB\xBFname,aliases,lat,lon\r\n\"Camp H. M. Smith\",\"Smith, H.M.|\"\"Camp Smith\"\"\",21.39,-157.91\r\n"
        "\r\n\"Multi\nline\",,1,2\r\n");
    BOOST_REQUIRE_EQUAL(layer.features.size(), 2U);
    BOOST_TEST(layer.features[0].name == "Camp H. M. Smith");
    BOOST_TEST(layer.features[0].attribute("aliases") == "Smith, H.M.|\"Camp Smith\"");
    BOOST_TEST(layer.features[0].geometry.points[0].lon == -157.91);
    BOOST_TEST(layer.features[1].name == "Multi\nline");
}

BOOST_AUTO_TEST_CASE(empty_file_and_header_only) {
    BOOST_TEST(contains(error_of(""), "empty file"));
    BOOST_TEST(contains(error_of("\xEF\xBB\xBF \r\n"), "empty file"));
    BOOST_TEST(contains(error_of("name,lat,lon\n"), "header but no rows"));
    BOOST_TEST(contains(error_of("name,lat,lon\r\n\r\n"), "header but no rows"));
}

BOOST_AUTO_TEST_CASE(missing_columns_are_named) {
    const auto e = error_of("name,latitude,elevation\nA,1,2\n");
    BOOST_TEST(contains(e, "line 1"));
    BOOST_TEST(contains(e, "lon (or lng"));
    BOOST_TEST(!contains(e, "lat (or"));
    BOOST_TEST(contains(error_of("title,lat,lon\nA,1,2\n"), "name"));
}

BOOST_AUTO_TEST_CASE(bad_numbers_report_line_and_column) {
    const auto e = error_of("name,lat,lon\nA,1,2\nB,12.5,12o.5\n");
    BOOST_TEST(contains(e, "'t.csv': line 3: column 3 (lon): '12o.5' is not a number"), e);
    BOOST_TEST(contains(error_of("name,lat,lon\nA,,2\n"), "line 2: column 2 (lat)"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,nan,2\n"), "'nan' is not finite"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1,inf\n"), "'inf' is not finite"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1e-400,2\n"), "'1e-400' is too small to represent"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1,-1e400\n"), "'-1e400' is out of range"));
}

BOOST_AUTO_TEST_CASE(coordinates_out_of_range) {
    const auto e = error_of("name,lat,lon\nA,91,0\n");
    BOOST_TEST(contains(e, "line 2: column 2 (lat): 91 is outside [-90, 90]"), e);
    BOOST_TEST(contains(error_of("name,lat,lon\nA,-90.0001,0\n"), "outside [-90, 90]"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,0,190\n"), "column 3 (lon): 190 is outside [-180, 180]"));
    BOOST_TEST(error_of("name,lat,lon\nS,-90,-180\nN,90,180\n").empty()); // the limits themselves are fine
}

BOOST_AUTO_TEST_CASE(duplicate_names_compare_like_the_gazetteer) {
    const auto e = error_of("name,lat,lon\nCamp Zama,1,2\nOther,3,4\ncamp  ZAMA,5,6\n");
    BOOST_TEST(contains(e, "line 4: column 1 (name): duplicate name 'camp  ZAMA' (first on line 2)"), e);
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1,2\n,3,4\n"), "line 3: column 1 (name): empty name"));
}

BOOST_AUTO_TEST_CASE(malformed_rows) {
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1\n"), "line 2: 2 fields where the header has 3"));
    BOOST_TEST(contains(error_of("name,lat,lon\nA,1,2,3\n"), "line 2: 4 fields"));
    BOOST_TEST(contains(error_of("name,lat,lon\n\"A,1,2\n"), "line 2: quoted field is never closed"));
    BOOST_TEST(contains(error_of("name,lat,lon\n\"A\"x,1,2\n"), "line 2: column 1: text after a closing quote"));
}

BOOST_AUTO_TEST_CASE(reads_files_and_refuses_missing_ones) {
    const auto dir = std::filesystem::temp_directory_path() / ("rangemap_csv_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = (dir / "sites.csv").string();
    std::ofstream(file, std::ios::binary) << "name,lat,lon\nA,1,2\n";
    BOOST_TEST(read_points_csv(file, "sites").features.size() == 1U);
    BOOST_CHECK_THROW((void)read_points_csv((dir / "none.csv").string(), "x"), data_error);
    BOOST_CHECK_THROW((void)read_points_csv(dir.string(), "x"), data_error); // a folder
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
