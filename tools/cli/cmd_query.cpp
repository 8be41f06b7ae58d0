// SPDX-License-Identifier: MIT
// `rangemap query SCENARIO [--json | --csv] [--set KEY=VALUE]...`.
#include "tools/cli/commands.hpp"
#include "tools/cli/progress.hpp"

#include "tools/scenario/figure.hpp"
#include "tools/scenario/scenario_answers.hpp"

#include "engine/error.hpp"
#include "geodata/atomic_file.hpp"
#include "renderers/output.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>

namespace rangemap::cli {

namespace {

struct QueryOptions {
    std::string scenario;
    std::vector<std::string> set;
    bool json = false;
    bool csv = false;
};

/// A question id as a file name part: letters, digits, '-' and '_' only.
std::string safe_name(const std::string& id) {
    std::string s;
    for (char c : id) s += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
    return s;
}

void run_query(const QueryOptions& o, const CommonOptions& common) {
    if (o.json && o.csv) throw usage_error("choose one of --json and --csv");
    const scenario::Scenario sc = scenario::read_scenario(o.scenario, o.set);
    if (sc.questions.empty()) throw usage_error(o.scenario + ": the scenario has no questions");
    scenario::Session session(scenario::data_options_for(sc, common));
    Progress sweep_progress;
    const auto progress = [&](std::size_t done, std::size_t total) { sweep_progress.steps(done, total); };
    // Small-multiples figures are checked before any work, and written after the answers.
    std::vector<std::pair<const scenario::Question*, std::string>> figures;
    for (const auto& q : sc.questions) {
        if (q.kind != scenario::QuestionKind::sweep || !q.figure) continue;
        std::string out = q.figure_out;
        if (out.empty()) {
            out = std::filesystem::path(o.scenario).stem().string() + "-" + safe_name(q.id) + "." + sc.map.format;
        }
        render::format_from_path(out);
        geodata::check_writable(out);
        figures.emplace_back(&q, out);
    }
    const auto answers = scenario::answer_questions(sc, session, progress);
    sweep_progress.done();
    print(o.json  ? scenario::format_json(answers)
          : o.csv ? scenario::format_csv(answers)
                  : scenario::format_table(answers));
    for (const auto& [q, out] : figures) {
        geodata::write_file_atomically(out,
                                       scenario::render_sweep_figure(sc, *q, session, render::format_from_path(out)));
        std::fprintf(stderr, "rangemap: wrote %s\n", out.c_str());
    }
}

} // namespace

void add_query_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<QueryOptions>();
    CLI::App* cmd = app.add_subcommand("query", "Answer a scenario's questions (table, --json or --csv)");
    cmd->add_option("SCENARIO", opts->scenario, "Scenario file (YAML)")->required();
    cmd->add_option("--set", opts->set, "Override a scenario value: KEY.PATH=VALUE (repeatable)")
        ->type_name("KEY=VALUE");
    cmd->add_flag("--json", opts->json, "Print the answers as JSON");
    cmd->add_flag("--csv", opts->csv, "Print the answers as CSV");
    cmd->callback([opts, &common] { run_query(*opts, common); });
}

} // namespace rangemap::cli
