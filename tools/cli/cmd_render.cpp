// SPDX-License-Identifier: MIT
// `rangemap render [SCENARIO] [-o OUT] [--set KEY=VALUE]... [--size WxH] [--crs CRS] [--extent BOX]`.
#include "tools/cli/commands.hpp"

#include "tools/scenario/figure.hpp"
#include "tools/scenario/render_request.hpp"

#include "geodata/atomic_file.hpp"
#include "renderers/output.hpp"

#include <cstdio>

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

void run_render(const RenderOptions& o, const CommonOptions& common) {
    // Everything the user typed is checked before the (slower) data is read.
    const scenario::RenderRequest request{o.scenario, o.set, o.size, o.crs, o.extent};
    const scenario::Scenario sc = scenario::render_scenario(request);
    const std::string out = o.out.empty() ? "rangemap." + sc.map.format : o.out;
    render::format_from_path(out);
    geodata::check_writable(out);
    if (!o.report.empty()) geodata::check_writable(o.report);

    scenario::Session session(scenario::data_options_for(sc, common));
    const scenario::Figure figure = scenario::render_figure(sc, session, render::format_from_path(out), o.scale);
    geodata::write_file_atomically(out, figure.bytes);
    for (const auto& label : figure.report.dropped) {
        // Country and sea names give way by design (the report lists them); the story's do not.
        if (label.kind == "country" || label.kind == "sea") continue;
        std::fprintf(stderr, "rangemap: note: label '%s' left out for lack of room\n", label.text.c_str());
    }
    if (!o.report.empty())
        geodata::write_file_atomically(o.report, scenario::report_json(figure.report).dump(1) + "\n");
}

} // namespace

void add_render_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Render a map (the built-in article figure when no SCENARIO)");
    cmd->add_option("SCENARIO", opts->scenario, "Scenario file (YAML); default: the built-in article figure");
    cmd->add_option("-o,--out", opts->out, "Output file: .png, .svg or .pdf (default rangemap.<map.format>)");
    cmd->add_option("--set", opts->set, "Override a scenario value: KEY.PATH=VALUE (repeatable)")
        ->type_name("KEY=VALUE");
    cmd->add_option("--size", opts->size,
                    "Page size WIDTHxHEIGHT, 100..20000 each: pixels for PNG, points for SVG/PDF (default 1500x1000)");
    cmd->add_option("--scale", opts->scale, "HiDPI factor for PNG")->check(CLI::Range(0.1, 8.0));
    cmd->add_option("--crs", opts->crs, "Map CRS: a PROJ string, EPSG:code, or auto (default)");
    cmd->add_option("--extent", opts->extent,
                    "Map extent MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees; "
                    "max_lon may exceed 180 to cross the antimeridian");
    cmd->add_option(
        "--report", opts->report,
        "Also write a JSON report: CRS, extent, each label with its kind and anchor, dropped labels, the inset");
    cmd->callback([opts, &common] { run_render(*opts, common); });
}

} // namespace rangemap::cli
