// SPDX-License-Identifier: MIT
#include "tools/scenario/place_query.hpp"

#include "engine/text.hpp"
#include "engine/within_features.hpp"
#include "geodata/ogr_reader.hpp"

#include <algorithm>

namespace rangemap::scenario {

PlaceDistance distance_between(const ResolvedPlace& a, const ResolvedPlace& b) {
    return rangemap::distance_between(a.feature.geometry, b.feature.geometry);
}

std::vector<PlaceWithin> places_within(const ResolvedPlace& centre, Length radius,
                                       const std::vector<const Feature*>& candidates) {
    std::vector<PlaceWithin> out;
    for (const FeatureWithin& h : features_within(centre.feature.geometry, radius.metres(), candidates)) {
        const Feature* f = candidates[h.candidate];
        if (f->name == centre.name && f->layer == centre.layer) continue; // the centre itself
        out.push_back({f, h.point, h.distance_m});
    }
    return out;
}

std::vector<const Feature*> point_features(Session& session, const std::string& layer) {
    std::vector<const geodata::LayerData*> layers;
    if (!layer.empty()) {
        layers.push_back(&session.layer(layer));
    } else {
        layers = session.point_layers();
    }
    std::vector<const Feature*> out;
    for (const auto* l : layers) {
        for (const auto& f : l->features) out.push_back(&f);
    }
    return out;
}

namespace {

bool matches_any(const std::string& value, const std::vector<std::string>& wanted, bool prefix) {
    if (wanted.empty()) return true;
    const std::string v = fold_name(value);
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
        const std::string f = fold_name(w);
        return prefix ? v.rfind(f, 0) == 0 : v == f;
    });
}

} // namespace

std::vector<Feature> select_places(Session& session, const PlaceFilter& filter) {
    std::vector<Feature> out;
    const bool by_attributes = !filter.kinds.empty() || !filter.countries.empty() || !filter.operators.empty();
    if (by_attributes || filter.names.empty()) {
        for (const auto& f : session.layer(filter.layer).features) {
            if (matches_any(f.attribute("kind"), filter.kinds, false) &&
                matches_any(f.attribute("country"), filter.countries, true) &&
                matches_any(f.attribute("operator"), filter.operators, true)) {
                out.push_back(f);
            }
        }
    }
    for (const auto& name : filter.names) {
        ResolvedPlace p = session.resolve(name);
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Feature& f) { return f.name == p.name; });
        if (!seen) {
            Feature f = p.feature;
            if (f.name.empty()) f.name = p.name;
            out.push_back(std::move(f));
        }
    }
    return out;
}

} // namespace rangemap::scenario
