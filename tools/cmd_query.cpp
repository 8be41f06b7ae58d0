// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "scenario.hpp"
#include "scenario_answers.hpp"
#include "scenario_session.hpp"
#include "session.hpp"

#include "engine/error.hpp"

#include <cstdio>
#include <unistd.h>

namespace rangemap::cli {

namespace {

struct QueryOptions {
    std::string scenario;
    std::vector<std::string> set;
    bool json = false;
    bool csv = false;
};

void run_query(const QueryOptions& o, const CommonOptions& common) {
    if (o.json && o.csv) throw usage_error("choose one of --json and --csv");
    const Scenario scenario = read_scenario(o.scenario, o.set);
    if (scenario.questions.empty()) throw usage_error(o.scenario + ": the scenario has no questions");
    const CommonOptions merged = options_for(scenario, common);
    Session session(merged);
    const bool tty = isatty(STDERR_FILENO) == 1;
    const auto progress = [tty](std::size_t done, std::size_t total) {
        if (!tty || total < 2) return;
        std::fprintf(stderr, "\rsweep: %zu/%zu", done, total);
        if (done == total) std::fputs("\n", stderr);
    };
    const auto answers = answer_questions(scenario, session, progress);
    const std::string text = o.json ? format_json(answers) : o.csv ? format_csv(answers) : format_table(answers);
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace

void add_query_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<QueryOptions>();
    CLI::App* cmd = app.add_subcommand("query", "Answer a scenario's questions (table, --json or --csv)");
    cmd->add_option("SCENARIO", opts->scenario, "Scenario file (YAML)")->required();
    cmd->add_option("--set", opts->set, "Override a scenario value: KEY.PATH=VALUE (repeatable)")->type_name("KEY=VALUE");
    cmd->add_flag("--json", opts->json, "Print the answers as JSON");
    cmd->add_flag("--csv", opts->csv, "Print the answers as CSV");
    cmd->callback([opts, &common] { run_query(*opts, common); });
}

} // namespace rangemap::cli
