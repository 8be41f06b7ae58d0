// SPDX-License-Identifier: MIT
#include "place_query.hpp"

#include "engine/geodesic.hpp"
#include "engine/min_distance.hpp"
#include "engine/text.hpp"
#include "geodata/ogr_reader.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap::cli {

PlaceDistance distance_between(const ResolvedPlace& a, const ResolvedPlace& b) {
    PlaceDistance d;
    if (a.is_point() && b.is_point()) {
        d.from = a.point();
        d.to = b.point();
        d.method = k_geodesic_method;
    } else {
        const MinDistance m = min_distance(a.feature.geometry, b.feature.geometry);
        d.from = m.from;
        d.to = m.to;
        d.distance_m = m.distance_m;
        d.method = m.method;
        d.error_bound_m = m.error_bound_m;
    }
    const Inverse inv = Geodesic::wgs84().inverse(d.from, d.to);
    if (a.is_point() && b.is_point()) d.distance_m = inv.distance_m;
    d.azimuth_deg = azimuth_0_360(inv.azi1_deg);
    d.back_azimuth_deg = azimuth_0_360(inv.azi2_deg);
    return d;
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

} // namespace rangemap::cli
