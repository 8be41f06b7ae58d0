// SPDX-License-Identifier: MIT
#include "place_distance.hpp"

#include "azimuth.hpp"
#include "geodesic.hpp"
#include "min_distance.hpp"

namespace rangemap {

bool is_single_point(const Geometry& g) noexcept {
    return g.polygons.empty() && g.lines.empty() && g.points.size() == 1;
}

PlaceDistance distance_between(const Geometry& a, const Geometry& b) {
    PlaceDistance d;
    const bool points = is_single_point(a) && is_single_point(b);
    if (points) {
        d.from = a.points.front();
        d.to = b.points.front();
        d.method = k_geodesic_method;
    } else {
        const MinDistance m = min_distance(a, b);
        d.from = m.from;
        d.to = m.to;
        d.distance_m = m.distance_m;
        d.method = m.method;
        d.error_bound_m = m.error_bound_m;
    }
    const Inverse inv = Geodesic::wgs84().inverse(d.from, d.to);
    if (points) d.distance_m = inv.distance_m;
    d.azimuth_deg = azimuth_0_360(inv.azi1_deg);
    d.back_azimuth_deg = azimuth_0_360(inv.azi2_deg);
    return d;
}

} // namespace rangemap
