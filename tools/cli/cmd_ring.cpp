// SPDX-License-Identifier: MIT
// `rangemap ring CENTER --radius LENGTH [--min-radius LENGTH] [--radials N] [--out FILE]
//  [--tolerance TOL] [--vertices N]`.
#include "tools/cli/commands.hpp"

#include "tools/scenario/shapes.hpp"

#include "engine/length.hpp"

#include <memory>
#include <optional>

namespace rangemap::cli {

namespace {

struct RingCmdOptions {
    std::string centre;
    std::string radius;
    std::string min_radius;
    std::string out;
    std::string tolerance;
    int vertices = 360;
    std::optional<int> radials; ///< empty: none asked for
};

void run_ring(const RingCmdOptions& o, const CommonOptions& common) {
    scenario::RingRequest request;
    request.radius = Length::parse(o.radius);
    if (!o.min_radius.empty()) request.min_radius = Length::parse(o.min_radius);
    request.radials = o.radials;
    request.vertices = o.vertices;
    request.tolerance = o.tolerance;
    scenario::Session session(common);
    const auto shapes = scenario::ring_shapes(session, o.centre, request);
    if (const std::string text = scenario::emit_shapes(shapes, o.out); !text.empty()) print(text + "\n");
}

} // namespace

void add_ring_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RingCmdOptions>();
    CLI::App* cmd = app.add_subcommand("ring", "The geodesic circle of a radius around a place (or everything within "
                                               "it of a line or polygon feature), as GeoJSON or a GIS file");
    cmd->add_option("CENTER", opts->centre, "Place: LAT,LON or a name")->required();
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--min-radius", opts->min_radius,
                    "Leave out what is nearer than this (an annulus: a weapon's minimum range)")
        ->type_name("LENGTH");
    cmd->add_option("--radials", opts->radials, "Add N geodesic bearing lines out to the radius, every 360/N degrees")
        ->type_name("N");
    cmd->add_option("--out", opts->out,
                    "Write here instead of stdout; the extension picks the format (.geojson, .gpkg, .shp, .kml, .kmz)")
        ->type_name("FILE");
    cmd->add_option("--tolerance", opts->tolerance,
                    "Largest error of a buffer's boundary (line or polygon CENTER): a share of the radius or a "
                    "length; default 0.1%")
        ->type_name("TOL");
    cmd->add_option("--vertices", opts->vertices, "Fewest vertices on the circle (more are added where needed)")
        ->capture_default_str();
    cmd->callback([opts, &common] { run_ring(*opts, common); });
}

} // namespace rangemap::cli
