// SPDX-License-Identifier: MIT
#include "clip.hpp"

#include "geos_context.hpp"

namespace rangemap {

namespace {
bool inside(const BBox& b, LonLat p) {
    return p.lon >= b.min_lon && p.lon <= b.max_lon && p.lat >= b.min_lat && p.lat <= b.max_lat;
}
bool contains(const BBox& outer, const BBox& inner) {
    return inner.min_lon >= outer.min_lon && inner.max_lon <= outer.max_lon && inner.min_lat >= outer.min_lat &&
           inner.max_lat <= outer.max_lat;
}
bool disjoint(const BBox& a, const BBox& b) {
    return a.max_lon < b.min_lon || b.max_lon < a.min_lon || a.max_lat < b.min_lat || b.max_lat < a.min_lat;
}
} // namespace

Geometry clip_to_box(const Geometry& g, const BBox& box) {
    Geometry out;
    for (const auto& p : g.points) {
        if (inside(box, p)) out.points.push_back(p);
    }
    if (g.lines.empty() && g.polygons.empty()) return out;

    GeosContext ctx;
    const auto clip_part = [&](Geometry part) {
        const BBox b = bbox_of(part);
        if (b.empty() || disjoint(b, box)) return;
        if (contains(box, b)) {
            out.lines.insert(out.lines.end(), part.lines.begin(), part.lines.end());
            out.polygons.insert(out.polygons.end(), part.polygons.begin(), part.polygons.end());
            return;
        }
        auto geom = to_geos(ctx, part);
        auto clipped = own(ctx, GEOSClipByRect_r(ctx.handle(), geom.get(), box.min_lon, box.min_lat, box.max_lon,
                                                 box.max_lat),
                           "clipping to the map extent");
        Geometry c = from_geos(ctx, clipped.get());
        out.lines.insert(out.lines.end(), c.lines.begin(), c.lines.end());
        out.polygons.insert(out.polygons.end(), c.polygons.begin(), c.polygons.end());
    };
    // Part by part: most parts of a world layer are wholly in or out, and need no GEOS at all.
    for (const auto& l : g.lines) clip_part(Geometry{{}, {l}, {}});
    for (const auto& p : g.polygons) clip_part(Geometry{{}, {}, {p}});
    return out;
}

} // namespace rangemap
