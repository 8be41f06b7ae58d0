// SPDX-License-Identifier: MIT
#include "nearest_site.hpp"

#include "azimuth.hpp"
#include "error.hpp"
#include "geodesic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <thread>

namespace rangemap {

namespace {

bool valid(LonLat p) noexcept { return std::isfinite(p.lon) && std::isfinite(p.lat) && std::abs(p.lat) <= 90; }

} // namespace

NearestSiteIndex::NearestSiteIndex(std::vector<LonLat> sites) : m_sites(std::move(sites)) {
    std::vector<Box3> boxes;
    boxes.reserve(m_sites.size());
    m_xyz.reserve(m_sites.size());
    for (std::size_t i = 0; i < m_sites.size(); ++i) {
        const LonLat s = m_sites[i];
        if (!valid(s)) throw usage_error(fmt::format("site {} ({}, {}) is not a valid lat, lon", i, s.lat, s.lon));
        m_xyz.push_back(ecef(s));
        Box3 b;
        b.expand(m_xyz.back());
        boxes.push_back(b);
    }
    m_bvh.build(boxes);
}

NearestSite NearestSiteIndex::nearest(LonLat p) const noexcept {
    NearestSite out;
    if (m_sites.empty() || !valid(p)) return out;
    const Vec3 q = ecef(p);
    const Geodesic& g = Geodesic::wgs84();
    const auto box_lb = [&](const Box3& b) { return geodesic_lower_bound(std::sqrt(b.dist2(q))); };
    const auto item_lb = [&](std::uint32_t i) { return geodesic_lower_bound(std::sqrt(dist2(m_xyz[i], q))); };
    // The azimuth comes with the distance from one inverse: kept for the few sites measured.
    std::array<std::pair<std::uint32_t, double>, 8> measured;
    std::size_t n_measured = 0;
    const auto exact = [&](std::uint32_t i) {
        const Inverse inv = g.inverse(p, m_sites[i]);
        if (n_measured < measured.size()) measured[n_measured++] = {i, inv.azi1_deg};
        return inv.distance_m;
    };
    const auto [item, d] = m_bvh.best_first(box_lb, item_lb, exact, std::numeric_limits<double>::infinity());
    if (item < 0) return out;
    out.site = static_cast<std::size_t>(item);
    out.distance_m = d;
    double azi = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t k = 0; k < n_measured; ++k) {
        if (measured[k].first == item) azi = measured[k].second;
    }
    if (std::isnan(azi)) azi = g.inverse(p, m_sites[out.site]).azi1_deg;
    out.azimuth_deg = azimuth_0_360(azi);
    return out;
}

std::vector<NearestSite> nearest_sites(const NearestSiteIndex& index, std::span<const LonLat> points,
                                       unsigned threads) {
    std::vector<NearestSite> out(points.size());
    const unsigned hw = threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    // Contiguous slices, at least 4096 points each: a thread start costs far less than that.
    const std::size_t workers = std::clamp<std::size_t>(points.size() / 4096, 1, hw);
    const auto run = [&](std::size_t w) noexcept {
        const std::size_t begin = points.size() * w / workers, end = points.size() * (w + 1) / workers;
        for (std::size_t i = begin; i < end; ++i) out[i] = index.nearest(points[i]);
    };
    {
        std::vector<std::jthread> pool;
        for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(run, w);
        run(0);
    }
    return out;
}

} // namespace rangemap
