// SPDX-License-Identifier: MIT
// The shipped default data against world-atlas's own rings: every country's area, points known
// to be inside a country, and the minimum distances across ±180 and round Antarctica. The
// source's figures are in tests/data, written by tools/fetch_default_data from the npm package
// (Planimeter for the areas, a brute force for the distances): the tests need no network.
#include <boost/test/unit_test.hpp>

#include "tests/sanitizer/skip_under_sanitizer.hpp"

#include "engine/area.hpp"
#include "engine/place_distance.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

/// The rows of one of the reference tables: comment lines (#) and the header left out.
std::vector<std::vector<std::string>> read_table(const std::string& name) {
    const std::string path = std::string(RANGEMAP_TEST_DATA) + "/" + name;
    std::ifstream in(path);
    BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (std::exchange(header, false)) continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
        rows.push_back(cells);
    }
    BOOST_REQUIRE_MESSAGE(!rows.empty(), path << " has no rows");
    return rows;
}

std::map<std::string, const Feature*> by_name(const LayerData& l) {
    std::map<std::string, const Feature*> out;
    for (const auto& f : l.features) out[f.name] = &f;
    return out;
}

Geometry point(double lat, double lon) { return Geometry{{LonLat{lon, lat}}, {}, {}}; }

} // namespace

BOOST_AUTO_TEST_SUITE(default_data_source)

BOOST_AUTO_TEST_CASE(every_country_has_the_area_of_its_source_rings,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    const auto countries = read_natural_earth("countries");
    const auto land = read_natural_earth("land");
    const auto named = by_name(countries);
    std::size_t compared = 0;
    for (const auto& row : read_table("country_areas_planimeter.csv")) {
        const std::string &layer = row.at(0), &name = row.at(1);
        const double want = std::stod(row.at(3));
        BOOST_TEST_CONTEXT(layer << " " << name) {
            double got = 0;
            if (layer == "land") {
                for (const auto& f : land.features) got += area_m2(f.geometry);
            } else if (const auto it = named.find(name); it != named.end()) {
                got = area_m2(it->second->geometry);
            } else {
                BOOST_TEST(want == 0.0); // only a country empty in the source may be missing
                continue;
            }
            BOOST_TEST(got == want, boost::test_tools::tolerance(1e-4));
            ++compared;
        }
    }
    BOOST_TEST(compared == countries.features.size() + 1); // every country, and all land
}

BOOST_AUTO_TEST_CASE(points_in_a_country_are_inside_it_and_on_land,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    const auto countries = read_natural_earth("countries");
    const auto named = by_name(countries);
    for (const auto& row : read_table("default_data_points.csv")) {
        const double lat = std::stod(row.at(1)), lon = std::stod(row.at(2));
        BOOST_TEST_CONTEXT(row.at(0) << " at " << lat << "," << lon << " (" << row.at(3) << ")") {
            const auto it = named.find(row.at(0));
            BOOST_REQUIRE(it != named.end());
            BOOST_TEST(distance_between(point(lat, lon), it->second->geometry).distance_m == 0.0);
            const auto land = read_natural_earth("land", BBox{lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01});
            bool on_land = false;
            for (const auto& f : land.features) {
                on_land = on_land || distance_between(point(lat, lon), f.geometry).distance_m == 0.0;
            }
            BOOST_TEST(on_land);
        }
    }
}

BOOST_AUTO_TEST_CASE(distances_across_180_and_round_antarctica_equal_the_source,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    const auto countries = read_natural_earth("countries");
    const auto named = by_name(countries);
    for (const auto& row : read_table("antimeridian_distances.csv")) {
        BOOST_TEST_CONTEXT(row.at(0) << " - " << row.at(1)) {
            const auto a = named.find(row.at(0)), b = named.find(row.at(1));
            BOOST_REQUIRE(a != named.end());
            BOOST_REQUIRE(b != named.end());
            const double want = std::stod(row.at(2));
            const auto got = distance_between(a->second->geometry, b->second->geometry);
            BOOST_TEST(std::abs(got.distance_m - want) <= 1.0, got.distance_m << " m against " << want << " m");
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
