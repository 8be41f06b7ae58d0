// SPDX-License-Identifier: MIT
#include "geos_context.hpp"

#include "error.hpp"

#include <vector>

namespace rangemap {

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    if (!m_handle) throw io_error("cannot create a GEOS context");
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::on_error, this);
    GEOSContext_setNoticeMessageHandler_r(m_handle, nullptr, nullptr);
}

GeosContext::~GeosContext() { GEOS_finish_r(m_handle); }

void GeosContext::on_error(const char* message, void* self) {
    static_cast<GeosContext*>(self)->m_last_error = message ? message : "";
}

void GeosContext::fail(const std::string& what) const {
    throw data_error(what + (m_last_error.empty() ? std::string() : ": " + m_last_error));
}

GeosGeom own(const GeosContext& ctx, GEOSGeometry* g, const char* what) {
    if (!g) ctx.fail(what);
    return GeosGeom(g, GeosGeomDeleter{ctx.handle()});
}

GeosGeom clip_rect(const GeosContext& ctx, const GEOSGeometry* g, double x0, double y0, double x1, double y1) {
    const auto h = ctx.handle();
    auto rect = own(ctx, GEOSGeom_createRectangle_r(h, x0, y0, x1, y1), "clip rectangle");
    return own(ctx, GEOSIntersection_r(h, g, rect.get()), "clipping to a rectangle");
}

namespace {

GEOSCoordSequence* make_seq(const GeosContext& ctx, const std::vector<LonLat>& pts, const PlaneMap& map) {
    const auto h = ctx.handle();
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(pts.size()), 2);
    if (!seq) ctx.fail("GEOS coordinate sequence");
    for (unsigned i = 0; i < pts.size(); ++i) {
        const LonLat p = map ? map(pts[i]) : pts[i];
        GEOSCoordSeq_setXY_r(h, seq, i, p.lon, p.lat);
    }
    return seq;
}

GEOSGeometry* make_ring(const GeosContext& ctx, const LinearRing& ring, const PlaneMap& map) {
    std::vector<LonLat> pts = ring;
    if (!pts.empty() && !(pts.front() == pts.back())) pts.push_back(pts.front());
    while (pts.size() < 4 && !pts.empty()) pts.push_back(pts.front()); // degenerate: MakeValid copes
    GEOSGeometry* r = GEOSGeom_createLinearRing_r(ctx.handle(), make_seq(ctx, pts, map));
    if (!r) ctx.fail("GEOS linear ring");
    return r;
}

void read_seq(const GeosContext& ctx, const GEOSGeometry* g, std::vector<LonLat>& out, const PlaneMap& map) {
    const auto h = ctx.handle();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
    if (!seq) ctx.fail("GEOS coordinates");
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    out.reserve(out.size() + n);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        out.push_back(map ? map(LonLat{x, y}) : LonLat{x, y});
    }
}

void read_into(const GeosContext& ctx, const GEOSGeometry* g, Geometry& out, const PlaneMap& map) {
    const auto h = ctx.handle();
    if (GEOSisEmpty_r(h, g) == 1) return;
    switch (GEOSGeomTypeId_r(h, g)) {
    case GEOS_POINT: read_seq(ctx, g, out.points, map); break;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING: {
        LineString l;
        read_seq(ctx, g, l, map);
        out.lines.push_back(std::move(l));
        break;
    }
    case GEOS_POLYGON: {
        Polygon p;
        read_seq(ctx, GEOSGetExteriorRing_r(h, g), p.outer, map);
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i) {
            LinearRing r;
            read_seq(ctx, GEOSGetInteriorRingN_r(h, g, i), r, map);
            p.holes.push_back(std::move(r));
        }
        out.polygons.push_back(std::move(p));
        break;
    }
    default: {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i) read_into(ctx, GEOSGetGeometryN_r(h, g, i), out, map);
    }
    }
}

} // namespace

GeosGeom to_geos(const GeosContext& ctx, const Geometry& g, const PlaneMap& map) {
    const auto h = ctx.handle();
    std::vector<GEOSGeometry*> parts;
    for (const auto& p : g.points) {
        parts.push_back(GEOSGeom_createPoint_r(h, make_seq(ctx, {p}, map)));
    }
    for (const auto& l : g.lines) {
        if (l.size() < 2) continue;
        parts.push_back(GEOSGeom_createLineString_r(h, make_seq(ctx, l, map)));
    }
    for (const auto& poly : g.polygons) {
        if (poly.outer.size() < 3) continue;
        GEOSGeometry* shell = make_ring(ctx, poly.outer, map);
        std::vector<GEOSGeometry*> holes;
        for (const auto& hole : poly.holes) {
            if (hole.size() >= 3) holes.push_back(make_ring(ctx, hole, map));
        }
        parts.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
    }
    if (parts.size() == 1) return own(ctx, parts.front(), "GEOS geometry");
    int type = GEOS_GEOMETRYCOLLECTION;
    if (parts.size() == g.polygons.size()) type = GEOS_MULTIPOLYGON;
    else if (parts.size() == g.lines.size()) type = GEOS_MULTILINESTRING;
    else if (parts.size() == g.points.size()) type = GEOS_MULTIPOINT;
    return own(ctx, GEOSGeom_createCollection_r(h, type, parts.data(), static_cast<unsigned>(parts.size())),
               "GEOS collection");
}

Geometry from_geos(const GeosContext& ctx, const GEOSGeometry* g, const PlaneMap& map) {
    Geometry out;
    if (g) read_into(ctx, g, out, map);
    return out;
}

} // namespace rangemap
