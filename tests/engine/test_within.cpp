// SPDX-License-Identifier: MIT
// Within-range queries against a scan of every point with geodesic.h.
#include <boost/test/unit_test.hpp>

#include "engine/geodesic.hpp"
#include "engine/min_distance.hpp"
#include "engine/within.hpp"

#include <algorithm>
#include <cmath>
#include <random>

using namespace rangemap;

namespace {

std::vector<LonLat> random_points(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lon(-180, 180), z(-1, 1);
    std::vector<LonLat> v(n);
    for (auto& p : v) p = {lon(rng), std::asin(z(rng)) * 180 / M_PI};
    return v;
}

} // namespace

BOOST_AUTO_TEST_SUITE(within)

BOOST_AUTO_TEST_CASE(point_queries_match_a_scan) {
    const auto pts = random_points(20000, 3);
    const WithinIndex index(pts);
    const LonLat centres[] = {{127.7675, 26.3556}, {179.9, -16}, {0, 89.5}, {-70, -60}, {144.93, 13.58}};
    for (const LonLat c : centres) {
        for (double r : {1e5, 1e6, 5e6, 1.99e7}) {
            const auto hits = index.query(c, r);
            std::vector<std::size_t> expect;
            for (std::size_t i = 0; i < pts.size(); ++i)
                if (Geodesic::wgs84().distance(c, pts[i]) <= r) expect.push_back(i);
            BOOST_TEST_CONTEXT(c.lat << "," << c.lon << " r " << r) {
                BOOST_TEST(hits.size() == expect.size());
                for (std::size_t k = 1; k < hits.size(); ++k) BOOST_TEST(hits[k - 1].distance_m <= hits[k].distance_m);
                for (const auto& h : hits) {
                    BOOST_TEST(std::abs(h.distance_m - Geodesic::wgs84().distance(c, pts[h.index])) < 1e-6);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(area_queries_match_min_distance) {
    const auto pts = random_points(3000, 9);
    const WithinIndex index(pts);
    const Geometry square{{}, {}, {Polygon{{{120, 20}, {125, 20}, {125, 25}, {120, 25}, {120, 20}}, {}}}};
    const double r = 1.5e6;
    const auto hits = index.query(square, r);
    std::size_t expect = 0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const MinDistance d = min_distance(Geometry{{pts[i]}, {}, {}}, square);
        if (d.distance_m <= r) ++expect;
    }
    BOOST_TEST(hits.size() == expect);
    for (const auto& h : hits) {
        const MinDistance d = min_distance(Geometry{{pts[h.index]}, {}, {}}, square);
        BOOST_TEST(std::abs(h.distance_m - d.distance_m) < 1e-3);
    }
}

BOOST_AUTO_TEST_CASE(chord_bounds_hold_for_random_pairs) {
    // members() accepts by chord_lower_bound and rejects by chord_upper_bound without a geodesic.
    std::mt19937 rng(17);
    std::uniform_real_distribution<double> lon(-180, 180), z(-1, 1), near(-12, 12);
    for (int k = 0; k < 200000; ++k) {
        const LonLat a{lon(rng), std::asin(z(rng)) * 180 / M_PI};
        const LonLat b = k % 2 ? LonLat{lon(rng), std::asin(z(rng)) * 180 / M_PI}
                               : LonLat{a.lon + near(rng), std::clamp(a.lat + near(rng), -90.0, 90.0)};
        const double d = Geodesic::wgs84().distance(a, b);
        const double c = std::sqrt(dist2(ecef(a), ecef(b)));
        if (c < chord_lower_bound(d)) BOOST_FAIL("chord " << c << " below the lower bound for " << d << " m");
        if (c > chord_upper_bound(d) + 1e-6) BOOST_FAIL("chord " << c << " above the upper bound for " << d << " m");
        if (d > geodesic_upper_bound(c)) BOOST_FAIL(d << " m above the upper bound for chord " << c);
    }
    // The band left to the geodesic is narrow: about 21 m of chord at 1,000 km.
    BOOST_TEST(chord_upper_bound(1e6) - chord_lower_bound(1e6) < 25.0);
    BOOST_TEST(chord_lower_bound(6e6) == 0.0);
}

BOOST_AUTO_TEST_CASE(members_match_a_scan_in_a_dense_region) {
    // Points packed around the centre: most are settled by chord bounds alone.
    std::mt19937 rng(23);
    std::uniform_real_distribution<double> lon(115, 150), lat(18, 42);
    std::vector<LonLat> pts(50000);
    for (auto& p : pts) p = {lon(rng), lat(rng)};
    // Some points right at the boundary, where only the geodesic can decide.
    const LonLat c{127.7675, 26.3556};
    const double r = 1e6;
    for (int k = 0; k < 360; ++k) {
        const Direct d = Geodesic::wgs84().direct(c, k, r + (k % 3 - 1) * 1e-3);
        pts.push_back(d.point);
    }
    const WithinIndex index(pts);
    for (const double radius : {0.0, 1e5, r, 2.5e6}) {
        const auto in = index.members(c, radius);
        std::vector<std::size_t> expect;
        for (std::size_t i = 0; i < pts.size(); ++i)
            if (Geodesic::wgs84().distance(c, pts[i]) <= radius) expect.push_back(i);
        BOOST_TEST(in == expect, "radius " << radius);
        const auto hits = index.query(c, radius);
        BOOST_TEST(hits.size() == expect.size());
        for (const auto& h : hits) BOOST_TEST(h.distance_m == index.distance(c, h.index));
    }
}

BOOST_AUTO_TEST_SUITE_END()
