// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "scenario.hpp"
#include "scenario_scene.hpp"
#include "scenario_session.hpp"
#include "session.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"
#include "geodata/atomic_file.hpp"
#include "geodata/default_data.hpp"
#include "renderers/cairo_renderer.hpp"
#include "renderers/map_frame.hpp"
#include "renderers/output.hpp"

#include <cmath>
#include <cstdio>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <tuple>

namespace rangemap::cli {

namespace {

struct RenderOptions {
    std::string scenario;
    std::vector<std::string> set;
    std::string out;
    std::string size;
    std::string crs;
    std::string extent;
    std::string report;
    double scale = 1.0;
};

std::pair<int, int> parse_size(const std::string& text) {
    const auto parts = split(text, 'x');
    std::optional<double> w, h;
    if (parts.size() == 2 && !parts[0].empty() && !parts[1].empty()) {
        w = parse_double(parts[0]);
        h = parse_double(parts[1]);
    }
    if (!w || !h || *w != std::floor(*w) || *h != std::floor(*h)) {
        throw usage_error(fmt::format("--size '{}' is not WIDTHxHEIGHT in whole pixels (e.g. 3000x2000)", text));
    }
    const int max = render::MapFrame::k_max_page;
    if (*w < 100 || *h < 100 || *w > max || *h > max) {
        throw usage_error(fmt::format("--size {} is outside 100..{} in each direction", text, max));
    }
    return {static_cast<int>(*w), static_cast<int>(*h)};
}

BBox parse_extent(const std::string& text) {
    const auto parts = split(text, ',');
    std::optional<double> v[4];
    if (parts.size() == 4) {
        for (int i = 0; i < 4; ++i) v[i] = parse_double(parts[i]);
    }
    if (parts.size() != 4 || !v[0] || !v[1] || !v[2] || !v[3]) {
        throw usage_error(fmt::format("--extent '{}' is not MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees "
                                      "(e.g. 115,18,150,42)",
                                      text));
    }
    const BBox e{*v[0], *v[1], *v[2], *v[3]};
    render::validate_extent(e);
    return e;
}

std::string report_json(const render::RenderReport& r) {
    nlohmann::ordered_json j;
    j["crs"] = r.crs;
    j["extent"] = {r.extent.min_lon, r.extent.min_lat, r.extent.max_lon, r.extent.max_lat};
    j["map_box"] = {r.map_box.x0, r.map_box.y0, r.map_box.x1, r.map_box.y1};
    j["labels"] = nlohmann::ordered_json::array();
    for (const auto& l : r.labels) {
        j["labels"].push_back({{"text", l.text}, {"box", {l.box.x0, l.box.y0, l.box.x1, l.box.y1}}, {"leader", l.leader}});
    }
    j["furniture"] = nlohmann::ordered_json::array();
    for (const auto& b : r.furniture) j["furniture"].push_back({b.x0, b.y0, b.x1, b.y1});
    j["dropped_labels"] = r.dropped_labels;
    return j.dump(1) + "\n";
}

void run_render(const RenderOptions& o, const CommonOptions& common) {
    // Everything the user typed is checked before the (slower) data is read.
    const std::string path = o.scenario.empty() ? geodata::default_data_dir() + "/article.yaml" : o.scenario;
    Scenario scenario = read_scenario(path, o.set);
    const std::string out = o.out.empty() ? "rangemap." + scenario.map.format : o.out;
    render::format_from_path(out);
    if (!o.size.empty()) std::tie(scenario.map.width, scenario.map.height) = parse_size(o.size);
    if (!o.extent.empty()) scenario.map.extent = parse_extent(o.extent);
    if (!o.crs.empty()) scenario.map.projection = o.crs;
    if (scenario.map.projection != "auto") Transform check(scenario.map.projection); // unknown CRS: usage error
    geodata::check_writable(out);
    if (!o.report.empty()) geodata::check_writable(o.report);

    const CommonOptions options = options_for(scenario, common);
    Session session(options);
    layers::Scene scene = scenario_scene(scenario, session);
    scene.frame.scale = o.scale;
    render::RenderReport report;
    const std::string bytes = render::render_to_bytes(scene, render::format_from_path(out), &report);
    geodata::write_file_atomically(out, bytes);
    for (const auto& label : report.dropped_labels) {
        std::fprintf(stderr, "rangemap: note: label '%s' left out for lack of room\n", label.c_str());
    }
    if (!o.report.empty()) geodata::write_file_atomically(o.report, report_json(report));
}

} // namespace

void add_render_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Render a map (the built-in article figure when no SCENARIO)");
    cmd->add_option("SCENARIO", opts->scenario, "Scenario file (YAML); default: the built-in article figure");
    cmd->add_option("-o,--out", opts->out, "Output file: .png, .svg or .pdf (default rangemap.<map.format>)");
    cmd->add_option("--set", opts->set, "Override a scenario value: KEY.PATH=VALUE (repeatable)")->type_name("KEY=VALUE");
    cmd->add_option("--size", opts->size,
                    "Page size WIDTHxHEIGHT, 100..20000 each: pixels for PNG, points for SVG/PDF (default 1500x1000)");
    cmd->add_option("--scale", opts->scale, "HiDPI factor for PNG")->check(CLI::Range(0.1, 8.0));
    cmd->add_option("--crs", opts->crs, "Map CRS: a PROJ string, EPSG:code, or auto (default)");
    cmd->add_option("--extent", opts->extent, "Map extent MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees; "
                                              "max_lon may exceed 180 to cross the antimeridian");
    cmd->add_option("--report", opts->report, "Also write a JSON report: CRS, extent, placed label boxes, dropped labels");
    cmd->callback([opts, &common] { run_render(*opts, common); });
}

} // namespace rangemap::cli
