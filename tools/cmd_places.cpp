// SPDX-License-Identifier: MIT
// `rangemap places [--layer NAME] [--json]`: what the gazetteer knows.
#include "commands.hpp"
#include "session.hpp"

#include "geodata/gazetteer.hpp"
#include "geodata/label_point.hpp"
#include "geodata/ogr_reader.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rangemap::cli {

namespace {

struct PlacesOptions {
    std::string layer;
    bool json = false;
};

/// The feature's "kind" attribute (bases: air base, city, ...), else its geometry type.
std::string kind_of(const Feature& f) {
    if (auto k = f.attribute("kind"); !k.empty()) return k;
    const auto& g = f.geometry;
    if (!g.polygons.empty()) return g.polygons.size() == 1 ? "polygon" : "multipolygon";
    if (!g.lines.empty()) return "line";
    return g.points.size() == 1 ? "point" : "multipoint";
}

void run_places(const PlacesOptions& o, const CommonOptions& common) {
    Session session(common);
    if (!o.layer.empty()) (void)session.layer(o.layer); // unknown layer: usage error listing the layers
    const auto& entries = session.gazetteer().entries();

    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    std::string text;
    for (const auto& e : entries) {
        if (!o.layer.empty() && e.layer != o.layer) continue;
        const auto at = geodata::label_point(e.feature->geometry);
        const std::string kind = kind_of(*e.feature);
        if (o.json) {
            nlohmann::ordered_json j;
            j["name"] = e.name;
            j["aliases"] = e.aliases;
            j["layer"] = e.layer;
            j["kind"] = kind;
            j["lat"] = at ? nlohmann::ordered_json(at->lat) : nlohmann::ordered_json(nullptr);
            j["lon"] = at ? nlohmann::ordered_json(at->lon) : nlohmann::ordered_json(nullptr);
            list.push_back(std::move(j));
        } else {
            std::string aliases;
            for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
            text += fmt::format("{:<36} {:<10} {:<14} {:>9.4f} {:>10.4f}{}\n", e.name, e.layer, kind,
                                at ? at->lat : 0.0, at ? at->lon : 0.0, aliases.empty() ? "" : "  (" + aliases + ")");
        }
    }
    if (o.json) {
        std::puts(list.dump().c_str());
    } else {
        std::fputs(fmt::format("{:<36} {:<10} {:<14} {:>9} {:>10}\n", "name", "layer", "kind", "lat", "lon").c_str(),
                   stdout);
        std::fputs(text.c_str(), stdout);
    }
}

} // namespace

void add_places_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<PlacesOptions>();
    CLI::App* cmd = app.add_subcommand("places", "List the names the gazetteer knows: names, layers, kinds, coordinates");
    cmd->add_option("--layer", opts->layer, "Only this layer (e.g. bases, countries)");
    cmd->add_flag("--json", opts->json, "Print a JSON array of {name, aliases, layer, kind, lat, lon}");
    cmd->callback([opts, &common] { run_places(*opts, common); });
}

} // namespace rangemap::cli
