// SPDX-License-Identifier: MIT
// Douglas–Peucker on page paths, checked by brute force: every dropped vertex within the
// tolerance of the kept edge that replaces it; ends and seam changes kept.

#include "renderers/path_simplify.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <random>

using namespace rangemap::render;

namespace {

double segment_distance(PagePoint p, PagePoint a, PagePoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// A random walk of `n` vertices, a step of about 1 page unit each.
PagePath walk(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> step(0.0, 1.0);
    PagePath p;
    PagePoint at{0, 0};
    for (std::size_t i = 0; i < n; ++i) {
        p.points.push_back(at);
        p.seam.push_back(0);
        at = {at.x + 1.0 + 0.2 * step(rng), at.y + 0.6 * step(rng)};
    }
    return p;
}

bool same(PagePoint a, PagePoint b) { return a.x == b.x && a.y == b.y; }

} // namespace

BOOST_AUTO_TEST_SUITE(path_simplify)

BOOST_AUTO_TEST_CASE(no_dropped_vertex_lies_farther_than_the_tolerance) {
    for (const double tol : {0.1, 0.25, 1.0}) {
        const PagePath before = walk(5000, 7);
        PagePath after = before;
        simplify_path(after, tol);
        BOOST_TEST(after.points.size() < before.points.size());
        BOOST_TEST(after.points.size() > 2u);
        BOOST_TEST(same(after.points.front(), before.points.front()));
        BOOST_TEST(same(after.points.back(), before.points.back()));
        // Kept vertices are a subsequence of the original; each dropped one lies near the
        // kept edge spanning it.
        std::size_t k = 0;
        double worst = 0;
        for (const PagePoint p : before.points) {
            if (k < after.points.size() && same(p, after.points[k])) {
                ++k;
                continue;
            }
            BOOST_TEST_REQUIRE(k > 0u);
            worst = std::max(worst, segment_distance(p, after.points[k - 1], after.points[k]));
        }
        BOOST_TEST(k == after.points.size());
        BOOST_TEST(worst <= tol, "tolerance " << tol << ": a dropped vertex " << worst << " off");
    }
}

BOOST_AUTO_TEST_CASE(straight_runs_collapse_and_corners_stay) {
    PagePath p;
    for (int i = 0; i <= 10; ++i) p.points.push_back({double(i), 0});
    for (int i = 1; i <= 10; ++i) p.points.push_back({10, double(i)});
    p.seam.assign(p.points.size(), 0);
    simplify_path(p, 0.01);
    BOOST_TEST_REQUIRE(p.points.size() == 3u);
    BOOST_TEST(same(p.points[1], PagePoint{10, 0}));
}

BOOST_AUTO_TEST_CASE(seam_changes_are_kept_and_zero_tolerance_keeps_all) {
    PagePath p;
    for (int i = 0; i < 30; ++i) p.points.push_back({double(i), 0});
    p.seam.assign(p.points.size(), 0);
    for (int i = 11; i <= 20; ++i) p.seam[i] = 1; // edges ending at 11..20 are seams
    PagePath all = p;
    simplify_path(all, 0);
    BOOST_TEST(all.points.size() == p.points.size());
    simplify_path(p, 0.5);
    std::vector<double> xs;
    for (const PagePoint q : p.points) xs.push_back(q.x);
    BOOST_TEST(xs == (std::vector<double>{0, 10, 11, 20, 21, 29}), boost::test_tools::per_element());
    BOOST_TEST(p.seam == (std::vector<char>{0, 0, 1, 1, 0, 0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
