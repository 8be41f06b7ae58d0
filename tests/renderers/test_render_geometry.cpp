// SPDX-License-Identifier: MIT
// Drawn pixels against the projection: markers and rings where PROJ, called here directly,
// puts them on the page (test::ProjPage), rings at the geodesic radius (PROJ's geod_direct) in
// every direction, including across the antimeridian and around a pole. MapFrame::to_page is
// itself checked against the same truth.

#include "test_support.hpp"

#include "renderers/cairo_renderer.hpp"
#include "renderers/map_frame.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <geodesic.h>

using namespace rangemap;
using namespace rangemap::render;

namespace {

bool is_red(const Raster::Pixel& p) { return p.r > 200 && p.g < 80 && p.b < 80; }
bool is_blue(const Raster::Pixel& p) { return p.b > 150 && p.r < 90 && p.g < 90; }

/// Centroid of the red pixels within `radius` of `near`.
PagePoint red_centroid(const Raster& r, PagePoint near, int radius) {
    double sx = 0, sy = 0, n = 0;
    for (int y = static_cast<int>(near.y) - radius; y <= static_cast<int>(near.y) + radius; ++y) {
        for (int x = static_cast<int>(near.x) - radius; x <= static_cast<int>(near.x) + radius; ++x) {
            if (x < 0 || y < 0 || x >= r.width || y >= r.height) continue;
            if (is_red(r.at(x, y))) {
                sx += x + 0.5;
                sy += y + 0.5;
                n += 1;
            }
        }
    }
    return n > 0 ? PagePoint{sx / n, sy / n} : PagePoint{-1e9, -1e9};
}

/// The point `s` metres from `p` at azimuth `azi` degrees on WGS84 (PROJ geod_direct).
LonLat direct(LonLat p, double azi, double s) {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double lat = 0, lon = 0, azi2 = 0;
    geod_direct(&g, p.lat, p.lon, azi, s, &lat, &lon, &azi2);
    return {lon, lat};
}

/// The frame's own mapping agrees with PROJ's to a thousandth of a pixel.
void check_frame(const MapFrame& f, const test::ProjPage& truth, LonLat p) {
    const PagePoint a = f.to_page(p).value(), b = truth.page(p);
    BOOST_TEST_CONTEXT("frame at " << p.lat << "," << p.lon) {
        BOOST_TEST(std::abs(a.x - b.x) < 1e-3);
        BOOST_TEST(std::abs(a.y - b.y) < 1e-3);
    }
}

/// Checks that the ring around `centre` is drawn at the projected geodesic radius at 12 azimuths.
void check_ring(BBox extent, LonLat centre, double radius_km, const std::string& crs = "auto") {
    auto s = test::bare_scene(extent, 900, 700);
    s.frame.crs = crs;
    s.layers.push_back(test::ring_layer(centre, radius_km, "#0000ff", 3.0));
    const MapFrame f(s);
    const test::ProjPage truth(f.crs(), f.extent(), f.map_box());
    const Raster img = decode_png(render_to_bytes(s, Format::png));
    int checked = 0;
    for (int az = 0; az < 360; az += 30) {
        const LonLat on_ring = direct(centre, az, radius_km * 1000.0);
        const PagePoint want = truth.page(on_ring);
        check_frame(f, truth, on_ring);
        if (!f.map_box().grown(-5).contains(want)) continue;
        // Along the projected direction of the azimuth, at the expected point: search across
        // the line for the stroke's centre.
        const LonLat inner = direct(centre, az, radius_km * 1000.0 - 20000.0);
        const PagePoint pin = truth.page(inner);
        const double len = std::hypot(want.x - pin.x, want.y - pin.y);
        const double dx = (want.x - pin.x) / len, dy = (want.y - pin.y) / len;
        double sum = 0, n = 0;
        for (double t = -6; t <= 6; t += 0.25) {
            const int x = static_cast<int>(std::floor(want.x + dx * t));
            const int y = static_cast<int>(std::floor(want.y + dy * t));
            if (is_blue(img.at(x, y))) {
                sum += t;
                n += 1;
            }
        }
        BOOST_TEST_CONTEXT("azimuth " << az << " at page " << want.x << "," << want.y) {
            BOOST_TEST_REQUIRE(n > 0);
            BOOST_TEST(std::abs(sum / n) < 1.0); // the stroke is centred within a pixel of the truth
        }
        ++checked;
    }
    BOOST_TEST(checked >= 6);
}

} // namespace

BOOST_AUTO_TEST_SUITE(render_geometry)

BOOST_AUTO_TEST_CASE(markers_are_drawn_where_proj_projects_them) {
    auto s = test::bare_scene({115, 18, 150, 42}, 1200, 800);
    const std::vector<LonLat> places = {
        {127.7675, 26.3556}, {139.3486, 35.7486}, {122.9489, 24.4469}, {141.3681, 40.7033}, {118.0, 20.0}};
    s.layers.push_back(test::point_layer(places, "#ff0000", 8));
    const MapFrame f(s);
    const test::ProjPage truth(f.crs(), f.extent(), f.map_box());
    const Raster img = decode_png(render_to_bytes(s, Format::png));
    BOOST_TEST(img.width == 1200);
    for (const auto& p : places) {
        const PagePoint want = truth.page(p);
        check_frame(f, truth, p);
        const PagePoint got = red_centroid(img, want, 12);
        BOOST_TEST_CONTEXT(p.lat << "," << p.lon) {
            BOOST_TEST(std::abs(got.x - want.x) < 0.5);
            BOOST_TEST(std::abs(got.y - want.y) < 0.5);
        }
    }
}

BOOST_AUTO_TEST_CASE(hidpi_scale_multiplies_pixel_positions) {
    auto s = test::bare_scene({115, 18, 150, 42}, 600, 400);
    s.frame.scale = 2.0;
    s.layers.push_back(test::point_layer({{127.7675, 26.3556}}, "#ff0000", 8));
    const MapFrame f(s);
    const test::ProjPage truth(f.crs(), f.extent(), f.map_box());
    const Raster img = decode_png(render_to_bytes(s, Format::png));
    BOOST_TEST(img.width == 1200);
    BOOST_TEST(img.height == 800);
    const PagePoint want = truth.page({127.7675, 26.3556});
    const PagePoint got = red_centroid(img, {want.x * 2, want.y * 2}, 20);
    BOOST_TEST(std::abs(got.x - want.x * 2) < 0.5);
    BOOST_TEST(std::abs(got.y - want.y * 2) < 0.5);
}

BOOST_AUTO_TEST_CASE(ring_radius_matches_the_projection_at_mid_latitude) {
    check_ring({115, 18, 150, 42}, {127.7675, 26.3556}, 1000);
}

BOOST_AUTO_TEST_CASE(ring_across_the_antimeridian_is_whole) {
    // Centred on 179.5°E: half the ring lies west of 180°, half east.
    check_ring({160, -5, 200, 25}, {179.5, 10}, 1000);
}

BOOST_AUTO_TEST_CASE(ring_around_the_pole_is_round) {
    // Contains the North Pole on a polar stereographic map.
    check_ring({-180, 60, 180, 90}, {30, 85}, 1200);
}

BOOST_AUTO_TEST_CASE(ring_in_a_user_crs) { check_ring({115, 18, 150, 42}, {129.7148, 33.1645}, 1000, "EPSG:3857"); }

BOOST_AUTO_TEST_SUITE_END()
