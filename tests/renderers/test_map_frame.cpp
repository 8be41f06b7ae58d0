// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include "renderers/map_frame.hpp"

#include "engine/error.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace rangemap;
using namespace rangemap::render;

BOOST_AUTO_TEST_SUITE(map_frame)

BOOST_AUTO_TEST_CASE(auto_crs_picks_conic_polar_and_pacific_projections) {
    BOOST_TEST(auto_crs({115, 18, 150, 42}).find("+proj=lcc") != std::string::npos);
    BOOST_TEST(auto_crs({115, 18, 150, 42}).find("+lon_0=132.5") != std::string::npos);
    BOOST_TEST(auto_crs({-180, 60, 180, 90}).find("+proj=stere +lat_0=90") != std::string::npos);
    BOOST_TEST(auto_crs({-180, -90, 180, -65}).find("+proj=stere +lat_0=-90") != std::string::npos);
    // Pacific-wide, across the antimeridian: centred on 170°W, not on Greenwich.
    const std::string pacific = auto_crs({120, -30, 260, 50});
    BOOST_TEST(pacific.find("+lon_0=-170") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(auto_crs_draws_every_extent_it_is_given) {
    // The world, hemispheres, polar caps, bands across the antimeridian, tall and small regions:
    // the automatic projection never refuses its own extent.
    const BBox named[] = {{-180, -90, 180, 90},       {-180, -85, 180, 85}, {-180, 0, 180, 90},  {-180, -90, 180, 0},
                          {-180, -90, 0, 90},         {0, -90, 180, 90},    {-180, 60, 180, 90}, {-180, -90, 180, -60},
                          {100, -60, 300, 60},        {160, 60, 200, 72},   {120, -89, 130, 89}, {-20, -85, 20, 85},
                          {127, 26, 127.001, 26.001}, {170, -20, 190, -10}, {-180, -10, 180, 89}};
    for (const BBox& e : named) {
        auto sc = test::bare_scene(e, 400, 300);
        BOOST_CHECK_NO_THROW(MapFrame frame(sc));
    }
    // And a grid of extents over the whole range: every latitude band, every width.
    const double lats[] = {-90, -85, -80, -60, -45, -30, -10, 0, 10, 30, 45, 60, 80, 85, 90};
    int tried = 0;
    for (double lo : lats) {
        for (double hi : lats) {
            if (hi <= lo) continue;
            for (double width : {1.0, 40.0, 100.0, 160.0, 250.0, 360.0}) {
                for (double west : {-180.0, 150.0}) {
                    auto sc = test::bare_scene({west, lo, west + width, hi}, 400, 300);
                    ++tried;
                    try {
                        MapFrame frame(sc);
                    } catch (const std::exception& ex) {
                        BOOST_ERROR(west << "," << lo << "," << west + width << "," << hi << ": " << ex.what());
                    }
                }
            }
        }
    }
    BOOST_TEST(tried > 1000);
    BOOST_TEST(auto_crs({-180, -85, 180, 85}).find("+proj=eqearth") != std::string::npos);
    BOOST_TEST(auto_crs({-180, 0, 180, 90}).find("+proj=laea +lat_0=90") != std::string::npos);
    BOOST_TEST(auto_crs({-180, -10, 180, 89}).find("+proj=eqearth") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_extents_pages_and_crs_are_usage_errors) {
    auto s = test::bare_scene({115, 18, 150, 42});
    const auto frame_of = [](layers::Scene sc) { return MapFrame(sc); };
    auto bad = s;
    bad.frame.extent = BBox{150, 18, 115, 42};
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad.frame.extent = BBox{115, 42, 150, 18};
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad.frame.extent = BBox{115, -95, 150, 42};
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad.frame.extent = BBox{-200, 0, 10, 10};
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad = s;
    bad.frame.width = 0;
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad.frame.width = 100000;
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    bad = s;
    bad.frame.crs = "EPSG:999999";
    BOOST_CHECK_THROW(frame_of(bad), usage_error);
    // An orthographic view of the Atlantic cannot show East Asia.
    bad.frame.crs = "+proj=ortho +lat_0=0 +lon_0=-30 +datum=WGS84";
    try {
        frame_of(bad);
        BOOST_FAIL("expected a usage_error");
    } catch (const usage_error& e) {
        BOOST_TEST(std::string(e.what()).find("cannot show the extent") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(page_positions_are_proj_projections_shown_whole_and_centred) {
    // Expected positions from PROJ directly and the page mapping written out (test::ProjPage),
    // for the auto conic, a polar map, a Pacific map across the antimeridian and a user CRS.
    const struct {
        BBox extent;
        const char* crs;
    } cases[] = {{{115, 18, 150, 42}, "auto"},
                 {{-180, 60, 180, 90}, "auto"},
                 {{160, -5, 200, 25}, "auto"},
                 {{115, 18, 150, 42}, "EPSG:3857"}};
    for (const auto& c : cases) {
        auto s = test::bare_scene(c.extent, 1500, 1000);
        s.frame.crs = c.crs;
        const MapFrame f(s);
        const test::ProjPage truth(f.crs(), f.extent(), f.map_box());
        const Box map = f.map_box();
        BOOST_TEST_CONTEXT(f.crs()) {
            BOOST_TEST(std::abs(f.page_per_metre() - truth.scale()) <= 1e-9 * truth.scale());
            double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
            for (int i = 0; i <= 20; ++i) {
                for (int j = 0; j <= 20; ++j) {
                    const LonLat p{c.extent.min_lon + (c.extent.max_lon - c.extent.min_lon) * i / 20,
                                   c.extent.min_lat + (c.extent.max_lat - c.extent.min_lat) * j / 20};
                    const PagePoint want = truth.page(p), got = f.to_page(p).value();
                    BOOST_TEST(std::abs(got.x - want.x) < 1e-3);
                    BOOST_TEST(std::abs(got.y - want.y) < 1e-3);
                    x0 = std::min(x0, want.x);
                    x1 = std::max(x1, want.x);
                    y0 = std::min(y0, want.y);
                    y1 = std::max(y1, want.y);
                }
            }
            // Whole: inside the map box; centred: equal margins; filled: touching one pair of sides.
            BOOST_TEST((x0 >= map.x0 - 1e-6 && x1 <= map.x1 + 1e-6 && y0 >= map.y0 - 1e-6 && y1 <= map.y1 + 1e-6));
            BOOST_TEST(std::abs((x0 - map.x0) - (map.x1 - x1)) < 1e-3);
            BOOST_TEST(std::abs((y0 - map.y0) - (map.y1 - y1)) < 1e-3);
            BOOST_TEST((std::abs(x0 - map.x0) < 0.5 || std::abs(y0 - map.y0) < 0.5));
            // Page -> lon/lat against PROJ's inverse, at the centre and a corner of the map box.
            for (const PagePoint q :
                 {PagePoint{(map.x0 + map.x1) / 2, (map.y0 + map.y1) / 2}, PagePoint{map.x0 + 10, map.y0 + 10}}) {
                const LonLat want = truth.lonlat(q), got = f.to_lonlat(q).value();
                BOOST_TEST(std::abs(std::remainder(got.lon - want.lon, 360.0)) < 1e-9);
                BOOST_TEST(std::abs(got.lat - want.lat) < 1e-9);
            }
        }
    }
    // The clip box covers what the page shows, with a margin.
    const MapFrame f(test::bare_scene({115, 18, 150, 42}, 1500, 1000));
    BOOST_TEST(f.clip_box().min_lon < 115);
    BOOST_TEST(f.clip_box().max_lon > 150);
}

BOOST_AUTO_TEST_CASE(scale_is_true_at_the_centre_for_a_conformal_map) {
    const auto s = test::bare_scene({115, 18, 150, 42}, 1500, 1000);
    const MapFrame f(s);
    const test::ProjPage truth(f.crs(), f.extent(), f.map_box());
    // The reported ground metres per page unit at the centre, against 1° of the parallel at
    // 30°N on the page (PROJ) and on the ground: GeodSolve -i 30 132 30 133 -> 96486.0 m
    // (geographiclib-tools); chord and geodesic differ by far less than the 0.1% allowed.
    const PagePoint a = truth.page({132.0, 30}), b = truth.page({133.0, 30});
    const double want = 96486.0 / std::hypot(b.x - a.x, b.y - a.y);
    BOOST_TEST(std::abs(f.metres_per_page_unit_at({132.5, 30}).value() - want) < 1e-3 * want);
}

BOOST_AUTO_TEST_SUITE_END()
