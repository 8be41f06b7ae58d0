// SPDX-License-Identifier: MIT
// Countries cut into pieces measure the same land as the uncut overlay.
#include <boost/test/unit_test.hpp>

#include "engine/area.hpp"
#include "engine/area_pieces.hpp"
#include "engine/overlay.hpp"
#include "engine/ring.hpp"

#include <cmath>
#include <iomanip>
#include <numbers>

using namespace rangemap;

namespace {

/// A wavy "country" 24 degrees wide with `n` vertices and a bay: a coast that the cuts cross
/// many times, with long edges whose geodesics leave the straight lon/lat line.
Geometry wavy_country(int n) {
    Polygon p;
    for (int i = 0; i < n; ++i) {
        const double t = 2 * std::numbers::pi * i / n;
        const double r = 1 + 0.15 * std::sin(17 * t) + 0.05 * std::sin(131 * t);
        p.outer.push_back({120 + 12 * r * std::cos(t), 32 + 8 * r * std::sin(t)});
    }
    p.outer.push_back(p.outer.front());
    return Geometry{{}, {}, {p}};
}

} // namespace

BOOST_AUTO_TEST_SUITE(area_pieces)

BOOST_AUTO_TEST_CASE(pieces_add_up_to_the_country_and_to_the_uncut_overlay) {
    const Geometry country = wavy_country(6000);
    const AreaPieces pieces(country, 256);
    BOOST_TEST(pieces.size() > 10u);
    BOOST_TEST(pieces.area_m2() == area_m2(country));

    // A ring holding the whole country: every piece is covered and they add up to the whole.
    const Geometry all = range_ring({120, 32}, Length::km(3000)).area;
    const double whole = areas_within_m2(all, {&pieces}).at(0);
    BOOST_TEST(std::abs(whole - area_m2(country)) / area_m2(country) < 1e-12, whole << " vs " << area_m2(country));

    // Rings across the coast and across cuts: the pieces' sum is the uncut overlay's area, to
    // 1e-7. (Not to rounding: the ring's edges get a vertex on their geodesic where they cross a
    // cut, which moves the planar crossings of the coast with them by a few metres — far below
    // the ring's own 2e-4 R edge tolerance.)
    for (const LonLat c : {LonLat{126, 37}, LonLat{111.3, 30.2}, LonLat{120.01, 24.5}}) {
        for (const double km : {150.0, 600.0, 1200.0}) {
            const Geometry ring = range_ring(c, Length::km(km)).area;
            const double uncut = area_m2(intersect_areas(ring, country));
            const double cut = areas_within_m2(ring, {&pieces}).at(0);
            BOOST_TEST(std::abs(cut - uncut) <= 1e-7 * uncut, km << " km from " << c.lat << "," << c.lon << ": "
                                                                 << std::setprecision(17) << cut << " vs uncut "
                                                                 << uncut);
        }
    }
    // Beyond the country: nothing, and no overlay is needed to know it.
    BOOST_TEST(areas_within_m2(range_ring({0, 0}, Length::km(500)).area, {&pieces}).at(0) == 0.0);
}

BOOST_AUTO_TEST_CASE(an_empty_country_has_no_pieces_and_no_land) {
    const AreaPieces none(Geometry{});
    BOOST_TEST(none.size() == 0u);
    BOOST_TEST(none.area_m2() == 0.0);
    BOOST_TEST(areas_within_m2(range_ring({0, 0}, Length::km(500)).area, {&none}).at(0) == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
