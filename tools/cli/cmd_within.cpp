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

#include <algorithm>
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

/// The JSON array of within_json, printed k_json_rows rows at a time: each row's object
/// depends on that row alone, so the text is the same, while only one piece at a time is held
/// (tens of thousands of rows would otherwise take hundreds of MiB as a JSON tree).
void print_json(const scenario::WithinAnswer& answer, const std::optional<Speed>& speed) {
    constexpr std::size_t k_json_rows = 2048;
    if (answer.rows.size() <= k_json_rows) {
        print(scenario::within_json(answer, speed).dump() + "\n");
        return;
    }
    scenario::WithinAnswer piece{answer.centre, answer.past_antipode, {}, answer.centre_data, answer.layer_data, {}};
    for (std::size_t from = 0; from < answer.rows.size(); from += k_json_rows) {
        const std::size_t to = std::min(answer.rows.size(), from + k_json_rows);
        piece.rows.assign(answer.rows.begin() + static_cast<std::ptrdiff_t>(from),
                          answer.rows.begin() + static_cast<std::ptrdiff_t>(to));
        std::string text = scenario::within_json(piece, speed).dump(); // "[...]"
        text.front() = from == 0 ? '[' : ',';
        if (to < answer.rows.size())
            text.pop_back(); // the closing bracket ends the last piece only
        else
            text += "\n";
        print(text);
    }
}

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
        print_json(answer, speed);
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
