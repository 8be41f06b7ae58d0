// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/inscribed_circle.hpp"

#include <cmath>

using namespace rangemap;

namespace {

Polygon square(double x, double y, double side) {
    return {{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}, {}};
}

} // namespace

BOOST_AUTO_TEST_SUITE(inscribed_circle)

BOOST_AUTO_TEST_CASE(the_largest_part_holds_the_circle_at_its_middle) {
    Geometry g;
    g.polygons = {square(100, 0, 4), square(0, 0, 10)};
    const auto c = largest_inscribed_circle(g, -1000, -1000, 1000, 1000, 0.01);
    BOOST_REQUIRE(c.has_value());
    BOOST_TEST(std::abs(c->centre.lon - 5) < 0.05);
    BOOST_TEST(std::abs(c->centre.lat - 5) < 0.05);
    BOOST_TEST(std::abs(c->radius - 5) < 0.05);
    BOOST_TEST(std::abs(c->part_area - 100) < 1e-9);
}

BOOST_AUTO_TEST_CASE(only_the_part_inside_the_rectangle_counts) {
    Geometry g;
    g.polygons = {square(100, 0, 4), square(0, 0, 10)};
    // The big square cut to a 1-wide strip: the small one, whole, is now the largest part.
    const auto c = largest_inscribed_circle(g, 9, -5, 200, 50, 0.01);
    BOOST_REQUIRE(c.has_value());
    BOOST_TEST(std::abs(c->centre.lon - 102) < 0.05);
    BOOST_TEST(std::abs(c->radius - 2) < 0.05);
    BOOST_TEST(!largest_inscribed_circle(g, 20, 20, 30, 30, 0.01).has_value());
}

BOOST_AUTO_TEST_CASE(a_hole_pushes_the_circle_aside) {
    Polygon p = square(0, 0, 10);
    p.holes.push_back({{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}});
    Geometry g;
    g.polygons = {p};
    const auto c = largest_inscribed_circle(g, -1000, -1000, 1000, 1000, 0.01);
    BOOST_REQUIRE(c.has_value());
    BOOST_TEST(c->radius < 3.1);
    // The centre is in the ring between the hole and the edge, not in the hole.
    BOOST_TEST(!(c->centre.lon > 4 && c->centre.lon < 6 && c->centre.lat > 4 && c->centre.lat < 6));
}

BOOST_AUTO_TEST_SUITE_END()
