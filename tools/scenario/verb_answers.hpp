// SPDX-License-Identifier: MIT
#pragma once
/// @file The answers of `rangemap distance` and `rangemap within` for one place (or pair), as
/// every front-end asks them: the verb, the HTTP API and Python call these, so their numbers
/// cannot differ.

#include "tools/scenario/place_query.hpp"
#include "tools/scenario/resolved_place.hpp"
#include "tools/scenario/session.hpp"

#include "engine/length.hpp"
#include "engine/place_distance.hpp"
#include "geodata/provenance.hpp"

#include <map>
#include <string>
#include <vector>

namespace rangemap::scenario {

/// Two resolved places, the geodesic distance between them and the data it rests on.
struct DistanceAnswer {
    ResolvedPlace from, to;
    PlaceDistance distance;
    geodata::DataUse data;
};

/// Resolves both places, then measures (distance_between). @throws usage_error for a bad place.
DistanceAnswer distance_answer(Session& session, const std::string& from, const std::string& to);
/// Measures between places already resolved (Python's shapes).
DistanceAnswer distance_answer(Session& session, ResolvedPlace from, ResolvedPlace to);

/// The places of `layer` (every point layer when empty) within `radius` of `centre`.
struct WithinAnswer {
    ResolvedPlace centre;
    /// The radius reaches the antipode of a point centre: every point qualifies.
    bool past_antipode = false;
    std::vector<PlaceWithin> rows; ///< nearest first; features owned by the session
    geodata::DataProvenance centre_data;
    std::map<std::string, geodata::DataProvenance> layer_data; ///< of each row's layer, by name
};

/// @throws usage_error for a bad place or an unknown layer.
WithinAnswer within_answer(Session& session, const std::string& centre, Length radius, const std::string& layer);
/// Around a place already resolved (Python's shapes).
WithinAnswer within_answer(Session& session, ResolvedPlace centre, Length radius, const std::string& layer);

} // namespace rangemap::scenario
