// SPDX-License-Identifier: MIT
// `rangemap distance FROM TO` and `rangemap distance --batch FILE.csv [-o OUT.csv]`.
#include "tools/cli/commands.hpp"
#include "tools/cli/progress.hpp"

#include "tools/scenario/answer.hpp"
#include "tools/scenario/answer_json.hpp"
#include "tools/scenario/verb_answers.hpp"

#include "engine/batch_distance.hpp"
#include "engine/error.hpp"
#include "engine/length.hpp"
#include "engine/speed.hpp"
#include "engine/text.hpp"
#include "geodata/atomic_file.hpp"
#include "geodata/text_input.hpp"

#include <fmt/format.h>
#include <memory>
#include <optional>

namespace rangemap::cli {

namespace {

struct DistanceOptions {
    std::string from, to;
    std::string units = "km";
    std::string speed;
    bool json = false;
    std::string batch;
    std::string out;
};

void run_pair(const DistanceOptions& o, const CommonOptions& common) {
    if (o.from.empty() || o.to.empty()) throw usage_error("distance needs FROM and TO places (or --batch FILE)");
    const LengthUnit unit = parse_unit(o.units);
    const std::optional<Speed> speed = o.speed.empty() ? std::nullopt : std::optional(Speed::parse(o.speed));
    scenario::Session session(common);
    const scenario::DistanceAnswer answer = scenario::distance_answer(session, o.from, o.to);
    const scenario::ResolvedPlace& a = answer.from;
    const scenario::ResolvedPlace& b = answer.to;
    const PlaceDistance& d = answer.distance;
    if (o.json) {
        print(scenario::distance_json(answer, speed).dump() + "\n");
        return;
    }
    const auto label = [](const scenario::ResolvedPlace& p) {
        return p.is_point() ? std::string() : " (" + p.name + ")";
    };
    print(fmt::format("from      {:.6f}, {:.6f}{}\nto        {:.6f}, {:.6f}{}\ndistance  {} ({} m)\n"
                      "azimuth   {:.3f}° at from, {:.3f}° at to\nmethod    {}\ndata      {}\n",
                      d.from.lat, d.from.lon, label(a), d.to.lat, d.to.lon, label(b),
                      format_length(Length::metres(d.distance_m), unit, 1), format_number(d.distance_m, 1),
                      d.azimuth_deg, d.back_azimuth_deg, d.method, scenario::describe_data(answer.data)));
    if (speed) {
        print(fmt::format("time      {} at {}\n", format_duration(speed->seconds_for(d.distance_m)), speed->text()));
    }
}

void run_batch(const DistanceOptions& o) {
    if (!o.from.empty() || !o.to.empty()) throw usage_error("distance --batch takes no FROM/TO places");
    if (!o.speed.empty()) throw usage_error("--speed is for one distance, not --batch");
    const std::string input = geodata::read_text_input(o.batch, "batch file");
    Progress progress;
    const BatchDistances result =
        batch_distances(input, o.batch == "-" ? "stdin" : o.batch, 0, [&](double f) { progress.update(f); });
    progress.done();
    if (o.out.empty() || o.out == "-") {
        print(k_batch_header);
        for (const auto& piece : result.pieces) print(piece);
        return;
    }
    geodata::AtomicFile file(o.out);
    file.write(k_batch_header);
    for (const auto& piece : result.pieces) file.write(piece);
    file.commit();
}

void run_distance(const DistanceOptions& o, const CommonOptions& common) {
    if (!o.batch.empty()) {
        run_batch(o);
        return;
    }
    if (!o.out.empty()) throw usage_error("-o/--out is for --batch; the single answer goes to stdout");
    run_pair(o, common);
}

} // namespace

void add_distance_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<DistanceOptions>();
    CLI::App* cmd = app.add_subcommand("distance", "Geodesic distance on WGS84 between two places or features");
    cmd->add_option("FROM", opts->from, "Place: LAT,LON or a name (a country gives the minimum distance)");
    cmd->add_option("TO", opts->to, "Place: LAT,LON or a name");
    cmd->add_option("--units", opts->units, "Units for the text output: km, mi, nmi, m")->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print one JSON object");
    cmd->add_option("--speed", opts->speed, "Add the travel time at this speed: 900km/h, 250m/s, 20kn, 600mph")
        ->type_name("SPEED");
    cmd->add_option("--batch", opts->batch, "CSV with columns lat1,lon1,lat2,lon2 ('-' for stdin)")->type_name("FILE");
    cmd->add_option("-o,--out", opts->out, "With --batch: write the CSV here instead of stdout")->type_name("FILE");
    cmd->callback([opts, &common] { run_distance(*opts, common); });
}

} // namespace rangemap::cli
