// SPDX-License-Identifier: MIT
// Geodesic buffers: the boundary is checked against exact geodesic distances to the input by a
// scan of every input edge (tests/truth/buffer_truth.hpp), independent of the engine's own.
#include <boost/test/unit_test.hpp>

#include "tests/sanitizer/skip_under_sanitizer.hpp"
#include "tests/truth/buffer_truth.hpp"

#include "test_data.hpp"

#include "engine/area.hpp"
#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/ring.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <geodesic.h>
#include <limits>

using namespace rangemap;
using namespace rangemap::test;

namespace {

Geometry japan() { return test::read_named_polygons(test::geodesic_data("taiwan_japan.geojson")).at("Japan"); }

} // namespace

BOOST_AUTO_TEST_SUITE(buffer)

BOOST_AUTO_TEST_CASE(japan_1000km_edge_within_1km) {
    const Geometry jp = japan();
    const Buffer b = rangemap::buffer(jp, Length::km(1000));
    BOOST_TEST_MESSAGE("Japan 1000 km: max_error " << b.max_error_m << " m, edge " << b.min_edge_distance_m << ".."
                                                   << b.max_edge_distance_m << " m; " << b.method);
    BOOST_TEST(!b.area.polygons.empty());
    BOOST_TEST(b.max_error_m <= 1000.0);
    const EdgeCheck c = check_edge(jp, b.area, 1e6, 400);
    BOOST_TEST_MESSAGE("independent check: " << c.n << " samples, " << c.min_d << ".." << c.max_d << " m");
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 1000.0); // the default tolerance, 0.1% of 1,000 km
    check_reported(b, c);
}

/// Area of a lon/lat cell on the WGS84 ellipsoid, m² (closed form through the authalic function).
double cell_area(double lat0, double lat1, double dlon_deg) {
    const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f), e = std::sqrt(e2);
    const auto q = [&](double lat) {
        const double s = std::sin(lat * M_PI / 180);
        return s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e);
    };
    return a * a * (1 - e2) * dlon_deg * M_PI / 180 / 2 * (q(lat1) - q(lat0));
}

BOOST_AUTO_TEST_CASE(japan_1000km_area_against_a_grid_count,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    // Brute force: the cells of a 0.25° grid whose centres lie within 1,000 km of Japan by the
    // independent distance above (not by the buffer polygon, which would be circular), each of
    // the closed-form ellipsoidal cell area.
    const Geometry jp = japan();
    const Buffer b = rangemap::buffer(jp, Length::km(1000));
    const BruteDistance dist(jp);
    double grid = 0;
    const double step = 0.25;
    for (double lat = 10; lat < 60; lat += step) {
        for (double lon = 108; lon < 172; lon += step) {
            if (dist.within({lon + step / 2, lat + step / 2}, 1e6)) grid += cell_area(lat, lat + step, step);
        }
    }
    const double a = area_m2(b.area);
    BOOST_TEST_MESSAGE("area " << a / 1e6 << " km2, grid count " << grid / 1e6 << " km2");
    BOOST_TEST(std::abs(a - grid) / grid < 1e-3);
}

BOOST_AUTO_TEST_CASE(point_buffer_is_the_range_ring) {
    const LonLat kadena{127.7675, 26.3556};
    const Buffer b = rangemap::buffer(Geometry{{kadena}, {}, {}}, Length::km(1000));
    RingOptions ro;
    ro.edge_tolerance_fraction = 0.0005;
    const RangeRing r = range_ring(kadena, Length::km(1000), ro);
    BOOST_TEST(b.area.polygons.size() == r.area.polygons.size());
    BOOST_TEST(b.area.polygons.front().outer == r.area.polygons.front().outer);
    BOOST_TEST(b.max_error_m <= 1000.0);
}

BOOST_AUTO_TEST_CASE(line_buffer_edge_within_tolerance) {
    // Tokyo - Kagoshima - Naha, 300 km.
    const Geometry line{{}, {{{139.69, 35.69}, {130.56, 31.60}, {127.68, 26.21}}}, {}};
    const Buffer b = rangemap::buffer(line, Length::km(300));
    const EdgeCheck c = check_edge(line, b.area, 3e5, 400);
    BOOST_TEST_MESSAGE("line 300 km: reported " << b.max_error_m << " m, measured " << c.max_err << " m over " << c.n);
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 300.0);
    check_reported(b, c);
    BOOST_TEST(inside(b.area, {135, 33}));
}

BOOST_AUTO_TEST_CASE(a_line_across_half_the_globe, *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    // Edges of 15,000 km and 16,800 km: no one projection holds the line, so it is buffered in
    // runs, each on its own (before, the whole line on one was refused 391 km off).
    const Geometry line{{}, {{{144.79, 13.44}, {0, 10}, {17, 15}, {170, -10}}}, {}};
    const Buffer b = rangemap::buffer(line, Length::km(1000));
    // The scan measures each edge every kilometre: a few samples of the boundary are enough.
    const EdgeCheck c = check_edge(line, b.area, 1e6, 24);
    BOOST_TEST_MESSAGE("half-globe line 1,000 km: reported " << b.max_error_m << " m, measured " << c.max_err << " m");
    BOOST_TEST(c.n >= 16u);
    BOOST_TEST(c.max_err <= 1000.0);
    check_reported(b, c);
}

BOOST_AUTO_TEST_CASE(antimeridian_fiji_2000km) {
    // Islands on both sides of ±180, as RFC 7946 data has them.
    Geometry fiji;
    fiji.polygons.push_back({{{177.2, -17.4}, {178.6, -17.4}, {178.6, -18.2}, {177.2, -18.2}, {177.2, -17.4}}, {}});
    fiji.polygons.push_back({{{179.5, -16.2}, {180, -16.2}, {180, -17.0}, {179.5, -17.0}, {179.5, -16.2}}, {}});
    fiji.polygons.push_back({{{-180, -16.2}, {-179.8, -16.2}, {-179.8, -17.0}, {-180, -17.0}, {-180, -16.2}}, {}});
    fiji.polygons.push_back(
        {{{-178.8, -18.9}, {-178.4, -18.9}, {-178.4, -19.3}, {-178.8, -19.3}, {-178.8, -18.9}}, {}});
    const Buffer b = rangemap::buffer(fiji, Length::km(2000));
    BOOST_TEST(b.area.polygons.size() >= 2u); // split at the antimeridian, not a band around the world
    double west = 180, east = -180;
    for (const auto& p : b.area.polygons)
        for (const auto& q : p.outer) {
            BOOST_TEST((q.lon >= -180 && q.lon <= 180));
            if (q.lon > 0) west = std::min(west, q.lon);
            if (q.lon < 0) east = std::max(east, q.lon);
        }
    BOOST_TEST(west > 150);  // about 2,000 km west of 177E at 17S: near 158E
    BOOST_TEST(east < -155); // and east of 178W: near 160W
    const EdgeCheck c = check_edge(fiji, b.area, 2e6, 400);
    BOOST_TEST_MESSAGE("Fiji 2000 km: reported " << b.max_error_m << " m, measured " << c.max_err << " m over " << c.n);
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 2000.0);
    check_reported(b, c);
    BOOST_TEST(inside(b.area, {179.99, -17}));
    BOOST_TEST(inside(b.area, {-179.99, -17}));
    // The area does not depend on where the cut falls: same as the buffer shifted off the seam.
    Geometry shifted = fiji;
    for (auto& p : shifted.polygons)
        for (auto& q : p.outer) q.lon = q.lon > 0 ? q.lon - 20 : q.lon + 340;
    const double a = area_m2(b.area), a2 = area_m2(rangemap::buffer(shifted, Length::km(2000)).area);
    BOOST_TEST(std::abs(a - a2) / a2 < 1e-3);
}

BOOST_AUTO_TEST_CASE(buffer_containing_the_north_pole) {
    // A polygon around 81N (Svalbard's latitude), 1,500 km: the pole is 1,000 km away.
    const Geometry svalbard{{}, {}, {{{{10, 80}, {28, 80}, {28, 81.5}, {10, 81.5}, {10, 80}}, {}}}};
    const Buffer b = rangemap::buffer(svalbard, Length::km(1500));
    BOOST_TEST(inside(b.area, {0, 89.9}));
    BOOST_TEST(inside(b.area, {-150, 89.5}));
    BOOST_TEST(!inside(b.area, {-150, 70}));
    const EdgeCheck c = check_edge(svalbard, b.area, 1.5e6, 400);
    BOOST_TEST_MESSAGE("polar 1500 km: reported " << b.max_error_m << " m, measured " << c.max_err << " m over "
                                                  << c.n);
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 1500.0);
    check_reported(b, c);
}

BOOST_AUTO_TEST_CASE(japan_50km_fitted_at_its_corners, *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    // At 50 km the boundary has sharp corners where two coasts are equally near (between the
    // islands, in narrow bays): the vertices around each settle there without crossing, so the
    // fitting is kept rather than dropped for the planar buffer (95 m off before).
    const Geometry jp = japan();
    const Buffer b = rangemap::buffer(jp, Length::km(50));
    BOOST_TEST_MESSAGE("Japan 50 km: max_error " << b.max_error_m << " m; " << b.method);
    BOOST_TEST(b.method.find("fitting skipped") == std::string::npos);
    BOOST_TEST(b.max_error_m <= 50.0);
    const EdgeCheck c = check_edge(jp, b.area, 5e4, 400);
    BOOST_TEST_MESSAGE("independent check: " << c.n << " samples, " << c.min_d << ".." << c.max_d << " m");
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 50.0);
    check_reported(b, c);
}

BOOST_AUTO_TEST_CASE(a_country_sized_polygon_with_a_long_edge) {
    // 60° of longitude by about 12° of latitude: too large for one projection, so it is cut on
    // a lon/lat grid. Its south side is one edge, a geodesic 3,900 km long (as the shipped
    // Russia has edges along parallels thousands of kilometres long): the buffer follows that
    // geodesic, which runs up to 5° north of the parallel through its ends, not the parallel.
    Polygon land;
    land.outer = {{40, 50}, {100, 50}, {100, 62}};
    for (int k = 1; k < 600; ++k) {
        const double lon = 100 - 0.1 * k;
        land.outer.push_back({lon, 62 + 0.2 * std::sin(lon * 3)});
    }
    land.outer.push_back({40, 62});
    land.outer.push_back({40, 50});
    const Geometry g{{}, {}, {land}};
    const Buffer b = rangemap::buffer(g, Length::km(50));
    BOOST_TEST_MESSAGE("large polygon 50 km: max_error " << b.max_error_m << " m; " << b.method);
    BOOST_TEST(b.method.find("cut on a lon/lat grid") != std::string::npos);
    BOOST_TEST(b.method.find("followed along their geodesics") != std::string::npos);
    BOOST_TEST(b.method.find("fitting skipped") == std::string::npos);
    BOOST_TEST(b.max_error_m <= 50.0);
    const EdgeCheck c = check_edge(g, b.area, 5e4, 400);
    BOOST_TEST(c.n >= 300u);
    BOOST_TEST(c.max_err <= 50.0);
    check_reported(b, c);
    // Below the middle of the long edge: 30 km south of the geodesic is within, 70 km is not.
    geod_geodesicline line{};
    geod_inverseline(&line, &wgs84(), 50, 40, 50, 100, 0);
    double lat = 0, lon = 0;
    geod_position(&line, line.s13 / 2, &lat, &lon, nullptr);
    BOOST_TEST(lat > 54.0);
    BOOST_TEST(inside(b.area, {lon, lat - 30e3 / 111.2e3}));
    BOOST_TEST(!inside(b.area, {lon, lat - 70e3 / 111.2e3}));
    BOOST_TEST(!inside(b.area, {lon, 51.0})); // inside the parallel, far outside the geodesic
}

BOOST_AUTO_TEST_CASE(bad_input_is_a_usage_error) {
    const Geometry jp = japan();
    BOOST_CHECK_THROW(rangemap::buffer(jp, Length::metres(0)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(jp, Length::km(10'100)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(Geometry{}, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(jp, Length::km(100), 0.0), usage_error);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_THROW(rangemap::buffer(Geometry{{}, {{{0, 0}, {nan, 1}}}, {}}, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(Geometry{{}, {{{0, 95}, {1, 1}}}, {}}, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(Geometry{{}, {{{0, 0}}}, {}}, Length::km(100)), usage_error);
    BOOST_CHECK_THROW(rangemap::buffer(Geometry{{}, {}, {{{{0, 0}, {1, 1}, {0, 0}}, {}}}}, Length::km(100)),
                      usage_error);
    // Just inside the limit works.
    BOOST_CHECK_NO_THROW(rangemap::buffer(Geometry{{{10, 10}}, {}, {}}, Length::km(10'000)));
}

BOOST_AUTO_TEST_SUITE_END()
