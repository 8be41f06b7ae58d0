// SPDX-License-Identifier: MIT
#pragma once
/// @file The JSON of the answers: one form for every front-end (`--json`, the HTTP API, Python).

#include "tools/scenario/place_query.hpp"
#include "tools/scenario/resolved_place.hpp"

#include "engine/place_distance.hpp"
#include "engine/speed.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace rangemap::scenario {

/// {"from": {query, name, lat, lon}, "to": {...}, "distance_m", "azimuth_deg",
///  "back_azimuth_deg", "method", "ellipsoid", "error_bound_m"}: from/to hold the witnesses.
/// With a speed, also "speed_m_s" and "time_s" (the distance at that speed).
nlohmann::ordered_json distance_json(const ResolvedPlace& from, const ResolvedPlace& to, const PlaceDistance& d,
                                     const std::optional<Speed>& speed = std::nullopt);

/// [{"name", "layer", "lat", "lon", "distance_m"}, ...], nearest first; with a speed each
/// also has "time_s".
nlohmann::ordered_json within_json(const std::vector<PlaceWithin>& hits,
                                   const std::optional<Speed>& speed = std::nullopt);

} // namespace rangemap::scenario
