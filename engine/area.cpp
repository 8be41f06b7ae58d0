// SPDX-License-Identifier: MIT
#include "area.hpp"

#include "geodesic.hpp"

namespace rangemap {

double area_m2(const Geometry& g) {
    const Geodesic& geod = Geodesic::wgs84();
    double total = 0;
    for (const auto& p : g.polygons) {
        double a = geod.ring_area(p.outer);
        for (const auto& h : p.holes) a -= geod.ring_area(h);
        total += a;
    }
    return total;
}

} // namespace rangemap
