// SPDX-License-Identifier: MIT
// PNG, SVG and PDF from one drawing path: checked against independent renderers (rsvg-convert,
// pdftoppm), against a golden image, and for byte-identical SVG from identical inputs.
//
// Refresh the golden image after an intended change of look:
//   RANGEMAP_UPDATE_GOLDEN=1 build/<preset>/tests/test_renderers --run_test=output_formats
// then look at tests/data/renderers/golden_rich.png before committing it.

#include "test_support.hpp"

#include "renderers/cairo_renderer.hpp"
#include "renderers/output.hpp"

#include "engine/error.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <filesystem>

using namespace rangemap;
using namespace rangemap::render;

namespace {

const std::string k_golden = std::string(RANGEMAP_TEST_DATA) + "/renderers/golden_rich.png";

int run(const std::string& command) { return std::system(command.c_str()); }

} // namespace

BOOST_AUTO_TEST_SUITE(output_formats)

BOOST_AUTO_TEST_CASE(png_matches_the_golden_image) {
    const std::string png = render_to_bytes(test::rich_scene(), Format::png);
    if (std::getenv("RANGEMAP_UPDATE_GOLDEN")) {
        test::write_file(k_golden, png);
        BOOST_TEST_MESSAGE("golden image rewritten: " << k_golden);
    }
    const Raster got = decode_png(png);
    const Raster want = decode_png(test::read_file(k_golden));
    BOOST_TEST_REQUIRE(want.width == got.width);
    BOOST_TEST_REQUIRE(want.height == got.height);
    // Font versions and antialiasing may move a few edge pixels; a changed figure moves thousands.
    const std::size_t diff = count_differing_pixels(got, want, 24);
    BOOST_TEST(diff <= std::size_t(got.width * got.height / 200), diff << " pixels differ from the golden image");
}

BOOST_AUTO_TEST_CASE(a_changed_figure_fails_the_golden_comparison) {
    auto s = test::rich_scene();
    s.layers[1].style.stroke = layers::Rgba::hex("#00aa00");
    s.layers[1].style.stroke_width = 4;
    const Raster got = decode_png(render_to_bytes(s, Format::png));
    const Raster want = decode_png(test::read_file(k_golden));
    BOOST_TEST(count_differing_pixels(got, want, 24) > std::size_t(got.width * got.height / 200));
}

BOOST_AUTO_TEST_CASE(identical_inputs_give_byte_identical_svg_and_pdf) {
    const auto s = test::rich_scene();
    const std::string a = render_to_bytes(s, Format::svg);
    const std::string b = render_to_bytes(s, Format::svg);
    BOOST_TEST(a.size() > 1000u);
    BOOST_TEST((a == b));
    BOOST_TEST(render_to_bytes(s, Format::pdf) == render_to_bytes(s, Format::pdf));
    BOOST_TEST(render_to_bytes(s, Format::png) == render_to_bytes(s, Format::png));
}

BOOST_AUTO_TEST_CASE(svg_rasterised_by_rsvg_matches_the_png) {
    const auto s = test::rich_scene();
    const std::string dir = test::temp_dir();
    test::write_file(dir + "/f.svg", render_to_bytes(s, Format::svg));
    BOOST_TEST_REQUIRE(run("rsvg-convert -w 600 -h 400 -b white -o " + dir + "/svg.png " + dir + "/f.svg") == 0);
    const Raster svg = decode_png(test::read_file(dir + "/svg.png"));
    const Raster png = decode_png(render_to_bytes(s, Format::png));
    BOOST_TEST_REQUIRE(svg.width == png.width);
    BOOST_TEST_REQUIRE(svg.height == png.height);
    const std::size_t diff = count_differing_pixels(svg, png, 48);
    BOOST_TEST(diff <= std::size_t(png.width * png.height / 50), diff << " pixels differ between SVG and PNG");
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(svg_shows_the_titles_the_png_shows) {
    // Titles lie outside the map box: a clip left on the page would take them from the SVG
    // and hardly move the whole picture's comparison above. At 1500x1000, the CLI's page.
    auto s = test::rich_scene();
    s.frame.width = 1500;
    s.frame.height = 1000;
    const std::string dir = test::temp_dir();
    test::write_file(dir + "/f.svg", render_to_bytes(s, Format::svg));
    BOOST_TEST_REQUIRE(run("rsvg-convert -w 1500 -h 1000 -b white -o " + dir + "/svg.png " + dir + "/f.svg") == 0);
    const Raster svg = decode_png(test::read_file(dir + "/svg.png"));
    RenderReport report;
    const Raster png = decode_png(render_to_bytes(s, Format::png, &report));
    BOOST_TEST_REQUIRE(svg.width == png.width);
    BOOST_TEST_REQUIRE(svg.height == png.height);
    const auto dark = [](const Raster& r, const Box& b) {
        std::size_t n = 0;
        for (int y = std::max(0, static_cast<int>(b.y0)); y < std::min(r.height, static_cast<int>(b.y1)); ++y) {
            for (int x = std::max(0, static_cast<int>(b.x0)); x < std::min(r.width, static_cast<int>(b.x1)); ++x) {
                n += r.at(x, y).r < 128;
            }
        }
        return static_cast<double>(n);
    };
    int titles = 0;
    for (const auto& l : report.labels) {
        if (l.kind != "title") continue;
        ++titles;
        const double a = dark(svg, l.box), b = dark(png, l.box);
        BOOST_TEST(b > 50, l.text);
        BOOST_TEST(std::abs(a - b) <= 0.2 * b,
                   l.text << ": " << a << " dark pixels in the SVG, " << b << " in the PNG");
    }
    BOOST_TEST(titles >= 2);
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(pdf_opened_by_pdftoppm_matches_the_png) {
    const auto s = test::rich_scene();
    const std::string dir = test::temp_dir();
    test::write_file(dir + "/f.pdf", render_to_bytes(s, Format::pdf));
    // 72 dpi: one PDF point per pixel, the same page as the PNG.
    BOOST_TEST_REQUIRE(run("pdftoppm -png -r 72 -singlefile " + dir + "/f.pdf " + dir + "/pdf") == 0);
    const Raster pdf = decode_png(test::read_file(dir + "/pdf.png"));
    const Raster png = decode_png(render_to_bytes(s, Format::png));
    BOOST_TEST_REQUIRE(pdf.width == png.width);
    BOOST_TEST_REQUIRE(pdf.height == png.height);
    const std::size_t diff = count_differing_pixels(pdf, png, 48);
    BOOST_TEST(diff <= std::size_t(png.width * png.height / 50), diff << " pixels differ between PDF and PNG");
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(pdf_holds_each_halo_glyph_once) {
    // A PDF paints a label's halo from one form per distinct glyph, inside one group per
    // label: more forms than labels (halos stroked in place would leave only the inset's),
    // and well short of one for every letter of them.
    RenderReport r;
    const std::string pdf = render_to_bytes(test::rich_scene(), Format::pdf, &r);
    std::size_t labels = 0, letters = 0;
    for (const auto& l : r.labels) {
        if (l.kind == "title" || l.kind == "legend") continue;
        ++labels;
        for (const char c : l.text) letters += (c != ' ' && c != '\n' && (c & 0xC0) != 0x80) ? 1 : 0;
    }
    std::size_t forms = 0;
    for (auto at = pdf.find("/Subtype /Form"); at != std::string::npos; at = pdf.find("/Subtype /Form", at + 1))
        ++forms;
    BOOST_TEST_MESSAGE(labels << " labels, " << letters << " letters, " << forms << " forms");
    BOOST_TEST(forms > labels + 1);
    BOOST_TEST(forms < labels + letters * 3 / 4);
}

BOOST_AUTO_TEST_CASE(unknown_extension_is_refused_before_drawing) {
    BOOST_CHECK_THROW(format_from_path("map.jpg"), usage_error);
}

BOOST_AUTO_TEST_CASE(labels_of_the_rich_scene_do_not_overlap_and_stay_on_the_map) {
    RenderReport r;
    (void)render_to_bytes(test::rich_scene(), Format::png, &r);
    BOOST_TEST(r.labels.size() >= 5u);
    for (std::size_t i = 0; i < r.labels.size(); ++i) {
        // Titles sit above and below the map, legend entries in their panel; the rest on the map.
        const std::string& kind = r.labels[i].kind;
        BOOST_TEST(!kind.empty(), r.labels[i].text);
        // The inset's labels lie wholly inside it, which is furniture to the map's labels.
        const bool in_inset = r.inset && r.inset->map_box.contains(r.labels[i].box);
        if (kind != "title" && kind != "legend") {
            BOOST_TEST(r.map_box.contains(r.labels[i].box), r.labels[i].text);
            for (const auto& f : r.furniture) {
                if (!(in_inset && r.inset && f.contains(r.inset->map_box))) {
                    BOOST_TEST(!r.labels[i].box.intersects(f), r.labels[i].text);
                }
            }
            BOOST_TEST(r.labels[i].anchor.has_value(), r.labels[i].text);
        }
        for (std::size_t j = i + 1; j < r.labels.size(); ++j) {
            BOOST_TEST(!r.labels[i].box.intersects(r.labels[j].box), r.labels[i].text << " / " << r.labels[j].text);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
