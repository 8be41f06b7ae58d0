// SPDX-License-Identifier: MIT
// Sectors and annuli against PROJ's C geodesic routines (geodesic.h, equal to GeodSolve within
// nanometres), used directly: every vertex lies on an arc (at its radius within 1 m) or on a
// side (at its bounding azimuth within 1e-6 degrees); areas against geod_polygonarea of outlines
// traced independently here.
#include <boost/test/unit_test.hpp>

#include "tests/truth/buffer_truth.hpp"

#include "engine/area.hpp"
#include "engine/error.hpp"
#include "engine/sector.hpp"

#include <cmath>
#include <geodesic.h>
#include <limits>
#include <vector>

using namespace rangemap;
using namespace rangemap::test;

namespace {

struct Polar {
    double distance_m, azimuth_deg;
};

Polar polar(LonLat c, LonLat p) {
    double s = 0, a1 = 0, a2 = 0;
    geod_inverse(&wgs84(), c.lat, c.lon, p.lat, p.lon, &s, &a1, &a2);
    return {s, a1};
}

LonLat destination(LonLat c, double azi, double s) {
    double lat = 0, lon = 0, a2 = 0;
    geod_direct(&wgs84(), c.lat, c.lon, azi, s, &lat, &lon, &a2);
    return {lon, lat};
}

double gap(double a, double b) { return std::abs(std::remainder(a - b, 360.0)); }

/// Every vertex of the sector's polygons lies on one of its arcs or sides (or is the apex, a
/// pole the ring was closed over, or a cut at ±180 on an arc or side).
void check_vertices(const RangeSector& s) {
    const double a1 = s.azimuth_deg - s.width_deg / 2, a2 = s.azimuth_deg + s.width_deg / 2;
    std::size_t on_arc = 0, on_side = 0, stray = 0;
    for (const auto& poly : s.area.polygons) {
        for (const auto& ring : {poly.outer}) {
            for (const LonLat v : ring) {
                if (std::abs(v.lat) == 90.0) continue; // closed along the edge of the map
                const Polar p = polar(s.centre, v);
                if (std::abs(p.distance_m - s.radius.metres()) <= 1.0 ||
                    (s.min_radius.metres() > 0 && std::abs(p.distance_m - s.min_radius.metres()) <= 1.0)) {
                    ++on_arc;
                } else if (p.distance_m < 1e-6 || gap(p.azimuth_deg, a1) <= 1e-6 || gap(p.azimuth_deg, a2) <= 1e-6) {
                    ++on_side;
                } else if (std::abs(std::abs(v.lon) - 180.0) > 1e-12) {
                    ++stray;
                    BOOST_TEST_MESSAGE("stray vertex " << v.lat << "," << v.lon << " at " << p.distance_m << " m, "
                                                       << p.azimuth_deg << " deg");
                }
            }
        }
    }
    BOOST_TEST(stray == 0u);
    BOOST_TEST(on_arc >= 10u);
    BOOST_TEST(on_side >= 2u);
    BOOST_TEST(s.max_arc_error_m <= 1.0);
    BOOST_TEST(s.max_side_error_deg <= 1e-6);
}

/// Area of the sector traced independently: its outline at 0.01 degree and R/2000 steps, by
/// geod_polygonarea (geodesic edges, Planimeter's algorithm).
double traced_area(LonLat c, double az, double width, double r, double r0) {
    geod_polygon poly{};
    geod_polygon_init(&poly, 0);
    const auto add = [&](LonLat p) { geod_polygon_addpoint(&wgs84(), &poly, p.lat, p.lon); };
    const double a1 = az - width / 2, a2 = az + width / 2;
    const int n_side = 2000, n_arc = static_cast<int>(width * 100);
    for (int k = 0; k <= n_side; ++k) add(destination(c, a1, r0 + (r - r0) * k / n_side));
    for (int k = 1; k <= n_arc; ++k) add(destination(c, a1 + width * k / n_arc, r));
    for (int k = n_side - 1; k >= 0; --k) add(destination(c, a2, r0 + (r - r0) * k / n_side));
    if (r0 > 0)
        for (int k = n_arc - 1; k > 0; --k) add(destination(c, a1 + width * k / n_arc, r0));
    double area = 0, perimeter = 0;
    geod_polygon_compute(&wgs84(), &poly, 0, 1, &area, &perimeter);
    return std::abs(area);
}

} // namespace

BOOST_AUTO_TEST_SUITE(sector)

BOOST_AUTO_TEST_CASE(vertices_on_arcs_and_sides_at_every_latitude) {
    for (const double lat : {0.0, 45.0, 70.0, 89.0}) {
        for (const double r0 : {0.0, 200e3}) {
            const LonLat c{30.0, lat};
            const RangeSector s = range_sector(c, 30, 90, Length::km(1000), Length::metres(r0));
            BOOST_TEST_MESSAGE("lat " << lat << " min " << r0 << ": arc " << s.max_arc_error_m << " m, side "
                                      << s.max_side_error_deg << " deg, edge " << s.max_edge_error_m << " m");
            check_vertices(s);
            BOOST_TEST(inside(s.area, destination(c, 30, 600e3)));
            BOOST_TEST(!inside(s.area, destination(c, 120, 600e3)));
            BOOST_TEST(!inside(s.area, destination(c, 30, 1100e3)));
            BOOST_TEST(inside(s.area, destination(c, 30, 100e3)) == (r0 == 0));
            const double want = traced_area(c, 30, 90, 1e6, r0);
            BOOST_TEST(std::abs(area_m2(s.area) - want) / want < 1e-4);
        }
    }
}

BOOST_AUTO_TEST_CASE(across_the_antimeridian) {
    const LonLat c{179.0, -17.0};
    const RangeSector s = range_sector(c, 90, 60, Length::km(1000), Length::km(100));
    check_vertices(s);
    BOOST_TEST(s.area.polygons.size() >= 2u); // split at ±180
    for (const auto& p : s.area.polygons)
        for (const auto& v : p.outer) BOOST_TEST((v.lon >= -180 && v.lon <= 180));
    BOOST_TEST(inside(s.area, destination(c, 90, 500e3)));
    BOOST_TEST(!inside(s.area, destination(c, 0, 500e3)));
    const double want = traced_area(c, 90, 60, 1e6, 1e5);
    BOOST_TEST(std::abs(area_m2(s.area) - want) / want < 1e-4);
}

BOOST_AUTO_TEST_CASE(over_a_pole_contains_it) {
    const LonLat c{20.0, 80.0};
    const RangeSector s = range_sector(c, 0, 60, Length::km(2000));
    check_vertices(s);
    BOOST_TEST(s.contains_north_pole);
    BOOST_TEST(!s.contains_south_pole);
    BOOST_TEST(inside(s.area, {-160.0, 89.9}));
    BOOST_TEST(inside(s.area, destination(c, 0, 1500e3))); // beyond the pole
    BOOST_TEST(!inside(s.area, destination(c, 180, 500e3)));
    const double want = traced_area(c, 0, 60, 2e6, 0);
    BOOST_TEST(std::abs(area_m2(s.area) - want) / want < 1e-4);
    // The south pole from the southern hemisphere, a fan pointing at it.
    const RangeSector south = range_sector({-60.0, -75.0}, 180, 30, Length::km(2000), Length::km(500));
    check_vertices(south);
    BOOST_TEST(south.contains_south_pole);
    BOOST_TEST(inside(south.area, {120.0, -89.9}));
}

BOOST_AUTO_TEST_CASE(width_360_is_the_ring_and_the_annulus) {
    const LonLat kadena{127.7675, 26.3556};
    const RangeSector full = range_sector(kadena, 0, 360, Length::km(1000));
    const RangeRing ring = range_ring(kadena, Length::km(1000));
    BOOST_TEST(full.area.polygons.size() == ring.area.polygons.size());
    BOOST_TEST(full.area.polygons.front().outer == ring.area.polygons.front().outer);

    // The annulus: outer circle minus inner, against geod_polygonarea of both circles.
    const RangeRing annulus = range_annulus(kadena, Length::km(1000), Length::km(300));
    BOOST_TEST(annulus.area.polygons.size() == 1u);
    BOOST_TEST(annulus.area.polygons.front().holes.size() == 1u);
    BOOST_TEST(!inside(annulus.area, kadena));
    BOOST_TEST(inside(annulus.area, destination(kadena, 45, 500e3)));
    const auto circle_area = [&](double r) { return traced_area(kadena, 0, 360, r, 0); };
    const double want = circle_area(1e6) - circle_area(3e5);
    BOOST_TEST(std::abs(area_m2(annulus.area) - want) / want < 1e-4);
}

BOOST_AUTO_TEST_CASE(annulus_around_a_pole) {
    // The inner circle holds the pole: the annulus does not.
    const RangeRing a = range_annulus({0.0, 88.0}, Length::km(1500), Length::km(500));
    BOOST_TEST(!a.contains_north_pole);
    BOOST_TEST(!inside(a.area, {0.0, 89.99}));
    BOOST_TEST(inside(a.area, {180.0 - 1e-9, 80.0}));
}

BOOST_AUTO_TEST_CASE(bad_input_is_a_usage_error) {
    const LonLat c{127.7675, 26.3556};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_THROW(range_sector(c, 0, 0, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, -10, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, 360.5, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, nan, 60, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, nan, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, 60, Length::km(100), Length::km(100)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, 60, Length::km(100), Length::km(200)), usage_error);
    BOOST_CHECK_THROW(range_sector(c, 0, 60, Length::km(20'100)), usage_error);
    BOOST_CHECK_THROW(range_annulus(c, Length::km(100), Length::km(100)), usage_error);
    BOOST_CHECK_NO_THROW(range_sector(c, -30, 60, Length::km(100)));
    BOOST_TEST(range_sector(c, -30, 60, Length::km(100)).azimuth_deg == 330.0);
}

BOOST_AUTO_TEST_SUITE_END()
