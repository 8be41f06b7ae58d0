// SPDX-License-Identifier: MIT
// Minimum distances and witnesses against brute-force geodesic computations.
#include <boost/test/unit_test.hpp>

#include "test_data.hpp"

#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/geodesic_segment.hpp"
#include "engine/min_distance.hpp"

#include <cmath>
#include <random>

using namespace rangemap;

namespace {

const Geodesic& g84() { return Geodesic::wgs84(); }

std::vector<LonLat> vertices(const Geometry& g) {
    std::vector<LonLat> v = g.points;
    for (const auto& p : g.polygons) {
        v.insert(v.end(), p.outer.begin(), p.outer.end());
        for (const auto& h : p.holes) v.insert(v.end(), h.begin(), h.end());
    }
    return v;
}

std::vector<std::pair<LonLat, LonLat>> edges(const Geometry& g) {
    std::vector<std::pair<LonLat, LonLat>> e;
    const auto add = [&](const LinearRing& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i) e.emplace_back(r[i], r[i + 1]);
    };
    for (const auto& p : g.polygons) {
        add(p.outer);
        for (const auto& h : p.holes) add(h);
    }
    return e;
}

/// Brute force: every vertex of `a` against points sampled every <= 5 m along every geodesic
/// edge of `b` that could matter (pruned by the triangle inequality), with geodesic.h only.
double brute_force_one_way(const Geometry& a, const Geometry& b, double bound) {
    const auto va = vertices(a);
    double best = bound;
    for (const auto& [p, q] : edges(b)) {
        const Inverse e = g84().inverse(p, q);
        for (const auto& v : va) {
            const double dp = g84().distance(v, p);
            if (dp - e.distance_m > best) continue; // no point of this edge can beat best
            const int n = std::max(1, static_cast<int>(std::ceil(e.distance_m / 5.0)));
            for (int i = 0; i <= n; ++i) {
                const LonLat s = g84().direct(p, e.azi1_deg, e.distance_m * i / n).point;
                best = std::min(best, g84().distance(v, s));
            }
        }
    }
    return best;
}

double brute_force(const Geometry& a, const Geometry& b) {
    // A vertex-vertex minimum bounds the answer from above and prunes the sampling.
    double vv = INFINITY;
    for (const auto& p : vertices(a))
        for (const auto& q : vertices(b)) vv = std::min(vv, g84().distance(p, q));
    return std::min(brute_force_one_way(a, b, vv), brute_force_one_way(b, a, vv));
}

/// Keeps the parts of `g` whose bounding box lies within `deg` degrees of `box`.
Geometry near_parts(const Geometry& g, const BBox& box, double deg) {
    Geometry out;
    for (const auto& p : g.polygons) {
        const BBox b = bbox_of(Geometry{{}, {}, {p}});
        if (b.min_lon < box.max_lon + deg && b.max_lon > box.min_lon - deg && b.min_lat < box.max_lat + deg &&
            b.max_lat > box.min_lat - deg)
            out.polygons.push_back(p);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(min_distance_suite)

BOOST_AUTO_TEST_CASE(point_to_segment_matches_dense_sampling) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> lon(-180, 180), lat(-80, 80), off(-30, 30);
    for (int k = 0; k < 40; ++k) {
        const LonLat a{lon(rng), lat(rng)};
        const LonLat b{a.lon + off(rng), std::clamp(a.lat + off(rng), -85.0, 85.0)};
        const LonLat p{a.lon + off(rng), std::clamp(a.lat + off(rng), -85.0, 85.0)};
        const SegmentPoint got = nearest_on_segment(p, a, b);
        const Inverse e = g84().inverse(a, b);
        double best = INFINITY;
        const int n = 20000;
        for (int i = 0; i <= n; ++i) {
            best = std::min(best, g84().distance(p, g84().direct(a, e.azi1_deg, e.distance_m * i / n).point));
        }
        // Sampling every <= 200 m can overshoot the true minimum by a few metres at most.
        BOOST_TEST(got.distance_m <= best + 1e-3);
        BOOST_TEST(got.distance_m >= best - 5.0);
        BOOST_TEST(std::abs(g84().distance(p, got.point) - got.distance_m) < 1e-3);
    }
}

BOOST_AUTO_TEST_CASE(taiwan_to_japan_on_the_default_data) {
    const auto f = test::read_named_polygons(test::geodesic_data("taiwan_japan.geojson"));
    const Geometry& taiwan = f.at("Taiwan");
    const Geometry& japan = f.at("Japan");
    const MinDistance d = min_distance(taiwan, japan);
    BOOST_TEST_MESSAGE("Taiwan-Japan " << d.distance_m << " m, from " << d.from.lat << "," << d.from.lon << " to "
                                       << d.to.lat << "," << d.to.lon);
    BOOST_TEST(std::abs(d.distance_m - 108'400) <= 50); // README: 108.4 km, to 0.1 km
    BOOST_TEST(std::abs(d.to.lat - 24.45) < 0.1);       // Yonaguni
    BOOST_TEST(std::abs(d.to.lon - 122.95) < 0.15);
    BOOST_TEST(std::abs(g84().distance(d.from, d.to) - d.distance_m) < 1e-3);
    // Brute force over the parts of Japan that could be nearest (within 4 degrees of Taiwan).
    const Geometry near_japan = near_parts(japan, bbox_of(taiwan), 4.0);
    BOOST_REQUIRE(!near_japan.polygons.empty());
    const double bf = brute_force(taiwan, near_japan);
    BOOST_TEST(std::abs(d.distance_m - bf) < 1.0);
    BOOST_TEST(d.distance_m <= bf + 1e-3);
}

BOOST_AUTO_TEST_CASE(points_to_polygons_match_brute_force) {
    const auto f = test::read_named_polygons(test::geodesic_data("taiwan_japan.geojson"));
    const Geometry near_japan = near_parts(f.at("Japan"), BBox{122, 23, 126, 27}, 0.5);
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> lon(120, 128), lat(21, 28);
    for (int k = 0; k < 6; ++k) {
        const Geometry p{{LonLat{lon(rng), lat(rng)}}, {}, {}};
        const MinDistance d = min_distance(p, near_japan);
        if (d.distance_m == 0) continue;
        const double bf = brute_force_one_way(p, near_japan, INFINITY);
        BOOST_TEST(std::abs(d.distance_m - bf) < 1.0);
        BOOST_TEST((d.from == p.points.front()));
    }
}

BOOST_AUTO_TEST_CASE(overlap_is_zero_with_a_witness_inside) {
    const Geometry sq{{}, {}, {Polygon{{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}, {}}}};
    const Geometry sq2{{}, {}, {Polygon{{{1, 1}, {3, 1}, {3, 3}, {1, 3}, {1, 1}}, {}}}};
    const MinDistance d = min_distance(sq, sq2);
    BOOST_TEST(d.distance_m == 0.0);
    BOOST_TEST(d.from.lon >= 1.0);
    BOOST_TEST(d.from.lon <= 2.0);
    BOOST_TEST(d.from.lat >= 1.0);
    BOOST_TEST(d.from.lat <= 2.0);
    const MinDistance inside = min_distance(Geometry{{{0.5, 0.5}}, {}, {}}, sq);
    BOOST_TEST(inside.distance_m == 0.0);
    BOOST_CHECK_THROW(min_distance(Geometry{}, sq), usage_error);
}

BOOST_AUTO_TEST_CASE(across_the_antimeridian) {
    // Two squares either side of ±180: 0.2 degrees of longitude apart at the equator.
    const Geometry w{{}, {}, {Polygon{{{179.0, -1}, {179.9, -1}, {179.9, 1}, {179.0, 1}, {179.0, -1}}, {}}}};
    const Geometry e{{}, {}, {Polygon{{{-179.9, -1}, {-179.0, -1}, {-179.0, 1}, {-179.9, 1}, {-179.9, -1}}, {}}}};
    const MinDistance d = min_distance(w, e);
    // Meridians converge, so the nearest points are the northern (or southern) corners.
    const double expect = g84().distance({179.9, 1}, {-179.9, 1});
    BOOST_TEST(std::abs(d.distance_m - expect) < 1.0);
}

BOOST_AUTO_TEST_SUITE_END()
