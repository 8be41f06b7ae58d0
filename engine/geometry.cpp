// SPDX-License-Identifier: MIT
#include "geometry.hpp"

#include <algorithm>

namespace rangemap {

std::size_t Geometry::vertex_count() const noexcept {
    std::size_t n = points.size();
    for (const auto& l : lines) n += l.size();
    for (const auto& p : polygons) {
        n += p.outer.size();
        for (const auto& h : p.holes) n += h.size();
    }
    return n;
}

void BBox::expand(LonLat p) noexcept {
    min_lon = std::min(min_lon, p.lon);
    max_lon = std::max(max_lon, p.lon);
    min_lat = std::min(min_lat, p.lat);
    max_lat = std::max(max_lat, p.lat);
}

BBox bbox_of(const Geometry& g) noexcept {
    BBox b;
    for (const auto& p : g.points) b.expand(p);
    for (const auto& l : g.lines)
        for (const auto& p : l) b.expand(p);
    for (const auto& poly : g.polygons)
        for (const auto& p : poly.outer) b.expand(p);
    return b;
}

std::string Feature::attribute(const std::string& key) const {
    const auto it = attributes.find(key);
    return it == attributes.end() ? std::string() : it->second;
}

} // namespace rangemap
