// SPDX-License-Identifier: MIT
// `rangemap within CENTER --radius LENGTH [--layer NAME] [--json]`.
#include "tools/cli/commands.hpp"
#include "tools/cli/progress.hpp"

#include "tools/scenario/answer.hpp"
#include "tools/scenario/answer_json.hpp"
#include "tools/scenario/verb_answers.hpp"

#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/speed.hpp"
#include "engine/text.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <optional>

namespace rangemap::cli {

namespace {

struct WithinOptions {
    std::string centre;
    std::string radius;
    std::string layer;
    std::string units = "km";
    std::string speed;
    bool json = false;
};

void run_within(const WithinOptions& o, const CommonOptions& common) {
    const Length radius = Length::parse(o.radius);
    const LengthUnit unit = parse_unit(o.units);
    const std::optional<Speed> speed = o.speed.empty() ? std::nullopt : std::optional(Speed::parse(o.speed));
    scenario::Session session(common);
    Progress progress;
    const scenario::WithinAnswer answer =
        scenario::within_answer(session, o.centre, radius, o.layer, [&](double f) { progress.update(f); });
    progress.done();
    const scenario::ResolvedPlace& place = answer.centre;
    const auto& rows = answer.rows;
    if (answer.past_antipode) {
        // Everything on Earth is nearer than the antipode: not an error, but say so plainly.
        std::fprintf(stderr, "rangemap: note: %s reaches past the antipode of %s: every point qualifies\n",
                     o.radius.c_str(), o.centre.c_str());
    }
    if (o.json) {
        print(scenario::within_json(answer, speed).dump() + "\n");
        return;
    }
    std::string text = fmt::format("{} within {} of {} ({}{}):\n", rows.size(), format_length(radius, unit, 1),
                                   place.name, k_geodesic_method, speed ? "; times at " + speed->text() : "");
    for (const auto& r : rows) {
        text += fmt::format("  {:>12}  {}{:<32} {:<12} {:.4f}, {:.4f}\n",
                            format_number(Length::metres(r.distance_m).in(unit), 1, true) + " " +
                                std::string(unit_symbol(unit)),
                            speed ? fmt::format("{:>10}  ", format_duration(speed->seconds_for(r.distance_m))) : "",
                            r.feature->name, r.feature->layer, r.point.lat, r.point.lon);
    }
    if (!rows.empty()) {
        geodata::DataUse use{{answer.centre_data}, {}};
        for (const auto& [layer, provenance] : answer.layer_data) use.to.push_back(provenance);
        text += fmt::format("data: {}\n", scenario::describe_data(use));
    }
    print(text);
}

} // namespace

void add_within_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<WithinOptions>();
    CLI::App* cmd =
        app.add_subcommand("within", "Features of point layers within a distance of a place, nearest first");
    cmd->add_option("CENTER", opts->centre,
                    "Place: LAT,LON, a name, or a polygon feature (distance to its nearest part)")
        ->required();
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--layer", opts->layer, "Only this layer (default: every point layer)");
    cmd->add_option("--units", opts->units, "Units for the text output: km, mi, nmi, m")->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print a JSON array");
    cmd->add_option("--speed", opts->speed, "Add travel times at this speed: 900km/h, 250m/s, 20kn, 600mph")
        ->type_name("SPEED");
    cmd->callback([opts, &common] { run_within(*opts, common); });
}

} // namespace rangemap::cli
