// SPDX-License-Identifier: MIT
#pragma once
/// @file The JSON of the answers: one form for every front-end (`--json`, the HTTP API, Python).

#include "tools/scenario/verb_answers.hpp"

#include "engine/speed.hpp"
#include "geodata/provenance.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace rangemap::scenario {

/// {"sources": [{"name", "positional_uncertainty_m" (null: unknown), "basis"}],
///  "uncertainty_m", "notes"}: what an answer's positions come from, and how far its distances
/// may be off because of them (null when a source does not say). On coastline data this, not
/// the geodesic's error_bound_m, limits the answer.
nlohmann::ordered_json data_json(const geodata::DataUse& use);

/// {"from": {query, name, lat, lon}, "to": {...}, "distance_m", "azimuth_deg",
///  "back_azimuth_deg", "method", "ellipsoid", "error_bound_m", "data"}: from/to hold the
/// witnesses. With a speed, also "speed_m_s" and "time_s" (the distance at that speed).
nlohmann::ordered_json distance_json(const DistanceAnswer& answer, const std::optional<Speed>& speed = std::nullopt);

/// [{"name", "layer", "lat", "lon", "distance_m", "data"}, ...], nearest first; with a speed
/// each also has "time_s".
nlohmann::ordered_json within_json(const WithinAnswer& answer, const std::optional<Speed>& speed = std::nullopt);

} // namespace rangemap::scenario
