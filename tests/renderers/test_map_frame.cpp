// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include "renderers/map_frame.hpp"

#include "engine/error.hpp"

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

BOOST_AUTO_TEST_CASE(extent_is_shown_whole_and_centred) {
    const auto s = test::bare_scene({115, 18, 150, 42}, 1500, 1000);
    const MapFrame f(s);
    const Box map = f.map_box();
    for (double lon = 115; lon <= 150; lon += 5) {
        for (double lat : {18.0, 42.0}) {
            const PagePoint p = f.to_page({lon, lat}).value();
            BOOST_TEST(map.contains(p));
        }
    }
    // Round trip page -> lon/lat -> page.
    const PagePoint c{(map.x0 + map.x1) / 2, (map.y0 + map.y1) / 2};
    const PagePoint back = f.to_page(f.to_lonlat(c).value()).value();
    BOOST_TEST(std::abs(back.x - c.x) < 1e-6);
    BOOST_TEST(std::abs(back.y - c.y) < 1e-6);
    // The clip box covers what the page shows, with a margin.
    BOOST_TEST(f.clip_box().min_lon < 115);
    BOOST_TEST(f.clip_box().max_lon > 150);
}

BOOST_AUTO_TEST_CASE(scale_is_true_at_the_centre_for_a_conformal_map) {
    const auto s = test::bare_scene({115, 18, 150, 42}, 1500, 1000);
    const MapFrame f(s);
    // 100 km east-west at the centre, measured on the page against the reported scale.
    const LonLat c{132.5, 30};
    const double m_per_unit = f.metres_per_page_unit_at(c).value();
    const PagePoint a = f.to_page({132.0, 30}).value(), b = f.to_page({133.0, 30}).value();
    // GeodSolve -i 30 132 30 133 -> 96486.0 m (geographiclib-tools); the chord differs from the
    // geodesic by far less than the 0.1% tolerance at this length.
    const double page_len = std::hypot(b.x - a.x, b.y - a.y);
    BOOST_TEST(std::abs(page_len * m_per_unit - 96486.0) < 100.0);
}

BOOST_AUTO_TEST_SUITE_END()
