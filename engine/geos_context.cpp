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

void GeosContext::on_error(const char* message, void* self) noexcept {
    // Called from inside GEOS: nothing may propagate. Keeping the message can run out of
    // memory; then fail() says the message was lost instead of repeating an older one.
    auto* ctx = static_cast<GeosContext*>(self);
    try {
        ctx->m_last_error = message ? message : "";
        ctx->m_message_lost = false;
    } catch (...) {
        ctx->m_last_error.clear();
        ctx->m_message_lost = true;
    }
}

void GeosContext::fail(const std::string& what) const {
    if (m_message_lost) throw data_error(what + ": GEOS failed (its message could not be kept)");
    throw data_error(what + (m_last_error.empty() ? std::string() : ": " + m_last_error));
}

GeosGeom own(const GeosContext& ctx, GEOSGeometry* g, const char* what) {
    if (!g) ctx.fail(what);
    return GeosGeom(g, GeosGeomDeleter{ctx.handle()});
}

GeosGeom valid_for_overlay(const GeosContext& ctx, GeosGeom g) {
    if (GEOSisValid_r(ctx.handle(), g.get()) == 1) return g;
    return own(ctx, GEOSMakeValid_r(ctx.handle(), g.get()), "repairing a polygon before overlay");
}

GeosGeom clip_rect(const GeosContext& ctx, const GEOSGeometry* g, double x0, double y0, double x1, double y1) {
    const auto h = ctx.handle();
    auto rect = own(ctx, GEOSGeom_createRectangle_r(h, x0, y0, x1, y1), "clip rectangle");
    return own(ctx, GEOSIntersection_r(h, g, rect.get()), "clipping to a rectangle");
}

namespace {

GeosCoordSeq make_seq(const GeosContext& ctx, const std::vector<LonLat>& pts, const PlaneMap& map) {
    const auto h = ctx.handle();
    GeosCoordSeq seq(GEOSCoordSeq_create_r(h, static_cast<unsigned>(pts.size()), 2), GeosCoordSeqDeleter{h});
    if (!seq) ctx.fail("GEOS coordinate sequence");
    for (unsigned i = 0; i < pts.size(); ++i) {
        const LonLat p = map ? map(pts[i]) : pts[i];
        GEOSCoordSeq_setXY_r(h, seq.get(), i, p.lon, p.lat);
    }
    return seq;
}

// Ownership hand-over to GEOS: the constructors below (createPoint/LineString/LinearRing,
// createPolygon, createCollection) adopt their inputs as soon as they run and, since GEOS 3.10
// (ticket 1111), destroy them themselves when they fail. So each input is released on the line
// of the call and never freed by us afterwards, whatever the result; until that line our
// holders own it, so a throw earlier (a failing map, a bad_alloc) frees everything.

GeosGeom make_point(const GeosContext& ctx, LonLat p, const PlaneMap& map) {
    GeosCoordSeq seq = make_seq(ctx, {p}, map);
    return own(ctx, GEOSGeom_createPoint_r(ctx.handle(), seq.release()), "GEOS point");
}

GeosGeom make_line(const GeosContext& ctx, const LineString& l, const PlaneMap& map) {
    GeosCoordSeq seq = make_seq(ctx, l, map);
    return own(ctx, GEOSGeom_createLineString_r(ctx.handle(), seq.release()), "GEOS line");
}

GeosGeom make_ring(const GeosContext& ctx, const LinearRing& ring, const PlaneMap& map) {
    std::vector<LonLat> pts = ring;
    if (!pts.empty() && !(pts.front() == pts.back())) pts.push_back(pts.front());
    while (pts.size() < 4 && !pts.empty()) pts.push_back(pts.front()); // degenerate: MakeValid copes
    GeosCoordSeq seq = make_seq(ctx, pts, map);
    return own(ctx, GEOSGeom_createLinearRing_r(ctx.handle(), seq.release()), "GEOS linear ring");
}

/// The pointers of `parts`, still owned by them: the array argument of a GEOS constructor.
std::vector<GEOSGeometry*> pointers_of(const std::vector<GeosGeom>& parts) {
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (const auto& p : parts) raw.push_back(p.get());
    return raw;
}

/// Called right after the GEOS constructor that took `parts`: GEOS has adopted them (and, on
/// failure, destroyed them), so the holders let go without freeing.
void handed_over(std::vector<GeosGeom>& parts) noexcept {
    for (auto& p : parts) static_cast<void>(p.release());
    parts.clear();
}

GeosGeom make_polygon(const GeosContext& ctx, const Polygon& poly, const PlaneMap& map) {
    GeosGeom shell = make_ring(ctx, poly.outer, map);
    std::vector<GeosGeom> holes;
    for (const auto& hole : poly.holes) {
        if (hole.size() >= 3) holes.push_back(make_ring(ctx, hole, map));
    }
    std::vector<GEOSGeometry*> raw = pointers_of(holes);
    GEOSGeometry* made =
        GEOSGeom_createPolygon_r(ctx.handle(), shell.release(), raw.data(), static_cast<unsigned>(raw.size()));
    handed_over(holes);
    return own(ctx, made, "GEOS polygon");
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

GeosGeom make_collection(const GeosContext& ctx, int type, std::vector<GeosGeom>&& parts, const char* what) {
    std::vector<GEOSGeometry*> raw = pointers_of(parts);
    GEOSGeometry* made = GEOSGeom_createCollection_r(ctx.handle(), type, raw.data(), static_cast<unsigned>(raw.size()));
    handed_over(parts);
    return own(ctx, made, what);
}

GeosGeom to_geos(const GeosContext& ctx, const Geometry& g, const PlaneMap& map) {
    std::vector<GeosGeom> parts;
    for (const auto& p : g.points) parts.push_back(make_point(ctx, p, map));
    for (const auto& l : g.lines) {
        if (l.size() >= 2) parts.push_back(make_line(ctx, l, map));
    }
    for (const auto& poly : g.polygons) {
        if (poly.outer.size() >= 3) parts.push_back(make_polygon(ctx, poly, map));
    }
    if (parts.size() == 1) return std::move(parts.front());
    int type = GEOS_GEOMETRYCOLLECTION;
    if (parts.size() == g.polygons.size())
        type = GEOS_MULTIPOLYGON;
    else if (parts.size() == g.lines.size())
        type = GEOS_MULTILINESTRING;
    else if (parts.size() == g.points.size())
        type = GEOS_MULTIPOINT;
    return make_collection(ctx, type, std::move(parts), "GEOS collection");
}

Geometry from_geos(const GeosContext& ctx, const GEOSGeometry* g, const PlaneMap& map) {
    Geometry out;
    if (g) read_into(ctx, g, out, map);
    return out;
}

} // namespace rangemap
