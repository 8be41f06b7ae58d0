// SPDX-License-Identifier: MIT
#include "aeqd_plane.hpp"

#include "geodesic.hpp"

#include <cmath>

namespace rangemap {

XY AeqdPlane::forward(LonLat p) const noexcept {
    const Inverse inv = Geodesic::wgs84().inverse(m_centre, p);
    const double a = inv.azi1_deg * M_PI / 180.0;
    return {inv.distance_m * std::sin(a), inv.distance_m * std::cos(a)};
}

LonLat AeqdPlane::inverse(XY p) const noexcept {
    const double s = std::hypot(p.x, p.y);
    if (s == 0) return m_centre;
    return Geodesic::wgs84().direct(m_centre, std::atan2(p.x, p.y) * 180.0 / M_PI, s).point;
}

} // namespace rangemap
