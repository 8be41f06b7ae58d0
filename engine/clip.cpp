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

/// One Sutherland–Hodgman pass: keeps the side of the line where `keep` holds.
template <typename Keep, typename Cut>
void clip_pass(const std::vector<LonLat>& in, std::vector<LonLat>& out, Keep keep, Cut cut) {
    out.clear();
    if (in.empty()) return;
    LonLat prev = in.back();
    bool prev_in = keep(prev);
    for (const LonLat& cur : in) {
        const bool cur_in = keep(cur);
        if (cur_in != prev_in) out.push_back(cut(prev, cur));
        if (cur_in) out.push_back(cur);
        prev = cur;
        prev_in = cur_in;
    }
}

/// A ring clipped to the box; empty when nothing of it is inside.
LinearRing clip_ring(const LinearRing& ring, const BBox& b) {
    std::vector<LonLat> a(ring.begin(), ring.end()), c;
    if (a.size() > 1 && a.front() == a.back()) a.pop_back();
    const auto at_lon = [](LonLat p, LonLat q, double lon) {
        const double t = (lon - p.lon) / (q.lon - p.lon);
        return LonLat{lon, p.lat + t * (q.lat - p.lat)};
    };
    const auto at_lat = [](LonLat p, LonLat q, double lat) {
        const double t = (lat - p.lat) / (q.lat - p.lat);
        return LonLat{p.lon + t * (q.lon - p.lon), lat};
    };
    clip_pass(
        a, c, [&](LonLat p) { return p.lon >= b.min_lon; },
        [&](LonLat p, LonLat q) { return at_lon(p, q, b.min_lon); });
    clip_pass(
        c, a, [&](LonLat p) { return p.lon <= b.max_lon; },
        [&](LonLat p, LonLat q) { return at_lon(p, q, b.max_lon); });
    clip_pass(
        a, c, [&](LonLat p) { return p.lat >= b.min_lat; },
        [&](LonLat p, LonLat q) { return at_lat(p, q, b.min_lat); });
    clip_pass(
        c, a, [&](LonLat p) { return p.lat <= b.max_lat; },
        [&](LonLat p, LonLat q) { return at_lat(p, q, b.max_lat); });
    if (a.size() < 3) return {};
    a.push_back(a.front());
    return a;
}

} // namespace

Geometry clip_to_box(const Geometry& g, const BBox& box) {
    Geometry out;
    for (const auto& p : g.points) {
        if (inside(box, p)) out.points.push_back(p);
    }
    for (const auto& poly : g.polygons) {
        BBox b;
        for (const auto& p : poly.outer) b.expand(p);
        if (b.empty() || disjoint(b, box)) continue;
        if (contains(box, b)) {
            out.polygons.push_back(poly);
            continue;
        }
        Polygon clipped{clip_ring(poly.outer, box), {}};
        if (clipped.outer.empty()) continue;
        for (const auto& h : poly.holes) {
            if (LinearRing ch = clip_ring(h, box); !ch.empty()) clipped.holes.push_back(std::move(ch));
        }
        out.polygons.push_back(std::move(clipped));
    }
    if (g.lines.empty()) return out;

    GeosContext ctx;
    for (const auto& l : g.lines) {
        Geometry part{{}, {l}, {}};
        const BBox b = bbox_of(part);
        if (b.empty() || disjoint(b, box)) continue;
        if (contains(box, b)) {
            out.lines.push_back(l);
            continue;
        }
        auto geom = to_geos(ctx, part);
        auto clipped = clip_rect(ctx, geom.get(), box.min_lon, box.min_lat, box.max_lon, box.max_lat);
        Geometry c = from_geos(ctx, clipped.get());
        out.lines.insert(out.lines.end(), c.lines.begin(), c.lines.end());
    }
    return out;
}

} // namespace rangemap
