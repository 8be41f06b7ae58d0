// SPDX-License-Identifier: MIT
#include "tools/scenario/verb_answers.hpp"

#include "engine/ring.hpp"

namespace rangemap::scenario {

DistanceAnswer distance_answer(Session& session, const std::string& from, const std::string& to) {
    DistanceAnswer a{session.resolve(from), session.resolve(to), {}};
    a.distance = session.distance_of(a.from, a.to);
    return a;
}

WithinAnswer within_answer(Session& session, const std::string& centre, Length radius, const std::string& layer) {
    WithinAnswer a{session.resolve(centre), false, {}};
    a.past_antipode = a.centre.is_point() && radius.metres() >= antipodal_distance(a.centre.point());
    a.rows = places_within(a.centre, radius, point_features(session, layer));
    return a;
}

} // namespace rangemap::scenario
