// SPDX-License-Identifier: MIT
#pragma once
/// @file What a set of sites reaches: distance matrices, which targets lie within each radius,
/// the land of each country within reach, and sweeps of the radius. The one implementation
/// behind scenario coverage and sweep questions, whatever front-end asks.

#include "area_pieces.hpp"
#include "geometry.hpp"
#include "length.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace rangemap {

/// Geodesic distances, metres: at(s, t) from site s to target t (distance_between: the
/// geodesic for two points, the minimum distance when either is a feature).
class DistanceMatrix {
public:
    DistanceMatrix(std::size_t sites, std::size_t targets) : m_targets(targets), m_d(sites * targets) {}
    [[nodiscard]] double at(std::size_t site, std::size_t target) const noexcept {
        return m_d[site * m_targets + target];
    }
    double& at(std::size_t site, std::size_t target) noexcept { return m_d[site * m_targets + target]; }
    [[nodiscard]] std::size_t sites() const noexcept { return m_targets ? m_d.size() / m_targets : 0; }
    [[nodiscard]] std::size_t targets() const noexcept { return m_targets; }

private:
    std::size_t m_targets;
    std::vector<double> m_d;
}; // class DistanceMatrix

/// Every site against every target, each pair computed once.
/// @throws usage_error for an empty geometry.
DistanceMatrix distance_matrix(const std::vector<Geometry>& sites, const std::vector<Geometry>& targets);

/// One target's coverage by the sites.
struct TargetCoverage {
    std::size_t nearest_site = 0;          ///< index of the nearest site (the first of equals)
    double nearest_m = 0;                  ///< its distance, metres
    std::vector<std::size_t> sites_within; ///< per radius: how many sites lie within it
};

/// For each target (column of `d`), its nearest site and how many sites lie within each of
/// `radii` and not nearer than `min_radius` (a distance equal to either counts as within).
/// @pre d has at least one site.
std::vector<TargetCoverage> target_coverage(const DistanceMatrix& d, const std::vector<Length>& radii,
                                            Length min_radius = {});

/// The land of each country within `radius` of any site, m²: the union of the sites' geodesic
/// range rings (annuli beyond `min_radius` when above zero) intersected with each country's
/// polygons, ellipsoidal area on WGS84.
/// @param sites lon/lat points; @param countries polygon geometries (lon/lat).
/// @throws usage_error for a radius beyond a ring's limit; data_error when GEOS fails.
std::vector<double> covered_land_m2(const std::vector<LonLat>& sites, Length radius,
                                    const std::vector<const Geometry*>& countries, Length min_radius = {});
/// As above, for countries already cut into pieces: what a caller asking again and again (a
/// sweep, the server) keeps, so that each country is repaired, cut and measured once.
std::vector<double> covered_land_m2(const std::vector<LonLat>& sites, Length radius,
                                    const std::vector<const AreaPieces*>& countries, Length min_radius = {});

/// The land of each country inside the union of `rings` (range rings or annuli), m²: the
/// overlay covered_land_m2 makes once it has the rings, for a caller that keeps rings.
std::vector<double> land_within_m2(const std::vector<const Geometry*>& rings,
                                   const std::vector<const AreaPieces*>& countries);

/// One step of a radius sweep.
struct SweepStep {
    Length radius;
    std::size_t targets_covered = 0;      ///< targets within `radius` of at least one site
    std::size_t most_sites_on_target = 0; ///< the most sites any one target lies within
    std::vector<double> covered_m2;       ///< per country, as covered_land_m2 (empty without countries)
};

/// Called after each sweep step with (steps done, steps in all).
using SweepProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Coverage of the targets (columns of `d`) and land area per country at each radius.
/// @param sites lon/lat points, the rows of `d`, for the land areas.
std::vector<SweepStep> sweep_radius(const DistanceMatrix& d, const std::vector<LonLat>& sites,
                                    const std::vector<Length>& radii, const std::vector<const AreaPieces*>& countries,
                                    const SweepProgress& progress = {});

} // namespace rangemap
