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
#include "geodata/ogr_reader.hpp"
#include "geodata/provenance.hpp"

#include <functional>
#include <map>
#include <memory>
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
    /// The parts of large point files read for this answer (Session::within_sources): they own
    /// the features of the rows from those files.
    std::vector<std::shared_ptr<const geodata::LayerData>> read;
};

/// Large point files (geodata::point_file) that the session has not loaded are read only where
/// they can be in reach of a point centre: the rows, their order and distances are those of
/// the whole layers. A centre's name is then looked up in the other layers first; a file is
/// loaded whole (and its names join the gazetteer) when none of them knows the name, or when
/// the name's first word is in one of the file's names (a CSV's anywhere, another source's
/// among the features read).
/// @throws usage_error for a bad place or an unknown layer.
/// `progress`, when set, is told the fraction (0..1) of the large files read, now and then.
WithinAnswer within_answer(Session& session, const std::string& centre, Length radius, const std::string& layer,
                           const std::function<void(double)>& progress = {});
/// Around a place already resolved (Python's shapes).
WithinAnswer within_answer(Session& session, ResolvedPlace centre, Length radius, const std::string& layer);

} // namespace rangemap::scenario
