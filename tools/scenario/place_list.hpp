// SPDX-License-Identifier: MIT
#pragma once
/// @file What the gazetteer knows, as `rangemap places` and the HTTP API list it.

#include "tools/scenario/session.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace rangemap::scenario {

struct PlaceEntry {
    std::string name;
    std::vector<std::string> aliases;
    std::string layer;
    std::string kind;         ///< the "kind" attribute (air base, city, ...), else the geometry type
    std::optional<LonLat> at; ///< a point for its label: the point itself, or one inside the polygon
    std::string country;      ///< the "country" attribute, "" when absent (not in places_json)
};

/// Every name the gazetteer knows, in its order; only `layer`'s when not empty.
/// @throws usage_error for an unknown layer.
std::vector<PlaceEntry> list_places(Session& session, const std::string& layer);

/// [{"name", "aliases", "layer", "kind", "lat", "lon"}, ...] (lat/lon null without geometry).
nlohmann::ordered_json places_json(const std::vector<PlaceEntry>& places);

} // namespace rangemap::scenario
