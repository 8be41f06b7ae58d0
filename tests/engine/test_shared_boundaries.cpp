// SPDX-License-Identifier: MIT
// The borders between neighbouring shapes: what two shapes share, given once, joined into
// runs, and nothing a shape shares only with itself. Checked against the edges counted by
// brute force on hand-made squares.
#include <boost/test/unit_test.hpp>

#include "engine/shared_boundaries.hpp"

#include <algorithm>

using namespace rangemap;

namespace {

/// A closed square ring of side `s` with its lower-left corner at (x, y), counter-clockwise,
/// with `steps` vertices along each side.
LinearRing square(double x, double y, double s, int steps = 1) {
    LinearRing r;
    const LonLat corners[] = {{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}};
    for (int c = 0; c < 4; ++c) {
        const LonLat a = corners[c], b = corners[(c + 1) % 4];
        for (int k = 0; k < steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            r.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
    }
    r.push_back(r.front());
    return r;
}

Geometry shape(std::vector<LinearRing> rings) {
    Geometry g;
    for (auto& r : rings) g.polygons.push_back(Polygon{std::move(r), {}});
    return g;
}

std::size_t edges(const std::vector<LineString>& lines) {
    std::size_t n = 0;
    for (const auto& l : lines) n += l.size() - 1;
    return n;
}

} // namespace

BOOST_AUTO_TEST_SUITE(shared_boundaries_suite)

BOOST_AUTO_TEST_CASE(neighbours_share_their_common_side_once) {
    // Two unit squares side by side, four vertices along each side: the common side x = 1
    // runs the other way in the right square.
    const Geometry shapes[] = {shape({square(0, 0, 1, 4)}), shape({square(1, 0, 1, 4)})};
    const auto lines = shared_boundaries(shapes);
    BOOST_REQUIRE_EQUAL(lines.size(), 1u);
    BOOST_CHECK_EQUAL(edges(lines), 4u);
    for (const LonLat p : lines[0]) BOOST_CHECK_EQUAL(p.lon, 1.0);
    const auto [lo, hi] =
        std::minmax_element(lines[0].begin(), lines[0].end(), [](LonLat a, LonLat b) { return a.lat < b.lat; });
    BOOST_CHECK_EQUAL(lo->lat, 0.0);
    BOOST_CHECK_EQUAL(hi->lat, 1.0);
}

BOOST_AUTO_TEST_CASE(a_run_across_the_ring_start_is_one_line) {
    // An L-shaped neighbour along the square's first side, (0, 0)-(1, 0), and its last,
    // (0, 1)-(0, 0): one run, across the ring's start.
    LinearRing ell = {{-1, -1}, {1, -1}, {1, 0}, {0, 0}, {0, 1}, {-1, 1}, {-1, -1}};
    const Geometry shapes[] = {shape({square(0, 0, 1)}), shape({ell})};
    const auto lines = shared_boundaries(shapes);
    BOOST_REQUIRE_EQUAL(lines.size(), 1u);
    BOOST_CHECK_EQUAL(edges(lines), 2u);
    BOOST_CHECK(lines[0].front() == (LonLat{0, 1}));
    BOOST_CHECK(lines[0].back() == (LonLat{1, 0}));
}

BOOST_AUTO_TEST_CASE(an_enclave_is_a_closed_line) {
    // A country inside a hole of another: the whole hole is the border.
    Geometry outer;
    outer.polygons.push_back(Polygon{square(0, 0, 3), {square(1, 1, 1)}});
    const Geometry shapes[] = {outer, shape({square(1, 1, 1)})};
    const auto lines = shared_boundaries(shapes);
    BOOST_REQUIRE_EQUAL(lines.size(), 1u);
    BOOST_CHECK_EQUAL(edges(lines), 4u);
    BOOST_CHECK(lines[0].front() == lines[0].back());
}

BOOST_AUTO_TEST_CASE(a_coast_and_a_shape_touching_itself_are_not_borders) {
    // Two parts of one shape side by side, and a shape apart: nothing is shared.
    const Geometry shapes[] = {shape({square(0, 0, 1), square(1, 0, 1)}), shape({square(5, 5, 1)})};
    BOOST_CHECK(shared_boundaries(shapes).empty());
    BOOST_CHECK(shared_boundaries({}).empty());
}

BOOST_AUTO_TEST_CASE(every_shared_edge_of_a_grid_once) {
    // A 5x5 grid of unit squares, four edges a side (quarters: exact in binary, so that
    // neighbours share their vertices): the interior sides, 2 * 5 * 4, of 4 edges each.
    std::vector<Geometry> shapes;
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 5; ++j) shapes.push_back(shape({square(i, j, 1, 4)}));
    }
    const auto lines = shared_boundaries(shapes);
    BOOST_CHECK_EQUAL(edges(lines), 2u * 5u * 4u * 4u);
    for (const auto& l : lines) {
        for (const LonLat p : l) {
            BOOST_CHECK(p.lon >= 0 && p.lon <= 5 && p.lat >= 0 && p.lat <= 5);
        }
        // Not along the rim: some vertex of each line lies strictly inside the grid.
        BOOST_CHECK(
            std::any_of(l.begin(), l.end(), [](LonLat p) { return p.lon > 0 && p.lon < 5 && p.lat > 0 && p.lat < 5; }));
    }
}

BOOST_AUTO_TEST_SUITE_END()
