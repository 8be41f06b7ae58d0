// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "article_scene.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"
#include "renderers/cairo_renderer.hpp"

#include <cmath>
#include <cstdio>
#include <optional>
#include <fmt/format.h>

namespace rangemap::cli {

namespace {

struct RenderOptions {
    std::string scenario;
    std::string out = "rangemap.png";
    std::string size;
    double scale = 1.0;
};

void run_render(const RenderOptions& o, const CommonOptions& common) {
    layers::Scene scene = article_scene(common);
    if (!o.size.empty()) {
        const auto parts = split(o.size, 'x');
        std::optional<double> w, h;
        if (parts.size() == 2) {
            w = parse_double(parts[0]);
            h = parts[0].empty() ? std::nullopt : parse_double(parts[1]);
        }
        if (!w || !h || *w != std::floor(*w) || *h != std::floor(*h)) {
            throw usage_error(fmt::format("--size '{}' is not WIDTHxHEIGHT in whole pixels (e.g. 3000x2000)", o.size));
        }
        if (*w < 1 || *h < 1 || *w > 20000 || *h > 20000) {
            throw usage_error(fmt::format("--size {} is outside 1..20000 in each direction", o.size));
        }
        scene.frame.width = static_cast<int>(*w);
        scene.frame.height = static_cast<int>(*h);
    }
    scene.frame.scale = o.scale;
    const auto report = render::render_to_file(scene, o.out);
    for (const auto& label : report.dropped_labels) {
        std::fprintf(stderr, "rangemap: note: label '%s' left out for lack of room\n", label.c_str());
    }
}

} // namespace

void add_render_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Render a map (the built-in article figure when no SCENARIO)");
    cmd->add_option("SCENARIO", opts->scenario, "Scenario file (YAML)");
    cmd->add_option("-o,--out", opts->out, "Output file: .png, .svg or .pdf")->capture_default_str();
    cmd->add_option("--size", opts->size, "Page size WIDTHxHEIGHT: pixels for PNG, points for SVG/PDF");
    cmd->add_option("--scale", opts->scale, "HiDPI factor for PNG")->check(CLI::Range(0.1, 8.0));
    cmd->callback([opts, &common] { run_render(*opts, common); });
}

} // namespace rangemap::cli
