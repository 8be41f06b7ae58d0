// SPDX-License-Identifier: MIT
// The antimeridian split on rings written the way world-atlas writes Natural Earth's: parts
// that reach 180 from the west with their seam written as -180, rings that start at -180 and
// go on at 180, and Antarctica going once round the pole with no edge along it.
#include <boost/test/unit_test.hpp>

#include "engine/area.hpp"
#include "engine/error.hpp"
#include "geodata/antimeridian.hpp"
#include "geodata/ogr_convert.hpp"

#include <cmath>
#include <string>
#include <vector>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

OgrGeometryPtr wkt(const std::string& text) {
    OGRGeometry* g = nullptr;
    const OGRErr e = OGRGeometryFactory::createFromWkt(text.c_str(), nullptr, &g);
    OgrGeometryPtr out(g);
    BOOST_REQUIRE(e == OGRERR_NONE);
    return out;
}

/// The parts of a split result, each with its extent.
std::vector<OGREnvelope> parts(const OGRGeometry& g) {
    std::vector<OGREnvelope> out;
    for (const auto* p : *g.toGeometryCollection()) {
        OGREnvelope e;
        p->getEnvelope(&e);
        out.push_back(e);
    }
    return out;
}

bool contains(const OGRGeometry& g, double lon, double lat) {
    const OGRPoint p(lon, lat);
    return g.Contains(&p);
}

double geodesic_area(const OGRGeometry& g) {
    std::vector<std::string> notes;
    return area_m2(to_geometry(g, "test", "split", notes, false));
}

} // namespace

BOOST_AUTO_TEST_SUITE(antimeridian)

BOOST_AUTO_TEST_CASE(a_part_west_of_180_written_with_minus_180_stays_whole) {
    // Chukotka's way: lon 170..180, its seam written as -180.
    const auto g = wkt("POLYGON ((170 60,-180 60,-180 70,170 70,170 60))");
    const auto s = split_at_antimeridian(*g);
    BOOST_REQUIRE(s);
    const auto p = parts(*s);
    BOOST_REQUIRE_EQUAL(p.size(), 1U);
    BOOST_TEST(p[0].MinX == 170.0);
    BOOST_TEST(p[0].MaxX == 180.0);
    BOOST_TEST(s->toMultiPolygon()->get_Area() == 100.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!split_at_antimeridian(*s)); // once is enough
}

BOOST_AUTO_TEST_CASE(a_ring_from_minus_180_on_at_180_is_cut_without_loss) {
    // Fiji's way: the ring starts at -180, goes on at 180 (the same meridian) and comes back.
    const auto g = wkt("POLYGON ((-180 -16,180 -16,179 -17,180 -18,-180 -18,-179 -17,-180 -16))");
    const auto s = split_at_antimeridian(*g);
    BOOST_REQUIRE(s);
    const auto p = parts(*s);
    BOOST_REQUIRE_EQUAL(p.size(), 2U);
    for (const auto& e : p) BOOST_TEST(e.MaxX - e.MinX == 1.0); // 1° each side, not 360°
    BOOST_TEST(s->toMultiPolygon()->get_Area() == 2.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(contains(*s, 179.5, -17));
    BOOST_TEST(contains(*s, -179.5, -17));
}

BOOST_AUTO_TEST_CASE(a_ring_round_the_south_pole_closes_along_it) {
    // Antarctica's way: once round the pole, eastward, with no edge along -90.
    std::string ring = "POLYGON ((";
    for (int lon = -180; lon < 180; lon += 30) ring += std::to_string(lon) + " -70,";
    const auto g = wkt(ring + "179 -70,-180 -70))");
    const auto s = split_at_antimeridian(*g);
    BOOST_REQUIRE(s);
    const auto p = parts(*s);
    BOOST_REQUIRE_EQUAL(p.size(), 1U);
    BOOST_TEST(p[0].MinX == -180.0);
    BOOST_TEST(p[0].MaxX == 180.0);
    BOOST_TEST(p[0].MinY == -90.0);
    for (const double lon : {-179.9, -100.0, 0.0, 60.0, 179.9}) BOOST_TEST(contains(*s, lon, -85), lon);
    BOOST_TEST(!contains(*s, 0, -60));
    // About the cap south of 70°S: 2π R² (1 - sin 70°) on a sphere of R = 6371 km is 1.54e13 m².
    BOOST_TEST(geodesic_area(*s) > 1.4e13);
    BOOST_TEST(geodesic_area(*s) < 1.7e13);
    BOOST_TEST(!split_at_antimeridian(*s)); // closed along the pole, it is a flat shape
}

BOOST_AUTO_TEST_CASE(a_ring_round_a_pole_closed_away_from_180_is_one_part) {
    const auto south = wkt("POLYGON ((0 -70,90 -72,180 -70,-90 -72,0 -70))");
    const auto s = split_at_antimeridian(*south);
    BOOST_REQUIRE(s);
    const auto p = parts(*s);
    BOOST_REQUIRE_EQUAL(p.size(), 1U);
    BOOST_TEST(p[0].MinX == -180.0);
    BOOST_TEST(p[0].MaxX == 180.0);
    BOOST_TEST(p[0].MinY == -90.0);
    BOOST_TEST(s->IsValid());

    // Westward round the north pole.
    const auto north = wkt("POLYGON ((0 80,-90 81,-180 80,90 81,0 80))");
    const auto n = split_at_antimeridian(*north);
    BOOST_REQUIRE(n);
    const auto q = parts(*n);
    BOOST_REQUIRE_EQUAL(q.size(), 1U);
    BOOST_TEST(q[0].MaxY == 90.0);
    BOOST_TEST(contains(*n, 45, 85));
}

BOOST_AUTO_TEST_CASE(shapes_drawn_edge_to_edge_are_taken_as_drawn) {
    // The whole world, a band round it drawn only with vertices on ±180, a cut part.
    for (const char* text :
         {"POLYGON ((-180 -90,180 -90,180 90,-180 90,-180 -90))",
          "POLYGON ((-180 -10,180 -10,180 10,-180 10,-180 -10))", "POLYGON ((179 0,180 0,180 1,179 0))",
          "POLYGON ((-180 0,-179 0,-180 1,-180 0))", "POLYGON ((-180 -70,0 -70,180 -70,180 -90,-180 -90,-180 -70))"}) {
        BOOST_TEST(!split_at_antimeridian(*wkt(text)), text);
    }
}

BOOST_AUTO_TEST_CASE(a_hole_across_180_follows_its_ring) {
    const auto g = wkt("POLYGON ((170 0,-170 0,-170 10,170 10,170 0),(178 4,-178 4,-178 6,178 6,178 4))");
    const auto s = split_at_antimeridian(*g);
    BOOST_REQUIRE(s);
    BOOST_REQUIRE_EQUAL(parts(*s).size(), 2U);
    BOOST_TEST(s->toMultiPolygon()->get_Area() == 200.0 - 8.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!contains(*s, 179, 5));
    BOOST_TEST(!contains(*s, -179, 5));
    BOOST_TEST(contains(*s, 175, 5));
}

BOOST_AUTO_TEST_CASE(a_ring_round_the_world_twice_is_refused) {
    const auto g = wkt("POLYGON ((0 -70,120 -70,-120 -70,0 -71,120 -71,-120 -71,0 -70))");
    BOOST_CHECK_THROW(split_at_antimeridian(*g), data_error);
}

BOOST_AUTO_TEST_SUITE_END()
