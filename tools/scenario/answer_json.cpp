// SPDX-License-Identifier: MIT
#include "tools/scenario/answer_json.hpp"

#include "engine/geodesic.hpp"

namespace rangemap::scenario {

namespace {

nlohmann::ordered_json place_json(const ResolvedPlace& place, LonLat p) {
    return {{"query", place.query}, {"name", place.name}, {"lat", p.lat}, {"lon", p.lon}};
}

nlohmann::ordered_json optional_metres(const std::optional<double>& m) {
    return m ? nlohmann::ordered_json(*m) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json data_json(const geodata::DataUse& use) {
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    std::vector<std::string> notes;
    for (const auto& s : geodata::sources_of(use)) {
        sources.push_back(
            {{"name", s.source}, {"positional_uncertainty_m", optional_metres(s.uncertainty_m)}, {"basis", s.basis}});
        if (!s.uncertainty_m) notes.push_back(s.source + ": its positional accuracy is not known to rangemap");
    }
    nlohmann::ordered_json j;
    j["sources"] = std::move(sources);
    j["uncertainty_m"] = optional_metres(geodata::distance_uncertainty(use));
    j["notes"] = notes;
    return j;
}

nlohmann::ordered_json distance_json(const DistanceAnswer& a, const std::optional<Speed>& speed) {
    const PlaceDistance& d = a.distance;
    nlohmann::ordered_json j;
    j["from"] = place_json(a.from, d.from);
    j["to"] = place_json(a.to, d.to);
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
    j["data"] = data_json(a.data);
    return j;
}

nlohmann::ordered_json within_json(const WithinAnswer& a, const std::optional<Speed>& speed) {
    // One data object per layer, built once: a million-point layer repeats the same one.
    std::map<std::string, nlohmann::ordered_json> data;
    for (const auto& [layer, provenance] : a.layer_data)
        data.emplace(layer, data_json({{a.centre_data}, {provenance}}));
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& h : a.rows) {
        nlohmann::ordered_json j;
        j["name"] = h.feature->name;
        j["layer"] = h.feature->layer;
        j["lat"] = h.point.lat;
        j["lon"] = h.point.lon;
        j["distance_m"] = h.distance_m;
        if (speed) j["time_s"] = speed->seconds_for(h.distance_m);
        j["data"] = data.at(h.feature->layer);
        arr.push_back(std::move(j));
    }
    return arr;
}

} // namespace rangemap::scenario
