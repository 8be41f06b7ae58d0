// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "session.hpp"

#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"
#include "engine/within.hpp"
#include "geodata/ogr_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

namespace rangemap::cli {

namespace {

struct WithinOptions {
    std::string centre;
    std::string radius;
    std::string layer;
    std::string units = "km";
    bool json = false;
};

struct Row {
    const Feature* feature;
    LonLat point;
    double distance_m;
};

void run_within(const WithinOptions& o, const CommonOptions& common) {
    const Length radius = Length::parse(o.radius);
    const LengthUnit unit = parse_unit(o.units);
    Session session(common);
    const ResolvedPlace place = session.resolve(o.centre);
    if (place.is_point() && radius.metres() >= antipodal_distance(place.point())) {
        // Everything on Earth is nearer than the antipode: not an error, but say so plainly.
        std::fprintf(stderr, "rangemap: note: %s reaches past the antipode of %s: every point qualifies\n",
                     o.radius.c_str(), o.centre.c_str());
    }
    std::vector<const geodata::LayerData*> layers;
    if (!o.layer.empty()) {
        layers.push_back(&session.layer(o.layer));
    } else {
        layers = session.point_layers();
    }
    // One index over the points of every chosen layer (multi-point features count by each point).
    std::vector<LonLat> points;
    std::vector<const Feature*> owner;
    for (const auto* l : layers) {
        for (const auto& f : l->features) {
            for (const auto& p : f.geometry.points) {
                points.push_back(p);
                owner.push_back(&f);
            }
        }
    }
    const WithinIndex index(points);
    const auto hits = index.query(place.feature.geometry, radius.metres());
    std::vector<Row> rows;
    std::vector<const Feature*> seen;
    for (const auto& h : hits) {
        const Feature* f = owner[h.index];
        if (std::find(seen.begin(), seen.end(), f) != seen.end()) continue; // nearest point of a multipoint
        seen.push_back(f);
        if (f->name == place.name && f->layer == place.layer) continue; // the centre itself
        rows.push_back({f, points[h.index], h.distance_m});
    }
    if (o.json) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (const auto& r : rows) {
            nlohmann::ordered_json j;
            j["name"] = r.feature->name;
            j["layer"] = r.feature->layer;
            j["lat"] = r.point.lat;
            j["lon"] = r.point.lon;
            j["distance_m"] = r.distance_m;
            arr.push_back(j);
        }
        std::puts(arr.dump().c_str());
        return;
    }
    std::string text = fmt::format("{} within {} of {} ({}):\n", rows.size(), format_length(radius, unit, 1),
                                   place.name, k_geodesic_method);
    for (const auto& r : rows) {
        text += fmt::format("  {:>12}  {:<32} {:<12} {:.4f}, {:.4f}\n",
                            format_number(Length::metres(r.distance_m).in(unit), 1, true) + " " + std::string(unit_symbol(unit)), r.feature->name, r.feature->layer,
                            r.point.lat, r.point.lon);
    }
    std::fputs(text.c_str(), stdout);
}

} // namespace

void add_within_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<WithinOptions>();
    CLI::App* cmd = app.add_subcommand("within", "Features of point layers within a distance of a place, nearest first");
    cmd->add_option("CENTER", opts->centre, "Place: LAT,LON, a name, or a polygon feature (distance to its nearest part)")
        ->required();
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--layer", opts->layer, "Only this layer (default: every point layer)");
    cmd->add_option("--units", opts->units, "Units for the text output: km, mi, nmi, m")->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print a JSON array");
    cmd->callback([opts, &common] { run_within(*opts, common); });
}

} // namespace rangemap::cli
