// SPDX-License-Identifier: MIT
// The one-pass scan of a points CSV against read_points_csv on the same files: the same
// features (names, attributes, coordinates, order) for the rows in the box, the same errors.
#include <boost/test/unit_test.hpp>

#include "engine/disc_bbox.hpp"
#include "engine/error.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/csv_points_scan.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

/// A file in the temporary directory holding `text`, removed at the end of the test.
struct TempCsv {
    std::string path;
    explicit TempCsv(const std::string& text) {
        path = (std::filesystem::temp_directory_path() / ("scan_" + std::to_string(::getpid()) + ".csv")).string();
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempCsv() { std::filesystem::remove(path); }
    TempCsv(const TempCsv&) = delete;
    TempCsv& operator=(const TempCsv&) = delete;
};

const BBox k_world{-180, -90, 180, 90};

/// The features of read_points_csv whose point lies in `box`.
std::vector<Feature> loaded_in(const std::string& path, const BBox& box) {
    std::vector<Feature> out;
    for (const Feature& f : read_points_csv(path, "pts").features)
        if (in_wrapped_box(f.geometry.points.front(), box)) out.push_back(f);
    return out;
}

void check_same(const std::vector<Feature>& a, const std::vector<Feature>& b) {
    BOOST_REQUIRE_EQUAL(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        BOOST_TEST(a[i].name == b[i].name);
        BOOST_TEST(a[i].layer == b[i].layer);
        BOOST_TEST((a[i].attributes == b[i].attributes));
        BOOST_TEST((a[i].geometry.points == b[i].geometry.points));
    }
}

std::string error_of(const std::string& path, bool scan) {
    try {
        if (scan)
            (void)scan_points_csv(path, "pts", k_world, "");
        else
            (void)read_points_csv(path, "pts");
    } catch (const data_error& e) {
        return e.what();
    }
    return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_points_scan)

BOOST_AUTO_TEST_CASE(same_rows_as_the_whole_file) {
    // A byte-order mark, CRLF, quoted fields with commas, quotes and a line end, blank lines,
    // spaces around fields, other columns in any order, a row at the antimeridian.
    const std::string text = "\xEF\xBB\xBF"
                             "kind, Latitude ,name,LON,note\r\n"
                             "town,26.5,Alpha,127.8,\"a, b\"\r\n"
                             "\r\n"
                             "port , -17.0 ,\"Be \"\"ta\"\"\",179.9, plain \r\n"
                             "air,  -16.9,Gamma,-179.95,\"two\nlines\"\n"
                             "\n"
                             "x,60.0,Delta,10.0,\n"
                             "y,\"26.0\",Epsilon,128.0,last";
    const TempCsv file(text);
    const CsvScan all = scan_points_csv(file.path, "pts", k_world, "");
    BOOST_TEST(all.rows == 5U);
    check_same(all.layer.features, loaded_in(file.path, k_world));
    BOOST_TEST(all.layer.features[1].name == "Be \"ta\"");
    BOOST_TEST(all.layer.features[2].attributes.at("note") == "two\nlines");
    // Boxes: about Okinawa; across the antimeridian (two rows, one on either side).
    for (const BBox box : {disc_bbox({127.7675, 26.3556}, 1e5), disc_bbox({180.0, -17}, 3e4)}) {
        const CsvScan part = scan_points_csv(file.path, "pts", box, "");
        check_same(part.layer.features, loaded_in(file.path, box));
        BOOST_TEST(part.layer.features.size() == 2U);
    }
}

BOOST_AUTO_TEST_CASE(sees_a_word_in_names_and_aliases) {
    const TempCsv file("name,lat,lon,aliases\nCamp Zama,35.5,139.4,\nKita,1,2,Zamami|Z\nCafé Olé,3,4,\nO'Hare,5,6,\n");
    BOOST_TEST(scan_points_csv(file.path, "pts", k_world, "zama").word_seen);
    BOOST_TEST(scan_points_csv(file.path, "pts", k_world, "zamami").word_seen); // an alias
    BOOST_TEST(scan_points_csv(file.path, "pts", k_world, "cafe").word_seen);   // accents folded
    BOOST_TEST(scan_points_csv(file.path, "pts", k_world, "ohare").word_seen);  // apostrophe dropped
    BOOST_TEST(!scan_points_csv(file.path, "pts", k_world, "kadena").word_seen);
    BOOST_TEST(!scan_points_csv(file.path, "pts", k_world, "").word_seen);
}

BOOST_AUTO_TEST_CASE(the_same_errors) {
    const std::string bad[] = {
        "",
        "name,lat\nA,1\n",
        "name,lat,lon\n",
        "name,lat,lon\nA,1,2\nB,91,2\n",
        "name,lat,lon\nA,1,2\nB,1,nope\n",
        "name,lat,lon\nA,1,2\nB,1\n",
        "name,lat,lon\nA,1,2\n,1,2\n",
        "name,lat,lon\nA,1,2\n\"B,1,2\n",
        "name,lat,lon\nA,1,2\nB\"x,1,2\n",
        "name,lat,lon\nA,1,2\n\"B\"x,1,2\n",
    };
    for (const std::string& text : bad) {
        const TempCsv file(text);
        const std::string loaded = error_of(file.path, false), scanned = error_of(file.path, true);
        BOOST_TEST_CONTEXT(text) {
            BOOST_TEST(!loaded.empty());
            BOOST_TEST(scanned == loaded);
        }
    }
    const std::string missing = error_of("/nonexistent/x.csv", false);
    BOOST_TEST(!missing.empty());
    BOOST_TEST(error_of("/nonexistent/x.csv", true) == missing);
}

BOOST_AUTO_TEST_SUITE_END()
