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

double length_m(const Geometry& g) {
    const Geodesic& geod = Geodesic::wgs84();
    double total = 0;
    const auto add = [&](const std::vector<LonLat>& path) {
        for (std::size_t i = 1; i < path.size(); ++i) total += geod.distance(path[i - 1], path[i]);
    };
    for (const auto& l : g.lines) add(l);
    for (const auto& p : g.polygons) {
        add(p.outer);
        for (const auto& h : p.holes) add(h);
    }
    return total;
}

} // namespace rangemap
