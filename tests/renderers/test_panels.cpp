// SPDX-License-Identifier: MIT
// Small-multiples figures: panels built one at a time, in order; shared layers drawn once and
// shown in every panel as if each held them; the same bytes from the same panels.

#include "test_support.hpp"

#include "renderers/cairo_renderer.hpp"

#include "engine/error.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <filesystem>

using namespace rangemap;
using namespace rangemap::render;

namespace {

/// An island of many vertices, as a base map's land.
layers::Layer land_layer() {
    std::vector<LonLat> ring;
    // A rugged coast (a zigzag of about a pixel each way), which no simplification thins.
    for (int i = 0; i < 2000; ++i) {
        const double a = 2 * M_PI * i / 2000, r = 3 + 0.3 * std::sin(17 * a) + (i % 2 ? 0.03 : -0.03);
        ring.push_back({127 + r * std::cos(a), 26 + 0.8 * r * std::sin(a)});
    }
    ring.push_back(ring.front());
    layers::Layer land{"land", layers::Role::land, {}, {}, "", false, 0, ""};
    land.features.push_back(Feature{"island", "land", {}, Geometry{{}, {}, {Polygon{ring, {}}}}});
    land.style.fill = layers::Rgba::hex("#2f7d4f");
    land.style.stroke = layers::Rgba::hex("#1b1b1b");
    land.style.stroke_width = 1.5;
    return land;
}

/// Where a figure's panels get the land from.
enum class Land { none, own, shared };

/// Panel `i`: a ring growing with `i`, and the land among its own layers when `with_land`.
/// `moving`: every panel shows another extent.
layers::Scene panel(int i, bool with_land, bool moving = false) {
    layers::Scene s = test::bare_scene(moving ? BBox{118.0 + i, 18, 136.0 + i, 34} : BBox{118, 18, 136, 34});
    s.title = std::to_string(100 * (i + 1)) + " km";
    if (with_land) s.layers.push_back(land_layer());
    s.layers.push_back(test::ring_layer({127.7675, 26.3556}, 100.0 * (i + 1), "#c6361b", 2.0));
    return s;
}

const PanelGrid k_grid{5, 3, 640, 460};

std::string figure(Format format, Land land, bool moving = false) {
    const std::vector<layers::Layer> shared{land_layer()};
    return render_panels_to_bytes(
        k_grid, [&](int i) { return panel(i, land == Land::own, moving); }, "Reach", format,
        land == Land::shared ? std::span<const layers::Layer>(shared) : std::span<const layers::Layer>());
}

int run(const std::string& command) { return std::system(command.c_str()); }

} // namespace

BOOST_AUTO_TEST_SUITE(small_multiples)

BOOST_AUTO_TEST_CASE(each_panel_is_built_once_in_order) {
    std::vector<int> built;
    (void)render_panels_to_bytes(
        k_grid,
        [&](int i) {
            built.push_back(i);
            return panel(i, true);
        },
        "Reach", Format::png);
    BOOST_TEST(built == (std::vector<int>{0, 1, 2, 3, 4}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_grid_sets_the_page) {
    const Raster r = decode_png(figure(Format::png, Land::shared));
    const PanelsPage page = panels_page(k_grid, true);
    // Three columns, two rows, and a title band of 8% of a panel's width.
    BOOST_TEST(page.width == 1920);
    BOOST_TEST(page.height == 2 * 460 + 640 * 0.08);
    BOOST_TEST(r.width == 1920);
    BOOST_TEST(r.height == std::lround(page.height));
}

BOOST_AUTO_TEST_CASE(shared_layers_look_as_if_every_panel_held_them) {
    // The title band puts the panels off the pixel grid (51.2): a picture drawn once must still
    // meet the pixels as the panel's own drawing would.
    for (const bool moving : {false, true}) {
        const Raster own = decode_png(figure(Format::png, Land::own, moving));
        const Raster shared = decode_png(figure(Format::png, Land::shared, moving));
        BOOST_TEST_REQUIRE(own.width == shared.width);
        BOOST_TEST_REQUIRE(own.height == shared.height);
        const std::size_t diff = count_differing_pixels(own, shared, 8);
        BOOST_TEST(diff <= std::size_t(own.width * own.height / 2000), diff << " pixels differ; moving: " << moving);
    }
}

BOOST_AUTO_TEST_CASE(a_changed_shared_layer_shows_in_the_comparison) {
    // The comparison above can fail: the land in another colour differs in thousands of pixels.
    std::vector<layers::Layer> land{land_layer()};
    land[0].style.fill = layers::Rgba::hex("#0a6cad");
    const Raster own = decode_png(figure(Format::png, Land::own));
    const Raster other = decode_png(render_panels_to_bytes(
        k_grid, [](int i) { return panel(i, false); }, "Reach", Format::png, land));
    BOOST_TEST(count_differing_pixels(own, other, 8) > std::size_t(own.width * own.height / 100));
}

BOOST_AUTO_TEST_CASE(svg_and_pdf_write_shared_layers_once) {
    for (const Format f : {Format::svg, Format::pdf}) {
        const double none = double(figure(f, Land::none).size());
        const double once = double(figure(f, Land::shared).size()) - none;
        const double each = double(figure(f, Land::own).size()) - none;
        // The island's 2000 vertices once, not in each of the five panels.
        BOOST_TEST(once > 0);
        BOOST_TEST(once * 3 < each, "format " << static_cast<int>(f) << ": " << once << " bytes, not " << each);
    }
}

BOOST_AUTO_TEST_CASE(identical_panels_give_byte_identical_svg_and_pdf) {
    const std::string a = figure(Format::svg, Land::shared), b = figure(Format::svg, Land::shared);
    BOOST_TEST((a == b));
    // Cairo's process-wide surface numbers, renumbered: the shared drawing and the page.
    BOOST_TEST(a.find("id=\"surface1\"") != std::string::npos);
    BOOST_TEST(a.find("id=\"surface2\"") != std::string::npos);
    BOOST_TEST(a.find("xlink:href=\"#surface1\"") != std::string::npos);
    BOOST_TEST(a.find("id=\"surface3\"") == std::string::npos);
    BOOST_TEST((figure(Format::pdf, Land::shared) == figure(Format::pdf, Land::shared)));
}

BOOST_AUTO_TEST_CASE(svg_and_pdf_of_shared_layers_match_the_png) {
    const std::string dir = test::temp_dir();
    test::write_file(dir + "/f.svg", figure(Format::svg, Land::shared));
    test::write_file(dir + "/f.pdf", figure(Format::pdf, Land::shared));
    const Raster png = decode_png(figure(Format::png, Land::shared));
    const std::string w = std::to_string(png.width), h = std::to_string(png.height);
    BOOST_TEST_REQUIRE(
        run("rsvg-convert -w " + w + " -h " + h + " -b white -o " + dir + "/svg.png " + dir + "/f.svg") == 0);
    BOOST_TEST_REQUIRE(run("pdftoppm -png -r 72 -scale-to-x " + w + " -scale-to-y " + h + " -singlefile " + dir +
                           "/f.pdf " + dir + "/pdf") == 0);
    for (const char* name : {"svg", "pdf"}) {
        const Raster r = decode_png(test::read_file(dir + "/" + name + ".png"));
        BOOST_TEST_REQUIRE(r.width == png.width);
        BOOST_TEST_REQUIRE(r.height == png.height);
        const std::size_t diff = count_differing_pixels(r, png, 48);
        BOOST_TEST(diff <= std::size_t(png.width * png.height / 50), diff << " pixels differ between " << name);
    }
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(no_panels_or_too_large_a_page_is_refused) {
    const auto make = [](int i) { return panel(i, true); };
    BOOST_CHECK_THROW(render_panels_to_bytes({0, 1, 640, 460}, make, "", Format::png), usage_error);
    BOOST_CHECK_THROW(render_panels_to_bytes({40, 40, 640, 460}, make, "", Format::svg), usage_error);
    // Within 20000 a side but over the PNG's 100 million pixels.
    BOOST_CHECK_THROW(render_panels_to_bytes({900, 30, 640, 460}, make, "", Format::png), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
