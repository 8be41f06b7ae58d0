// SPDX-License-Identifier: MIT
#include "overlay.hpp"

#include "geos_context.hpp"

namespace rangemap {

namespace {

Geometry areas_only(const Geometry& g) { return Geometry{{}, {}, g.polygons}; }

} // namespace

Geometry union_areas(const std::vector<Geometry>& parts) {
    GeosContext ctx;
    std::vector<GeosGeom> areas;
    for (const auto& p : parts) {
        if (p.polygons.empty()) continue;
        areas.push_back(valid_for_overlay(ctx, to_geos(ctx, areas_only(p))));
    }
    if (areas.empty()) return {};
    auto collection = make_collection(ctx, GEOS_GEOMETRYCOLLECTION, std::move(areas), "collecting polygons");
    auto merged = own(ctx, GEOSUnaryUnion_r(ctx.handle(), collection.get()), "union of areas");
    return areas_only(from_geos(ctx, merged.get()));
}

Geometry intersect_areas(const Geometry& a, const Geometry& b) {
    if (a.polygons.empty() || b.polygons.empty()) return {};
    const BBox ba = bbox_of(a), bb = bbox_of(b);
    if (ba.max_lon < bb.min_lon || bb.max_lon < ba.min_lon || ba.max_lat < bb.min_lat || bb.max_lat < ba.min_lat) {
        return {};
    }
    GeosContext ctx;
    auto ga = valid_for_overlay(ctx, to_geos(ctx, areas_only(a)));
    auto gb = valid_for_overlay(ctx, to_geos(ctx, areas_only(b)));
    auto out = own(ctx, GEOSIntersection_r(ctx.handle(), ga.get(), gb.get()), "intersection of areas");
    return areas_only(from_geos(ctx, out.get()));
}

Geometry subtract_areas(const Geometry& a, const Geometry& b) {
    if (a.polygons.empty() || b.polygons.empty()) return areas_only(a);
    GeosContext ctx;
    auto ga = valid_for_overlay(ctx, to_geos(ctx, areas_only(a)));
    auto gb = valid_for_overlay(ctx, to_geos(ctx, areas_only(b)));
    auto out = own(ctx, GEOSDifference_r(ctx.handle(), ga.get(), gb.get()), "difference of areas");
    return areas_only(from_geos(ctx, out.get()));
}

} // namespace rangemap
