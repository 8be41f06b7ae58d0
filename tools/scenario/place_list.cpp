// SPDX-License-Identifier: MIT
#include "tools/scenario/place_list.hpp"

#include "geodata/gazetteer.hpp"
#include "geodata/label_point.hpp"
#include "geodata/ogr_reader.hpp"

namespace rangemap::scenario {

namespace {

/// The feature's "kind" attribute (bases: air base, city, ...), else its geometry type.
std::string kind_of(const Feature& f) {
    if (auto k = f.attribute("kind"); !k.empty()) return k;
    const auto& g = f.geometry;
    if (!g.polygons.empty()) return g.polygons.size() == 1 ? "polygon" : "multipolygon";
    if (!g.lines.empty()) return "line";
    return g.points.size() == 1 ? "point" : "multipoint";
}

} // namespace

std::vector<PlaceEntry> list_places(Session& session, const std::string& layer) {
    if (!layer.empty()) (void)session.layer(layer); // unknown layer: usage error listing the layers
    std::vector<PlaceEntry> out;
    for (const auto& e : session.gazetteer().entries()) {
        if (!layer.empty() && e.layer != layer) continue;
        out.push_back({e.name, e.aliases, e.layer, kind_of(*e.feature), geodata::label_point(e.feature->geometry),
                       e.feature->attribute("country")});
    }
    return out;
}

nlohmann::ordered_json places_json(const std::vector<PlaceEntry>& places) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& p : places) {
        nlohmann::ordered_json j;
        j["name"] = p.name;
        j["aliases"] = p.aliases;
        j["layer"] = p.layer;
        j["kind"] = p.kind;
        j["lat"] = p.at ? nlohmann::ordered_json(p.at->lat) : nlohmann::ordered_json(nullptr);
        j["lon"] = p.at ? nlohmann::ordered_json(p.at->lon) : nlohmann::ordered_json(nullptr);
        list.push_back(std::move(j));
    }
    return list;
}

} // namespace rangemap::scenario
