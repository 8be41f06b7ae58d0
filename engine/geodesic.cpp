// SPDX-License-Identifier: MIT
#include "geodesic.hpp"

#include "vincenty.hpp"
#include "wgs84.hpp"

#include <algorithm>
#include <cmath>
#include <geodesic.h>
#include <memory>
#include <vector>

namespace rangemap {

const Geodesic& Geodesic::wgs84() {
    static const Geodesic g(wgs84::k_a, wgs84::k_f);
    return g;
}

Geodesic::Geodesic(double a, double f) : m_geod(std::make_unique<geod_geodesic>()), m_a(a), m_f(f) {
    geod_init(m_geod.get(), a, f);
    double s12 = 0;
    geod_inverse(m_geod.get(), 90.0, 0.0, -90.0, 0.0, &s12, nullptr, nullptr);
    m_half_meridian = s12;
}

Geodesic::~Geodesic() = default;

Inverse Geodesic::inverse(LonLat from, LonLat to) const noexcept {
    Inverse r{};
    geod_inverse(m_geod.get(), from.lat, from.lon, to.lat, to.lon, &r.distance_m, &r.azi1_deg, &r.azi2_deg);
    return r;
}

Inverse Geodesic::fast_inverse(LonLat from, LonLat to) const noexcept {
    if (const auto v = vincenty_inverse(from, to, m_a, m_f)) return *v;
    return inverse(from, to);
}

double Geodesic::distance(LonLat from, LonLat to) const noexcept {
    double s12 = 0;
    geod_inverse(m_geod.get(), from.lat, from.lon, to.lat, to.lon, &s12, nullptr, nullptr);
    return s12;
}

Direct Geodesic::direct(LonLat from, double azi_deg, double distance_m) const noexcept {
    Direct d{};
    geod_direct(m_geod.get(), from.lat, from.lon, azi_deg, distance_m, &d.point.lat, &d.point.lon, &d.azi2_deg);
    return d;
}

std::vector<LonLat> Geodesic::line(LonLat from, LonLat to, double max_step_m) const {
    const Inverse inv = inverse(from, to);
    const double step = max_step_m > 0 ? max_step_m : inv.distance_m;
    const int n = static_cast<int>(std::clamp(std::ceil(inv.distance_m / step), 1.0, 4096.0));
    std::vector<LonLat> out;
    out.reserve(static_cast<std::size_t>(n) + 1);
    out.push_back(from);
    for (int i = 1; i < n; ++i) out.push_back(direct(from, inv.azi1_deg, inv.distance_m * i / n).point);
    out.push_back(to);
    return out;
}

namespace {
void polygon_area(const geod_geodesic* g, std::span<const LonLat> ring, double& area, double& perimeter) {
    std::size_t n = ring.size();
    if (n > 1 && ring.front() == ring.back()) --n;
    std::vector<double> lats(n), lons(n);
    for (std::size_t i = 0; i < n; ++i) {
        lats[i] = ring[i].lat;
        lons[i] = ring[i].lon;
    }
    area = 0;
    perimeter = 0;
    if (n < 3) return;
    geod_polygonarea(g, lats.data(), lons.data(), static_cast<int>(n), &area, &perimeter);
}
} // namespace

double Geodesic::ring_area(std::span<const LonLat> ring) const {
    double a = 0, p = 0;
    polygon_area(m_geod.get(), ring, a, p);
    return std::abs(a);
}

double Geodesic::ring_perimeter(std::span<const LonLat> ring) const {
    double a = 0, p = 0;
    polygon_area(m_geod.get(), ring, a, p);
    return p;
}

} // namespace rangemap
