// SPDX-License-Identifier: MIT
#include "tools/scenario/verb_answers.hpp"

#include "engine/ring.hpp"

namespace rangemap::scenario {

DistanceAnswer distance_answer(Session& session, const std::string& from, const std::string& to) {
    ResolvedPlace a = session.resolve(from);
    return distance_answer(session, std::move(a), session.resolve(to));
}

DistanceAnswer distance_answer(Session& session, ResolvedPlace from, ResolvedPlace to) {
    DistanceAnswer a{std::move(from), std::move(to), {}, {}};
    a.distance = session.distance_of(a.from, a.to);
    a.data = {{session.provenance_of(a.from.layer)}, {session.provenance_of(a.to.layer)}};
    return a;
}

WithinAnswer within_answer(Session& session, const std::string& centre, Length radius, const std::string& layer) {
    return within_answer(session, session.resolve(centre), radius, layer);
}

WithinAnswer within_answer(Session& session, ResolvedPlace centre, Length radius, const std::string& layer) {
    WithinAnswer a{std::move(centre), false, {}, {}, {}};
    a.past_antipode = a.centre.is_point() && radius.metres() >= antipodal_distance(a.centre.point());
    a.rows = places_within(a.centre, radius, point_features(session, layer));
    a.centre_data = session.provenance_of(a.centre.layer);
    for (const auto& r : a.rows) {
        if (!a.layer_data.contains(r.feature->layer)) {
            a.layer_data.emplace(r.feature->layer, session.provenance_of(r.feature->layer));
        }
    }
    return a;
}

} // namespace rangemap::scenario
