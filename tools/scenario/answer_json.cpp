// SPDX-License-Identifier: MIT
#include "tools/scenario/answer_json.hpp"

#include "engine/geodesic.hpp"

namespace rangemap::scenario {

namespace {

nlohmann::ordered_json place_json(const ResolvedPlace& place, LonLat p) {
    return {{"query", place.query}, {"name", place.name}, {"lat", p.lat}, {"lon", p.lon}};
}

} // namespace

nlohmann::ordered_json distance_json(const ResolvedPlace& from, const ResolvedPlace& to, const PlaceDistance& d,
                                     const std::optional<Speed>& speed) {
    nlohmann::ordered_json j;
    j["from"] = place_json(from, d.from);
    j["to"] = place_json(to, d.to);
    j["distance_m"] = d.distance_m;
    j["azimuth_deg"] = d.azimuth_deg;
    j["back_azimuth_deg"] = d.back_azimuth_deg;
    j["method"] = d.method;
    j["ellipsoid"] = k_ellipsoid_name;
    j["error_bound_m"] = d.error_bound_m;
    if (speed) {
        j["speed_m_s"] = speed->metres_per_second();
        j["time_s"] = speed->seconds_for(d.distance_m);
    }
    return j;
}

nlohmann::ordered_json within_json(const std::vector<PlaceWithin>& hits, const std::optional<Speed>& speed) {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& h : hits) {
        nlohmann::ordered_json j;
        j["name"] = h.feature->name;
        j["layer"] = h.feature->layer;
        j["lat"] = h.point.lat;
        j["lon"] = h.point.lon;
        j["distance_m"] = h.distance_m;
        if (speed) j["time_s"] = speed->seconds_for(h.distance_m);
        arr.push_back(std::move(j));
    }
    return arr;
}

} // namespace rangemap::scenario
