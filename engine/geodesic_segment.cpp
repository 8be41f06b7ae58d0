// SPDX-License-Identifier: MIT
#include "geodesic_segment.hpp"

#include "angles.hpp"
#include "wgs84.hpp"

#include <algorithm>
#include <cmath>
#include <geodesic.h>

namespace rangemap {

namespace {

const geod_geodesic& ellipsoid() {
    static const geod_geodesic g = [] {
        geod_geodesic x{};
        geod_init(&x, wgs84::k_a, wgs84::k_f);
        return x;
    }();
    return g;
}

} // namespace

SegmentPoint nearest_on_segment(LonLat p, LonLat a, LonLat b, double start_fraction) noexcept {
    const geod_geodesic& g = ellipsoid();
    if (a == b) {
        double d = 0;
        geod_inverse(&g, p.lat, p.lon, a.lat, a.lon, &d, nullptr, nullptr);
        return {d, a};
    }
    geod_geodesicline line{};
    geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon,
                     GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_AZIMUTH | GEOD_DISTANCE_IN);
    const double len = line.s13;
    double s = std::clamp(start_fraction, 0.0, 1.0) * len;
    SegmentPoint best{INFINITY, a};
    for (int it = 0; it < 40; ++it) {
        LonLat x{};
        double azi_line = 0;
        geod_position(&line, s, &x.lat, &x.lon, &azi_line);
        double d = 0, azi_xp = 0;
        geod_inverse(&g, x.lat, x.lon, p.lat, p.lon, &d, &azi_xp, nullptr);
        if (d < best.distance_m) best = {d, x};
        const double sigma = d / wgs84::k_mean_radius;
        const double alpha = (azi_xp - azi_line) * k_rad_per_deg;
        const double step = wgs84::k_mean_radius * std::atan2(std::sin(sigma) * std::cos(alpha), std::cos(sigma));
        const double next = std::clamp(s + step, 0.0, len);
        const double moved = std::abs(next - s);
        if (moved < 1e-3 || moved * moved < 2e-4 * d) break; // stationary here: error ~ step² / 2d
        s = next;
    }
    return best;
}

Bearing bearing(LonLat from, LonLat to) noexcept {
    Bearing r{};
    geod_inverse(&ellipsoid(), from.lat, from.lon, to.lat, to.lon, &r.distance_m, &r.azi_deg, nullptr);
    return r;
}

bool turns_away(LonLat v, LonLat w, double azi_to_p_deg) noexcept {
    double azi_vw = 0;
    geod_inverse(&ellipsoid(), v.lat, v.lon, w.lat, w.lon, nullptr, &azi_vw, nullptr);
    return turns_away(azi_vw, azi_to_p_deg);
}

bool turns_away(double azi_vw_deg, double azi_to_p_deg) noexcept {
    return std::cos((azi_to_p_deg - azi_vw_deg) * k_rad_per_deg) <= 0;
}

} // namespace rangemap
