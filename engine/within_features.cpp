// SPDX-License-Identifier: MIT
#include "within_features.hpp"

#include "place_distance.hpp"
#include "within.hpp"

#include <algorithm>

namespace rangemap {

std::vector<FeatureWithin> features_within(const Geometry& centre, double radius_m,
                                           const std::vector<const Feature*>& candidates) {
    std::vector<LonLat> points;
    std::vector<std::size_t> owner;
    std::vector<FeatureWithin> out;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Geometry& g = candidates[i]->geometry;
        if (g.empty()) continue; // a feature without geometry is nowhere
        if (g.lines.empty() && g.polygons.empty()) {
            for (const LonLat p : g.points) {
                points.push_back(p);
                owner.push_back(i);
            }
        } else if (const PlaceDistance d = distance_between(centre, g); d.distance_m <= radius_m) {
            out.push_back({i, d.to, d.distance_m});
        }
    }
    if (!points.empty()) {
        const WithinIndex index(std::move(points));
        std::vector<bool> seen(candidates.size());
        for (const WithinHit& h : index.query(centre, radius_m)) { // nearest first
            const std::size_t f = owner[h.index];
            if (seen[f]) continue;
            seen[f] = true;
            out.push_back({f, index.points()[h.index], h.distance_m});
        }
    } else if (centre.empty()) {
        (void)WithinIndex({}).query(centre, radius_m); // the same usage error as with points
    }
    std::stable_sort(out.begin(), out.end(), [](const FeatureWithin& a, const FeatureWithin& b) {
        return a.distance_m < b.distance_m || (a.distance_m == b.distance_m && a.candidate < b.candidate);
    });
    return out;
}

} // namespace rangemap
