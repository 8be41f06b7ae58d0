// SPDX-License-Identifier: MIT
#pragma once
/// @file Questions about places that every front-end asks through a Session: the distance
/// between two resolved places, which places lie within reach, and selections of places.

#include "tools/scenario/resolved_place.hpp"
#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include "engine/place_distance.hpp"

#include <string>
#include <vector>

namespace rangemap::scenario {

/// Geodesic distance between two places (engine distance_between on their geometries).
PlaceDistance distance_between(const ResolvedPlace& a, const ResolvedPlace& b);

/// A place within reach of a centre.
struct PlaceWithin {
    const Feature* feature; ///< owned by the candidates given
    LonLat point;           ///< its point nearest the centre
    double distance_m;      ///< geodesic, metres
};

/// The candidates within `radius` of `centre`, nearest first (engine features_within), the
/// centre itself left out. The one answer behind `rangemap within` and scenario `within`.
std::vector<PlaceWithin> places_within(const ResolvedPlace& centre, Length radius,
                                       const std::vector<const Feature*>& candidates);

/// The features `rangemap within` measures: those of `layer`, or of every point layer when
/// `layer` is empty. @throws usage_error for an unknown layer.
std::vector<const Feature*> point_features(Session& session, const std::string& layer);

/// The places a filter selects, in layer order. Names are resolved through the gazetteer.
/// @throws usage_error for an unknown layer or name.
std::vector<Feature> select_places(Session& session, const PlaceFilter& filter);

} // namespace rangemap::scenario
