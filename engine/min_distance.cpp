// SPDX-License-Identifier: MIT
#include "min_distance.hpp"

#include "error.hpp"
#include "geos_context.hpp"
#include "segment_index.hpp"

#include <limits>

namespace rangemap {

namespace {

template <class F>
void for_each_vertex(const Geometry& g, F&& f) {
    for (const auto& p : g.points) f(p);
    for (const auto& l : g.lines)
        for (const auto& p : l) f(p);
    for (const auto& poly : g.polygons) {
        for (const auto& p : poly.outer) f(p);
        for (const auto& h : poly.holes)
            for (const auto& p : h) f(p);
    }
}

/// A point common to both geometries, when they touch or overlap.
std::optional<LonLat> common_point(const Geometry& a, const Geometry& b) {
    GeosContext ctx;
    const auto h = ctx.handle();
    GeosGeom ga = to_geos(ctx, a), gb = to_geos(ctx, b);
    const char hit = GEOSIntersects_r(h, ga.get(), gb.get());
    if (hit == 2) ctx.fail("testing whether two geometries overlap");
    if (hit == 0) return std::nullopt;
    GeosGeom inter = own(ctx, GEOSIntersection_r(h, ga.get(), gb.get()), "intersecting two geometries");
    GeosGeom pt = own(ctx, GEOSPointOnSurface_r(h, inter.get()), "a point of the overlap");
    const Geometry p = from_geos(ctx, pt.get());
    if (p.points.empty()) return std::nullopt;
    return p.points.front();
}

} // namespace

MinDistance min_distance(const Geometry& a, const Geometry& b) {
    if (a.empty() || b.empty()) throw usage_error("minimum distance of an empty geometry");
    const std::string method = "vertex-to-geodesic-edge minimum on WGS84, ECEF BVH index, confirmed by "
                               "iteration on the geodesic (Karney 2013)";
    if (const auto p = common_point(a, b)) return {0.0, *p, *p, method + "; overlap found by GEOS", 0.0};

    SegmentIndex ia, ib;
    ia.add(a, 0);
    ib.add(b, 0);
    ia.build();
    ib.build();
    MinDistance best{std::numeric_limits<double>::infinity(), {}, {}, method, 0.001};
    for_each_vertex(a, [&](LonLat p) {
        if (const auto n = ib.nearest(p, best.distance_m); n && n->distance_m < best.distance_m) {
            best.distance_m = n->distance_m;
            best.from = p;
            best.to = n->point;
        }
    });
    for_each_vertex(b, [&](LonLat p) {
        if (const auto n = ia.nearest(p, best.distance_m); n && n->distance_m < best.distance_m) {
            best.distance_m = n->distance_m;
            best.from = n->point;
            best.to = p;
        }
    });
    return best;
}

} // namespace rangemap
