// SPDX-License-Identifier: MIT
#pragma once
/// @file The JSON of the answers: one form for every front-end (`--json`, the HTTP API, Python).

#include "tools/scenario/place_query.hpp"
#include "tools/scenario/resolved_place.hpp"

#include "engine/place_distance.hpp"

#include <nlohmann/json.hpp>
#include <vector>

namespace rangemap::scenario {

/// {"from": {query, name, lat, lon}, "to": {...}, "distance_m", "azimuth_deg",
///  "back_azimuth_deg", "method", "ellipsoid", "error_bound_m"}: from/to hold the witnesses.
nlohmann::ordered_json distance_json(const ResolvedPlace& from, const ResolvedPlace& to, const PlaceDistance& d);

/// [{"name", "layer", "lat", "lon", "distance_m"}, ...], nearest first.
nlohmann::ordered_json within_json(const std::vector<PlaceWithin>& hits);

} // namespace rangemap::scenario
