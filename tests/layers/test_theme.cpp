// SPDX-License-Identifier: MIT
#include "layers/scene.hpp"

#include "engine/error.hpp"

#include <array>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>

using namespace rangemap;
using namespace rangemap::layers;

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

Vec3 times(const Mat3& m, const Vec3& v) {
    Vec3 out{};
    for (std::size_t i = 0; i < 3; ++i) out[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
    return out;
}

double linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

Vec3 linear_rgb(const Rgba& c) { return {linear(c.r), linear(c.g), linear(c.b)}; }

/// Relative luminance and contrast ratio as WCAG 2 defines them.
double luminance(const Rgba& c) {
    const Vec3 l = linear_rgb(c);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
double contrast(const Rgba& a, const Rgba& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Machado, Oliveira & Fernandes (2009), severity 1, on linear sRGB.
const Mat3 k_protanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Mat3 k_deuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Mat3 k_normal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

/// CIELAB (D65) of a linear sRGB colour.
Vec3 lab(const Vec3& rgb) {
    const Mat3 to_xyz{
        {{0.4124564, 0.3575761, 0.1804375}, {0.2126729, 0.7151522, 0.0721750}, {0.0193339, 0.1191920, 0.9503041}}};
    const Vec3 xyz = times(to_xyz, rgb);
    const Vec3 white{0.95047, 1.0, 1.08883};
    Vec3 f{};
    for (std::size_t i = 0; i < 3; ++i) {
        const double t = xyz[i] / white[i];
        f[i] = t > std::pow(6.0 / 29, 3) ? std::cbrt(t) : t / (3 * std::pow(6.0 / 29, 2)) + 4.0 / 29;
    }
    return {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
}

/// CIE76 colour difference of two colours as seen through `vision`.
double difference(const Rgba& a, const Rgba& b, const Mat3& vision) {
    const auto seen = [&](const Rgba& c) {
        Vec3 v = times(vision, linear_rgb(c));
        for (auto& x : v) x = std::clamp(x, 0.0, 1.0);
        return lab(v);
    };
    const Vec3 la = seen(a), lb = seen(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

} // namespace

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

BOOST_AUTO_TEST_CASE(ring_colours_stay_apart_under_deuteranopia_and_protanopia) {
    const Theme t = default_theme();
    BOOST_TEST(t.ring_palette.size() >= 5u);
    // 20 CIELAB units: two thin lines of these colours read as different at a glance.
    const double at_least = 20;
    const std::array<std::pair<const char*, const Mat3*>, 3> visions{
        {{"normal", &k_normal}, {"deuteranopia", &k_deuteranopia}, {"protanopia", &k_protanopia}}};
    for (const auto& [name, vision] : visions) {
        for (std::size_t i = 0; i < t.ring_palette.size(); ++i) {
            for (std::size_t j = i + 1; j < t.ring_palette.size(); ++j) {
                const double d = difference(t.ring_palette[i], t.ring_palette[j], *vision);
                BOOST_TEST(d >= at_least, name << ": ring colours " << hex_text(t.ring_palette[i]) << " and "
                                               << hex_text(t.ring_palette[j]) << " differ by " << d);
            }
        }
    }
    // The simulation itself: pairs far apart for normal sight that merge for one deficiency.
    const Rgba red = Rgba::hex("#d62728"), green = Rgba::hex("#2ca02c");
    BOOST_TEST(difference(red, green, k_normal) > 100);
    BOOST_TEST(difference(red, green, k_deuteranopia) < 10);
    const Rgba blue = Rgba::hex("#0a6cad"), purple = Rgba::hex("#9b3f8f");
    BOOST_TEST(difference(blue, purple, k_normal) > 50);
    BOOST_TEST(difference(blue, purple, k_protanopia) < 12);
}

BOOST_AUTO_TEST_CASE(text_and_rings_have_contrast_on_land_and_water) {
    const Theme t = default_theme();
    // WCAG 2: 4.5:1 for text, 3:1 for graphics (and bold text of 14 pt and more, as ring labels are).
    for (const Rgba& ground : {t.land, t.sea, t.focus_land, t.paper}) {
        BOOST_TEST(contrast(t.text, ground) >= 4.5);
        BOOST_TEST(contrast(t.muted_text, ground) >= 4.5);
    }
    for (const Rgba& ground : {t.land, t.focus_land}) BOOST_TEST(contrast(t.country_text, ground) >= 4.5);
    BOOST_TEST(contrast(t.water_text, t.sea) >= 4.5);
    for (const auto& c : t.ring_palette) {
        for (const Rgba& ground : {t.land, t.sea, t.focus_land}) {
            BOOST_TEST(contrast(c, ground) >= 3.0, hex_text(c) << " on " << hex_text(ground));
        }
    }
    BOOST_TEST(contrast(Rgba::hex("#000000"), Rgba::hex("#ffffff")) == 21.0, boost::test_tools::tolerance(1e-9));
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
