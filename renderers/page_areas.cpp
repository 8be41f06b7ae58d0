// SPDX-License-Identifier: MIT
#include "page_areas.hpp"

#include "geometry_path.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap::render {

std::vector<PageArea> project_areas(const DrawContext& dc, const layers::Layer& layer, double min_step) {
    const PathProjector proj(dc.frame);
    PathOptions opt;
    opt.min_step = min_step;
    opt.around_centre = true;
    const Box map = dc.frame.map_box();
    std::vector<PageArea> out;
    const auto to_ring = [](const PagePath& p) {
        LinearRing r;
        r.reserve(p.points.size() + 1);
        for (const PagePoint q : p.points) r.push_back({q.x, q.y});
        if (!r.empty() && r.front() != r.back()) r.push_back(r.front());
        return r;
    };
    for (const auto& f : layer.features) {
        if (f.geometry.polygons.empty()) continue;
        const Geometry clipped = proj.clip(f.geometry);
        PageArea a{&f, {}, {1e300, 1e300, -1e300, -1e300}};
        for (const auto& poly : clipped.polygons) {
            Polygon p{to_ring(proj.project(poly.outer, true, opt)), {}};
            if (p.outer.size() < 4) continue;
            for (const auto& h : poly.holes) {
                LinearRing r = to_ring(proj.project(h, true, opt));
                if (r.size() >= 4) p.holes.push_back(std::move(r));
            }
            for (const LonLat q : p.outer) {
                a.bounds.x0 = std::min(a.bounds.x0, q.lon);
                a.bounds.y0 = std::min(a.bounds.y0, q.lat);
                a.bounds.x1 = std::max(a.bounds.x1, q.lon);
                a.bounds.y1 = std::max(a.bounds.y1, q.lat);
            }
            a.plane.polygons.push_back(std::move(p));
        }
        if (!a.plane.polygons.empty() && a.bounds.intersects(map)) out.push_back(std::move(a));
    }
    return out;
}

} // namespace rangemap::render
