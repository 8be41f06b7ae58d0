// SPDX-License-Identifier: MIT
// GEOS handles: parts stay owned until GEOS adopts them, GEOS's errors become exceptions.
// Run under the sanitizer preset, a leak or a double free here fails the test run.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/geos_context.hpp"

#include <stdexcept>
#include <string>

using namespace rangemap;

BOOST_AUTO_TEST_SUITE(geos_ownership)

namespace {

Geometry two_squares_and_a_line() {
    Geometry g;
    g.polygons.push_back(
        Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, {{{0.2, 0.2}, {0.2, 0.4}, {0.4, 0.4}, {0.2, 0.2}}}});
    g.polygons.push_back(Polygon{{{2, 0}, {3, 0}, {3, 1}, {2, 1}, {2, 0}}, {}});
    g.lines.push_back({{5, 5}, {6, 6}});
    g.points.push_back({7, 7});
    return g;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_throw_while_building_frees_every_part) {
    const GeosContext ctx;
    const Geometry g = two_squares_and_a_line();
    // Fail at each vertex in turn: whatever was built so far must be freed (LSan checks).
    for (int fail_at = 0; fail_at < 17; ++fail_at) { // 17 vertices: 1 + 2 + (5 + 4) + 5
        int n = 0;
        const PlaneMap map = [&](LonLat p) {
            if (n++ == fail_at) throw std::runtime_error("map failed");
            return p;
        };
        BOOST_CHECK_THROW(static_cast<void>(to_geos(ctx, g, map)), std::runtime_error);
    }
    const GeosGeom ok = to_geos(ctx, g);
    BOOST_TEST(GEOSGetNumGeometries_r(ctx.handle(), ok.get()) == 4);
    const Geometry back = from_geos(ctx, ok.get());
    BOOST_TEST(back.polygons.size() == 2u);
    BOOST_TEST(back.polygons[0].holes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_refused_polygon_is_an_error_with_the_geos_message) {
    const GeosContext ctx;
    const auto h = ctx.handle();
    // A point is no shell: GEOS refuses, reports through the handler, and frees the point itself.
    GeosGeom point = own(ctx, GEOSGeom_createPointFromXY_r(h, 1, 2), "point");
    GEOSGeometry* made = GEOSGeom_createPolygon_r(h, point.release(), nullptr, 0);
    BOOST_TEST(made == nullptr);
    BOOST_TEST(ctx.last_error().find("LinearRing") != std::string::npos);
    try {
        static_cast<void>(own(ctx, made, "test polygon"));
        BOOST_FAIL("no error");
    } catch (const data_error& e) {
        BOOST_TEST(std::string(e.what()).find("test polygon: ") == 0u);
    }
}

BOOST_AUTO_TEST_CASE(a_collection_takes_its_parts) {
    const GeosContext ctx;
    std::vector<GeosGeom> parts;
    for (int i = 0; i < 3; ++i) parts.push_back(own(ctx, GEOSGeom_createPointFromXY_r(ctx.handle(), i, i), "point"));
    const GeosGeom c = make_collection(ctx, GEOS_MULTIPOINT, std::move(parts), "points");
    BOOST_TEST(GEOSGetNumGeometries_r(ctx.handle(), c.get()) == 3);
    BOOST_TEST(parts.empty()); // NOLINT(bugprone-use-after-move): the holders were emptied on purpose
}

BOOST_AUTO_TEST_SUITE_END()
