// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "scenario.hpp"
#include "scenario_answers.hpp"
#include "scenario_session.hpp"
#include "scenario_scene.hpp"
#include "session.hpp"

#include "engine/error.hpp"
#include "geodata/atomic_file.hpp"
#include "renderers/cairo_renderer.hpp"

#include <cmath>
#include <filesystem>

#include <cctype>
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

/// A question id as a file name part: letters, digits, '-' and '_' only.
std::string safe_name(const std::string& id) {
    std::string s;
    for (char c : id) s += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
    return s;
}

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
    // Small-multiples figures are checked before any work, and written after the answers.
    std::vector<std::pair<const Question*, std::string>> figures;
    for (const auto& q : scenario.questions) {
        if (q.kind != QuestionKind::sweep || !q.figure) continue;
        std::string out = q.figure_out;
        if (out.empty()) {
            out = std::filesystem::path(o.scenario).stem().string() + "-" + safe_name(q.id) + "." + scenario.map.format;
        }
        render::format_from_path(out);
        geodata::check_writable(out);
        figures.emplace_back(&q, out);
    }
    const auto answers = answer_questions(scenario, session, progress);
    const std::string text = o.json ? format_json(answers) : o.csv ? format_csv(answers) : format_table(answers);
    std::fwrite(text.data(), 1, text.size(), stdout);
    for (const auto& [q, out] : figures) {
        auto panels = sweep_panels(scenario, *q, session);
        const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(panels.size()))));
        for (auto& p : panels) {
            p.frame.width = 640;
            p.frame.height = 460;
        }
        const std::string title = scenario.title.empty() ? q->id : scenario.title + " — " + q->id;
        geodata::write_file_atomically(out, render::render_panels_to_bytes(panels, title, columns, render::format_from_path(out)));
        std::fprintf(stderr, "rangemap: wrote %s (%zu panels)\n", out.c_str(), panels.size());
    }
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
