// SPDX-License-Identifier: MIT
#include "layers/scene.hpp"

#include "engine/error.hpp"

#include <boost/test/unit_test.hpp>

using namespace rangemap;
using namespace rangemap::layers;

BOOST_AUTO_TEST_SUITE(theme)

BOOST_AUTO_TEST_CASE(hex_colours_parse_and_bad_ones_are_usage_errors) {
    const Rgba c = Rgba::hex("#c6361b");
    BOOST_TEST(std::abs(c.r - 198 / 255.0) < 1e-12);
    BOOST_TEST(std::abs(c.g - 54 / 255.0) < 1e-12);
    BOOST_TEST(std::abs(c.b - 27 / 255.0) < 1e-12);
    BOOST_TEST(c.a == 1.0);
    BOOST_TEST(std::abs(Rgba::hex("ffffff80").a - 128 / 255.0) < 1e-12);
    BOOST_CHECK_THROW(Rgba::hex("#fff"), usage_error);
    BOOST_CHECK_THROW(Rgba::hex("#gg0000"), usage_error);
}

BOOST_AUTO_TEST_CASE(default_theme_has_muted_base_and_strong_rings) {
    const Theme t = default_theme();
    BOOST_TEST(t.ring_palette.size() >= 3u);
    // Muted: land and sea are light; strong: every ring colour is much darker than the sea.
    const auto lum = [](const Rgba& c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; };
    BOOST_TEST(lum(t.land) > 0.85);
    BOOST_TEST(lum(t.sea) > 0.85);
    for (const auto& c : t.ring_palette) BOOST_TEST(lum(t.sea) - lum(c) > 0.35);
    BOOST_TEST(t.ring_fill_alpha < 0.1);
}

BOOST_AUTO_TEST_CASE(a_new_scene_uses_the_default_theme_and_frame) {
    const Scene s;
    BOOST_TEST(s.frame.crs == "auto");
    BOOST_TEST(!s.frame.extent.has_value());
    BOOST_TEST((s.theme.sea == default_theme().sea));
    BOOST_TEST(s.frame.graticule);
    BOOST_TEST(s.frame.legend);
}

BOOST_AUTO_TEST_SUITE_END()
