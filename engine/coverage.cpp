// SPDX-License-Identifier: MIT
#include "coverage.hpp"

#include "overlay.hpp"
#include "place_distance.hpp"
#include "ring.hpp"
#include "sector.hpp"

#include <algorithm>

namespace rangemap {

DistanceMatrix distance_matrix(const std::vector<Geometry>& sites, const std::vector<Geometry>& targets) {
    DistanceMatrix m(sites.size(), targets.size());
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (std::size_t t = 0; t < targets.size(); ++t) m.at(s, t) = distance_between(sites[s], targets[t]).distance_m;
    }
    return m;
}

std::vector<TargetCoverage> target_coverage(const DistanceMatrix& d, const std::vector<Length>& radii,
                                            Length min_radius) {
    std::vector<TargetCoverage> out(d.targets());
    for (std::size_t t = 0; t < d.targets(); ++t) {
        TargetCoverage& c = out[t];
        for (std::size_t s = 1; s < d.sites(); ++s) {
            if (d.at(s, t) < d.at(c.nearest_site, t)) c.nearest_site = s;
        }
        c.nearest_m = d.sites() ? d.at(c.nearest_site, t) : 0.0;
        for (const Length r : radii) {
            std::size_t n = 0;
            for (std::size_t s = 0; s < d.sites(); ++s) {
                n += d.at(s, t) <= r.metres() && d.at(s, t) >= min_radius.metres() ? 1 : 0;
            }
            c.sites_within.push_back(n);
        }
    }
    return out;
}

std::vector<double> covered_land_m2(const std::vector<LonLat>& sites, Length radius,
                                    const std::vector<const Geometry*>& countries, Length min_radius) {
    std::vector<AreaPieces> pieces;
    pieces.reserve(countries.size());
    for (const Geometry* c : countries) pieces.emplace_back(*c);
    std::vector<const AreaPieces*> of;
    for (const auto& p : pieces) of.push_back(&p);
    return covered_land_m2(sites, radius, of, min_radius);
}

std::vector<double> covered_land_m2(const std::vector<LonLat>& sites, Length radius,
                                    const std::vector<const AreaPieces*>& countries, Length min_radius) {
    std::vector<Geometry> rings;
    rings.reserve(sites.size());
    for (const LonLat s : sites) rings.push_back(range_annulus(s, radius, min_radius).area);
    return areas_within_m2(union_areas(rings), countries);
}

std::vector<double> land_within_m2(const std::vector<const Geometry*>& rings,
                                   const std::vector<const AreaPieces*>& countries) {
    std::vector<Geometry> parts;
    parts.reserve(rings.size());
    for (const Geometry* r : rings) parts.push_back(*r);
    return areas_within_m2(union_areas(parts), countries);
}

std::vector<SweepStep> sweep_radius(const DistanceMatrix& d, const std::vector<LonLat>& sites,
                                    const std::vector<Length>& radii, const std::vector<const AreaPieces*>& countries,
                                    const SweepProgress& progress) {
    std::vector<SweepStep> out;
    out.reserve(radii.size());
    for (std::size_t i = 0; i < radii.size(); ++i) {
        SweepStep step;
        step.radius = radii[i];
        for (const TargetCoverage& c : target_coverage(d, {radii[i]})) {
            const std::size_t n = c.sites_within.front();
            step.targets_covered += n > 0 ? 1 : 0;
            step.most_sites_on_target = std::max(step.most_sites_on_target, n);
        }
        if (!countries.empty()) step.covered_m2 = covered_land_m2(sites, radii[i], countries);
        out.push_back(std::move(step));
        if (progress) progress(i + 1, radii.size());
    }
    return out;
}

} // namespace rangemap
