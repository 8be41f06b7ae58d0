// SPDX-License-Identifier: MIT
// Range rings: vertices at R, edges near the true circle, antimeridian splits, poles, antipodes.
#include <boost/test/unit_test.hpp>

#include "engine/antimeridian.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/ring.hpp"

#include <cmath>
#include <random>

using namespace rangemap;

namespace {

/// Even-odd point in polygon over every ring, planar in lon/lat.
bool inside(const Geometry& g, LonLat p) {
    bool in = false;
    auto ring_test = [&](const LinearRing& r) {
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            if ((r[i].lat > p.lat) != (r[j].lat > p.lat) &&
                p.lon < (r[j].lon - r[i].lon) * (p.lat - r[i].lat) / (r[j].lat - r[i].lat) + r[i].lon) {
                in = !in;
            }
        }
    };
    for (const auto& poly : g.polygons) {
        ring_test(poly.outer);
        for (const auto& h : poly.holes) ring_test(h);
    }
    return in;
}

/// Checks vertices, edges, RFC 7946 shape and membership of random points against distance.
void check_ring(LonLat c, double r_m) {
    const Geodesic& g = Geodesic::wgs84();
    const RangeRing ring = range_ring(c, Length::metres(r_m));
    BOOST_TEST_CONTEXT("centre " << c.lat << "," << c.lon << " R " << r_m) {
        BOOST_TEST(ring.max_vertex_error_m < 1.0);
        BOOST_TEST(ring.max_edge_error_m <= 0.001 * r_m);
        // Independent check of every circle vertex and of edge midpoints.
        double worst_v = 0, worst_e = 0;
        for (std::size_t i = 0; i < ring.circle.size(); ++i) {
            worst_v = std::max(worst_v, std::abs(g.distance(c, ring.circle[i]) - r_m));
            if (i + 1 < ring.circle.size()) {
                const LonLat a = ring.circle[i], b = ring.circle[i + 1];
                const LonLat m{(a.lon + b.lon) / 2, (a.lat + b.lat) / 2};
                worst_e = std::max(worst_e, std::abs(g.distance(c, m) - r_m));
            }
        }
        BOOST_TEST(worst_v < 1.0);
        BOOST_TEST(worst_e <= 0.001 * r_m);
        // Output polygon vertices (except the cuts along ±180 and the poles) lie on the circle.
        BOOST_REQUIRE(!ring.area.polygons.empty());
        for (const auto& poly : ring.area.polygons) {
            BOOST_TEST(signed_area_deg2(poly.outer) > 0); // RFC 7946: exterior counter-clockwise
            for (const auto& h : poly.holes) BOOST_TEST(signed_area_deg2(h) < 0);
            for (const auto& p : poly.outer) {
                BOOST_TEST(p.lon >= -180.0);
                BOOST_TEST(p.lon <= 180.0);
                if (std::abs(p.lon) == 180.0 || std::abs(p.lat) == 90.0) continue;
                BOOST_TEST(std::abs(g.distance(c, p) - r_m) < 1.0);
            }
        }
        // Membership of random points matches their geodesic distance from the centre.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> lon(-180, 180), z(-1, 1);
        int wrong = 0;
        for (int i = 0; i < 3000; ++i) {
            const LonLat p{lon(rng), std::asin(z(rng)) * 180 / M_PI};
            const double d = g.distance(c, p);
            if (std::abs(d - r_m) < 0.002 * r_m) continue;
            if (inside(ring.area, p) != (d < r_m)) ++wrong;
        }
        BOOST_TEST(wrong == 0);
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(ring)

BOOST_AUTO_TEST_CASE(vertices_at_radius_at_several_latitudes) {
    for (double lat : {0.0, 45.0, 70.0, 89.0, -45.0, -89.0}) {
        check_ring({127.7675, lat}, 1'000'000);
        check_ring({10.0, lat}, 100'000);
    }
}

BOOST_AUTO_TEST_CASE(split_at_the_antimeridian) {
    const LonLat guam{144.93, 13.58};
    check_ring(guam, 5'000'000);
    const RangeRing r = range_ring(guam, Length::km(5000));
    BOOST_TEST(r.area.polygons.size() >= 2u);
    bool east = false, west = false;
    for (const auto& poly : r.area.polygons) {
        const BBox b = bbox_of(Geometry{{}, {}, {poly}});
        BOOST_TEST(b.max_lon - b.min_lon < 180.0); // never a band around the world
        east = east || b.max_lon == 180.0;
        west = west || b.min_lon == -180.0;
    }
    BOOST_TEST(east);
    BOOST_TEST(west);
    BOOST_TEST(!r.contains_north_pole);
    BOOST_TEST(!r.contains_south_pole);
    check_ring({179.9, -16.0}, 300'000); // small ring straddling ±180 (Fiji)
    check_ring({-179.5, 52.0}, 1'000'000);
}

BOOST_AUTO_TEST_CASE(pole_inside_the_polar_ring) {
    const LonLat misawa{141.37, 40.70};
    check_ring(misawa, 6'000'000);
    const RangeRing r = range_ring(misawa, Length::km(6000));
    BOOST_TEST(r.contains_north_pole);
    BOOST_TEST(!r.contains_south_pole);
    BOOST_TEST(inside(r.area, {0.0, 89.99}));
    BOOST_TEST(inside(r.area, {-170.0, 89.99}));
    bool along_pole = false;
    for (const auto& poly : r.area.polygons)
        for (const auto& p : poly.outer) along_pole = along_pole || p.lat == 90.0;
    BOOST_TEST(along_pole);
    check_ring({-70.0, -60.0}, 4'000'000); // the south pole
    check_ring({0.0, 90.0}, 2'000'000);    // centred on a pole
}

BOOST_AUTO_TEST_CASE(near_antipodal_ring_covers_nearly_everything) {
    const LonLat guam{144.93, 13.58};
    check_ring(guam, 19'000'000);
    const RangeRing r = range_ring(guam, Length::km(19000));
    BOOST_TEST(r.contains_north_pole);
    BOOST_TEST(r.contains_south_pole);
    BOOST_TEST(!inside(r.area, {wrap_lon(144.93 + 180), -13.58})); // the antipode is left out
    BOOST_TEST(inside(r.area, {0.0, 0.0}));
    check_ring({0.0, 0.0}, 19'500'000);
    check_ring({170.0, 50.0}, 15'000'000);
}

BOOST_AUTO_TEST_CASE(bad_radii_are_usage_errors) {
    const LonLat guam{144.93, 13.58};
    BOOST_CHECK_THROW(range_ring(guam, Length::metres(0)), usage_error);
    BOOST_CHECK_THROW(range_ring(guam, Length::km(20100)), usage_error);
    BOOST_CHECK_THROW(range_ring(guam, Length::metres(antipodal_distance(guam))), usage_error);
    BOOST_CHECK_THROW(range_ring({0, 91}, Length::km(10)), usage_error);
    BOOST_CHECK_EXCEPTION(range_ring(guam, Length::km(25000)), usage_error, [](const usage_error& e) {
        return std::string(e.what()).find("largest radius") != std::string::npos;
    });
}

BOOST_AUTO_TEST_SUITE_END()
