// SPDX-License-Identifier: MIT
// `rangemap sector CENTER --azimuth DEG --width DEG --radius LENGTH [--min-radius LENGTH]
//  [--radials N] [--out FILE] [--vertices N]`.
#include "tools/cli/commands.hpp"

#include "tools/scenario/shapes.hpp"

#include "engine/length.hpp"

#include <memory>
#include <optional>

namespace rangemap::cli {

namespace {

struct SectorCmdOptions {
    std::string centre;
    std::string azimuth;
    std::string width;
    std::string radius;
    std::string min_radius;
    std::string out;
    int vertices = 360;
    std::optional<int> radials; ///< empty: none asked for
};

void run_sector(const SectorCmdOptions& o, const CommonOptions& common) {
    scenario::SectorRequest request;
    request.azimuth = o.azimuth;
    request.width = o.width;
    request.radius = Length::parse(o.radius);
    if (!o.min_radius.empty()) request.min_radius = Length::parse(o.min_radius);
    request.radials = o.radials;
    request.vertices = o.vertices;
    scenario::Session session(common);
    const auto shapes = scenario::sector_shapes(session, o.centre, request);
    if (const std::string text = scenario::emit_shapes(shapes, o.out); !text.empty()) print(text + "\n");
}

} // namespace

void add_sector_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<SectorCmdOptions>();
    CLI::App* cmd = app.add_subcommand(
        "sector", "A range fan: the points within a radius of a place whose azimuth from it lies within a span");
    cmd->add_option("CENTER", opts->centre, "Place: LAT,LON or a name")->required();
    cmd->add_option("--azimuth", opts->azimuth, "Centre line, degrees clockwise from north")
        ->required()
        ->type_name("DEG");
    cmd->add_option("--width", opts->width, "Full width of the fan, (0, 360] degrees; 360 is the ring")
        ->required()
        ->type_name("DEG");
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--min-radius", opts->min_radius, "Leave out what is nearer than this (the inner arc)")
        ->type_name("LENGTH");
    cmd->add_option("--radials", opts->radials, "Add N geodesic bearing lines across the fan, side to side")
        ->type_name("N");
    cmd->add_option("--out", opts->out,
                    "Write here instead of stdout; the extension picks the format (.geojson, .gpkg, .shp, .kml, .kmz)")
        ->type_name("FILE");
    cmd->add_option("--vertices", opts->vertices, "Fewest vertices per full circle on the arcs")->capture_default_str();
    cmd->callback([opts, &common] { run_sector(*opts, common); });
}

} // namespace rangemap::cli
