// SPDX-License-Identifier: MIT
// `rangemap places [--layer NAME] [--json]`: what the gazetteer knows.
#include "tools/cli/commands.hpp"

#include "tools/scenario/place_list.hpp"

#include <fmt/format.h>
#include <memory>

namespace rangemap::cli {

namespace {

struct PlacesOptions {
    std::string layer;
    bool json = false;
};

void run_places(const PlacesOptions& o, const CommonOptions& common) {
    scenario::Session session(common);
    const auto places = scenario::list_places(session, o.layer);
    if (o.json) {
        print(scenario::places_json(places).dump() + "\n");
        return;
    }
    std::string text = fmt::format("{:<36} {:<10} {:<14} {:>9} {:>10}\n", "name", "layer", "kind", "lat", "lon");
    for (const auto& p : places) {
        std::string aliases;
        for (const auto& a : p.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
        text +=
            fmt::format("{:<36} {:<10} {:<14} {:>9.4f} {:>10.4f}{}\n", p.name, p.layer, p.kind, p.at ? p.at->lat : 0.0,
                        p.at ? p.at->lon : 0.0, aliases.empty() ? "" : "  (" + aliases + ")");
    }
    print(text);
}

} // namespace

void add_places_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<PlacesOptions>();
    CLI::App* cmd =
        app.add_subcommand("places", "List the names the gazetteer knows: names, layers, kinds, coordinates");
    cmd->add_option("--layer", opts->layer, "Only this layer (e.g. bases, countries)");
    cmd->add_flag("--json", opts->json, "Print a JSON array of {name, aliases, layer, kind, lat, lon}");
    cmd->callback([opts, &common] { run_places(*opts, common); });
}

} // namespace rangemap::cli
