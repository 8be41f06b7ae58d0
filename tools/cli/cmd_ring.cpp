// SPDX-License-Identifier: MIT
// `rangemap ring CENTER --radius LENGTH [--out FILE] [--tolerance TOL] [--vertices N]`.
#include "tools/cli/commands.hpp"

#include "tools/scenario/shapes.hpp"

#include "engine/length.hpp"

#include <memory>

namespace rangemap::cli {

namespace {

struct RingCmdOptions {
    std::string centre;
    std::string radius;
    std::string out;
    std::string tolerance;
    int vertices = 360;
};

void run_ring(const RingCmdOptions& o, const CommonOptions& common) {
    const Length radius = Length::parse(o.radius);
    const double tolerance =
        o.tolerance.empty() ? k_default_buffer_tolerance : parse_buffer_tolerance(o.tolerance, radius);
    scenario::Session session(common);
    const auto shape = scenario::reach_answer(session, session.resolve(o.centre), radius, o.vertices, tolerance);
    if (const std::string text = scenario::emit_shape(shape, o.out); !text.empty()) print(text + "\n");
}

} // namespace

void add_ring_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RingCmdOptions>();
    CLI::App* cmd = app.add_subcommand("ring", "The geodesic circle of a radius around a place (or everything within "
                                               "it of a line or polygon feature), as GeoJSON or a GIS file");
    cmd->add_option("CENTER", opts->centre, "Place: LAT,LON or a name")->required();
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--out", opts->out,
                    "Write here instead of stdout; the extension picks the format (.geojson, .gpkg, .shp)")
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
