// SPDX-License-Identifier: MIT
// Within-range queries against a scan of every point with geodesic.h.
#include <boost/test/unit_test.hpp>

#include "engine/geodesic.hpp"
#include "engine/min_distance.hpp"
#include "engine/within.hpp"

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

BOOST_AUTO_TEST_SUITE_END()
