// SPDX-License-Identifier: MIT
#include "vincenty.hpp"

#include "angles.hpp"

#include <cmath>

namespace rangemap {

namespace {

/// Beyond this many steps the iteration is in its slow, nearly antipodal regime, where the last
/// step no longer bounds the error: Karney's method answers instead.
constexpr int k_max_steps = 10;
/// Change of the longitude on the auxiliary sphere at which the iteration stops, radians:
/// about 6 µm on the Earth.
constexpr double k_converged = 1e-12;
/// Least arc on the auxiliary sphere accepted, radians (about 6 km).
constexpr double k_min_arc = 1e-3;

} // namespace

std::optional<Inverse> vincenty_inverse(LonLat from, LonLat to, double a, double f) noexcept {
    if (!(std::abs(f) < 0.01) || !std::isfinite(from.lat + from.lon + to.lat + to.lon)) return std::nullopt;
    const double b = a * (1 - f);
    const double l = std::remainder(to.lon - from.lon, 360.0) * k_rad_per_deg;
    // Reduced latitudes; at a pole tan() is huge but finite and cos U comes out as ~1e-17.
    const double tan_u1 = (1 - f) * std::tan(from.lat * k_rad_per_deg),
                 tan_u2 = (1 - f) * std::tan(to.lat * k_rad_per_deg);
    const double cos_u1 = 1 / std::sqrt(1 + tan_u1 * tan_u1), sin_u1 = tan_u1 * cos_u1;
    const double cos_u2 = 1 / std::sqrt(1 + tan_u2 * tan_u2), sin_u2 = tan_u2 * cos_u2;
    double lambda = l, sin_l = 0, cos_l = 1;
    double sin_sigma = 0, cos_sigma = 0, sigma = 0, cos2_alpha = 0, cos_2sm = 0;
    for (int step = 0;; ++step) {
        if (step == k_max_steps) return std::nullopt;
        sin_l = std::sin(lambda);
        cos_l = std::cos(lambda);
        const double t1 = cos_u2 * sin_l, t2 = cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_l;
        sin_sigma = std::sqrt(t1 * t1 + t2 * t2);
        if (!(sin_sigma >= k_min_arc)) return std::nullopt; // short, or antipodal on the equator
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_l;
        sigma = std::atan2(sin_sigma, cos_sigma);
        const double sin_alpha = cos_u1 * cos_u2 * sin_l / sin_sigma;
        cos2_alpha = 1 - sin_alpha * sin_alpha;
        // On the equator cos²α = 0 and the term it divides vanishes.
        cos_2sm = cos2_alpha != 0 ? cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha : 0;
        const double c = f / 16 * cos2_alpha * (4 + f * (4 - 3 * cos2_alpha));
        const double previous = lambda;
        lambda = l + (1 - c) * f * sin_alpha *
                         (sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm * cos_2sm)));
        if (!(std::abs(lambda) <= M_PI)) return std::nullopt;
        if (std::abs(lambda - previous) < k_converged) break;
    }
    sin_l = std::sin(lambda);
    cos_l = std::cos(lambda);
    const double u2 = cos2_alpha * (a * a - b * b) / (b * b);
    const double big_a = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    const double big_b = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    const double d_sigma =
        big_b * sin_sigma *
        (cos_2sm + big_b / 4 *
                       (cos_sigma * (-1 + 2 * cos_2sm * cos_2sm) -
                        big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma * sin_sigma) * (-3 + 4 * cos_2sm * cos_2sm)));
    Inverse r{};
    r.distance_m = b * big_a * (sigma - d_sigma);
    r.azi1_deg = std::atan2(cos_u2 * sin_l, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_l) / k_rad_per_deg;
    r.azi2_deg = std::atan2(cos_u1 * sin_l, -sin_u1 * cos_u2 + cos_u1 * sin_u2 * cos_l) / k_rad_per_deg;
    return r;
}

} // namespace rangemap
