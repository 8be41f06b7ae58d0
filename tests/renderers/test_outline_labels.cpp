// SPDX-License-Identifier: MIT
#include "engine/angles.hpp"
#include "renderers/outline_labels.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace rangemap;
using namespace rangemap::render;

namespace {

const PagePoint k_centre{300, 300};

/// A circle on the page (y down), counter-clockwise from east, from bearing `from` to `to` degrees.
PagePath arc(double radius, double from, double to, bool closed) {
    PagePath p;
    p.closed = closed;
    for (double b = from; b <= to + 1e-9; b += 0.25) {
        p.points.push_back(
            {k_centre.x + radius * std::cos(b * k_rad_per_deg), k_centre.y - radius * std::sin(b * k_rad_per_deg)});
        p.seam.push_back(0);
    }
    return p;
}

double bearing_of(PagePoint p) { return std::atan2(k_centre.y - p.y, p.x - k_centre.x) * k_deg_per_rad; }
double radius_of(PagePoint p) { return std::hypot(p.x - k_centre.x, p.y - k_centre.y); }

/// Ten glyphs 8 units wide, 14 high.
OutlineLabelSpec spec() {
    OutlineLabelSpec s;
    for (int i = 0; i < 10; ++i) s.glyphs.push_back({8.0 * i + 4.0, 8.0});
    s.width = 80;
    s.height = 14;
    s.centre = k_centre;
    s.prefer_deg = 50;
    s.clearance = 8.5;
    s.step = 2;
    s.area = {0, 0, 600, 600};
    return s;
}

/// The tangent direction of the circle at `p` for text read left to right, degrees.
double tangent_deg(PagePoint p) {
    double a = bearing_of(p) - 90.0;
    a = std::remainder(a, 360.0);
    return std::abs(a) > 90.0 ? std::remainder(a + 180.0, 360.0) : a;
}

/// The label positions on a whole ring of `radius` around the origin, alone in its index.
std::vector<PathPlacement> lone_ring_candidates(double radius) {
    const auto own = stroked_pieces(arc(radius, 0, 360, true), 200);
    OutlineIndex index(16);
    index.add(own, 0);
    return outline_label_candidates(own, index, 0, spec());
}

} // namespace

BOOST_AUTO_TEST_SUITE(outline_labels)

BOOST_AUTO_TEST_CASE(a_lone_ring_is_labelled_upper_right_along_its_curve) {
    const auto c = lone_ring_candidates(150);
    BOOST_TEST_REQUIRE(!c.empty());
    // Gentle first (within 30° of level), then the bearing nearest 50°: 60° on a circle.
    const double b = bearing_of(c.front().centre);
    BOOST_TEST(b >= 59.5);
    BOOST_TEST(b <= 66.0);
    BOOST_TEST(std::abs(radius_of(c.front().centre) - 150) < 0.5);
    for (const auto& g : c.front().glyphs) {
        BOOST_TEST(std::abs(radius_of(g.at) - 150) < 0.5);           // each glyph on the ring
        BOOST_TEST(std::abs(g.angle_deg - tangent_deg(g.at)) < 2.0); // turned along it
    }
    for (const auto& p : c) {
        BOOST_TEST(p.angle_deg > -90.0);
        BOOST_TEST(p.angle_deg <= 90.0);
        BOOST_TEST(spec().area.contains(p.box));
        for (std::size_t k = 0; k < p.glyphs.size(); ++k) {
            BOOST_TEST(std::abs(p.glyphs[k].angle_deg) <= k_max_glyph_angle_deg);
            BOOST_TEST(p.box.contains(p.glyphs[k].at));
            if (k == 0) continue;
            // Read left to right along the text's own direction: never upside down.
            const double a = p.angle_deg * k_rad_per_deg;
            const double along = (p.glyphs[k].at.x - p.glyphs[k - 1].at.x) * std::cos(a) -
                                 (p.glyphs[k].at.y - p.glyphs[k - 1].at.y) * std::sin(a);
            BOOST_TEST(along > 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_label_keeps_off_where_a_concentric_ring_runs_nearer) {
    // Ring 1 at 150; ring 2 at 156 over bearings 20-100 only: 6 units off, less than the clearance.
    const auto inner = stroked_pieces(arc(150, 0, 360, true), 200);
    const auto outer = stroked_pieces(arc(156, 20, 100, false), 200);
    OutlineIndex index(16);
    index.add(inner, 0);
    index.add(outer, 1);
    const auto c = outline_label_candidates(inner, index, 0, spec());
    BOOST_TEST_REQUIRE(!c.empty());
    for (const auto& p : c) {
        for (const auto& g : p.glyphs) {
            const double b = bearing_of(g.at);
            BOOST_TEST(!(b >= 20 && b <= 100), "glyph at bearing " << b << " where the other ring is nearer");
        }
    }
    // The upper right is taken, so the label goes to the next gentle place past it.
    BOOST_TEST(bearing_of(c.front().centre) > 100);
    // Ring 2's label cannot straddle its ring anywhere (ring 1 runs 6 units under it all); it
    // may only rest level on its outer side, where ring 1 is farther than ring 2.
    for (const auto& p : outline_label_candidates(outer, index, 1, spec())) {
        BOOST_TEST(!p.astride);
        for (const auto& g : p.glyphs) BOOST_TEST(radius_of(g.at) > 156);
    }
}

BOOST_AUTO_TEST_CASE(text_too_long_for_its_curve_rests_level_on_it) {
    // A ring 40 across cannot carry 80 units of text without bending it more than 60°.
    const auto c = lone_ring_candidates(20);
    BOOST_TEST_REQUIRE(!c.empty());
    const PathPlacement& p = c.front();
    BOOST_TEST(p.angle_deg == 0.0);
    BOOST_TEST(std::abs(radius_of(p.centre) - 20) < 0.5);
    // It rests on the top of the ring, where the ring runs level, just outside it.
    BOOST_TEST(!p.astride);
    BOOST_TEST(std::abs(bearing_of(p.centre) - 90) <= 15);
    BOOST_TEST(p.box.y1 <= p.centre.y + 0.5);
    BOOST_TEST(p.box.y1 >= p.centre.y - 3.0);
    for (const auto& g : p.glyphs) BOOST_TEST(g.angle_deg == 0.0);
}

BOOST_AUTO_TEST_CASE(seams_split_an_outline_and_the_index_ignores_its_owner) {
    PagePath p = arc(100, 0, 90, false);
    p.seam[100] = 1; // the edge into point 100 is a cut, not drawn
    const auto pieces = stroked_pieces(p, 0);
    BOOST_TEST_REQUIRE(pieces.size() == 2u);
    BOOST_TEST(pieces[0].points().size() == 100u);
    BOOST_TEST(pieces[0].length() + pieces[1].length() < 100 * M_PI / 2);
    // A closed ring continues past its start by the wrap.
    const auto loop = stroked_pieces(arc(100, 0, 360, true), 50);
    BOOST_TEST_REQUIRE(loop.size() == 1u);
    BOOST_TEST(loop[0].length() > 2 * M_PI * 100 + 49);
    OutlineIndex index(16);
    index.add(pieces, 7);
    const PagePoint on = pieces[0].at(10);
    BOOST_TEST(index.other_within(on, 1.0, 3));
    BOOST_TEST(!index.other_within(on, 1.0, 7));
    BOOST_TEST(!index.other_within({k_centre.x, k_centre.y}, 50.0, 3));
}

BOOST_AUTO_TEST_SUITE_END()
