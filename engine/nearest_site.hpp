// SPDX-License-Identifier: MIT
#pragma once
/// @file For each of many points, the nearest of a set of sites on the WGS84 geodesic: the one
/// function behind Python's `rangemap.nearest`.

#include "ecef_bvh.hpp"
#include "geo_point.hpp"

#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace rangemap {

struct NearestSite {
    /// Position of the nearest site in the sites given; k_none when there is none (no sites, or
    /// a point that is not a valid position: NaN, |lat| > 90).
    std::size_t site = k_none;
    double distance_m = std::numeric_limits<double>::quiet_NaN();  ///< geodesic, metres
    double azimuth_deg = std::numeric_limits<double>::quiet_NaN(); ///< from the point to the site, [0, 360)
    static constexpr std::size_t k_none = static_cast<std::size_t>(-1);
};

/// An index over sites (ECEF bounding-volume hierarchy). Chord distances bound geodesic
/// distances from below (geodesic_lower_bound), so a best-first search measures on the
/// geodesic only the few sites that can be the nearest. Thread-safe once built.
class NearestSiteIndex {
public:
    /// @param sites WGS84 lon/lat, lat in [-90, 90]. @throws usage_error for an invalid site.
    explicit NearestSiteIndex(std::vector<LonLat> sites);
    /// The nearest site to `p` (ties: any of the equals). A NaN or out-of-range point gets k_none.
    [[nodiscard]] NearestSite nearest(LonLat p) const noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return m_sites.size(); }

private:
    std::vector<LonLat> m_sites;
    std::vector<Vec3> m_xyz;
    Bvh m_bvh;
}; // class NearestSiteIndex

/// nearest() for every point, on `threads` workers (0: one per core), in input order.
std::vector<NearestSite> nearest_sites(const NearestSiteIndex& index, std::span<const LonLat> points,
                                       unsigned threads = 0);

} // namespace rangemap
