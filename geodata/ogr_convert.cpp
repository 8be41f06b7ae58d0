// SPDX-License-Identifier: MIT
#include "ogr_convert.hpp"

#include "gdal_handles.hpp"

#include "engine/error.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rangemap::geodata {

namespace {

void read_curve(const OGRLineString& ls, std::vector<LonLat>& out) {
    out.reserve(ls.getNumPoints());
    for (int i = 0; i < ls.getNumPoints(); ++i) out.push_back({ls.getX(i), ls.getY(i)});
}

void append(const OGRGeometry& g, Geometry& out) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto& p = *g.toPoint();
        if (!p.IsEmpty()) out.points.push_back({p.getX(), p.getY()});
        break;
    }
    case wkbLineString: {
        LineString l;
        read_curve(*g.toLineString(), l);
        if (l.size() >= 2) out.lines.push_back(std::move(l));
        break;
    }
    case wkbPolygon: {
        const auto& poly = *g.toPolygon();
        if (poly.IsEmpty()) break;
        Polygon p;
        read_curve(*poly.getExteriorRing(), p.outer);
        for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
            LinearRing hole;
            read_curve(*poly.getInteriorRing(i), hole);
            p.holes.push_back(std::move(hole));
        }
        out.polygons.push_back(std::move(p));
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        for (const auto* part : *g.toGeometryCollection()) append(*part, out);
        break;
    }
    default: {
        // Curves and surfaces: approximate by their linear form.
        OgrGeometryPtr linear(g.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g.getGeometryType())) append(*linear, out);
    }
    }
}

bool all_finite(const Geometry& g) {
    const auto ok = [](const LonLat& p) { return std::isfinite(p.lon) && std::isfinite(p.lat); };
    for (const auto& p : g.points)
        if (!ok(p)) return false;
    for (const auto& l : g.lines)
        for (const auto& p : l)
            if (!ok(p)) return false;
    for (const auto& poly : g.polygons) {
        for (const auto& p : poly.outer)
            if (!ok(p)) return false;
        for (const auto& h : poly.holes)
            for (const auto& p : h)
                if (!ok(p)) return false;
    }
    return true;
}

} // namespace

void check_lonlat(const OGRGeometry& g, const std::string& layer, const std::string& label) {
    if (g.IsEmpty()) return;
    OGREnvelope env;
    g.getEnvelope(&env);
    if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) || !std::isfinite(env.MaxY)) {
        throw data_error(fmt::format("layer '{}' {}: geometry has non-finite coordinates", layer, label));
    }
    if (env.MinY < -90 - 1e-9 || env.MaxY > 90 + 1e-9 || env.MinX < -180 - 1e-6 || env.MaxX > 180 + 1e-6) {
        throw data_error(fmt::format("layer '{}' {}: coordinates ({}..{}, {}..{}) are outside lon/lat range", layer,
                                     label, env.MinX, env.MaxX, env.MinY, env.MaxY));
    }
}

Geometry to_geometry(const OGRGeometry& g, const std::string& layer, const std::string& label,
                     std::vector<std::string>& notes, bool repair) {
    check_lonlat(g, layer, label);
    const auto type = wkbFlatten(g.getGeometryType());
    const bool areal = type == wkbPolygon || type == wkbMultiPolygon || type == wkbGeometryCollection;
    Geometry out;
    if (repair && areal && !g.IsValid()) {
        OgrGeometryPtr fixed(g.MakeValid());
        if (!fixed || !fixed->IsValid()) {
            throw data_error(
                fmt::format("layer '{}' {}: invalid geometry that make-valid cannot repair", layer, label));
        }
        notes.push_back(fmt::format("layer '{}' {}: invalid geometry repaired with make-valid", layer, label));
        append(*fixed, out);
        // make-valid may leave lines or points from collapsed parts; an area keeps its areas.
        if (!out.polygons.empty()) {
            out.lines.clear();
            out.points.clear();
        }
    } else {
        append(g, out);
    }
    if (!all_finite(out)) {
        throw data_error(fmt::format("layer '{}' {}: geometry has non-finite coordinates", layer, label));
    }
    return out;
}

namespace {

/// OGR takes a part only when it accepts it; a refused part stays ours and is freed here.
template <typename Part>
void add_part(OGRGeometryCollection& c, std::unique_ptr<Part> part) {
    if (c.addGeometryDirectly(part.get()) == OGRERR_NONE) static_cast<void>(part.release());
}

void add_ring(OGRPolygon& p, std::unique_ptr<OGRLinearRing> ring) {
    if (p.addRingDirectly(ring.get()) == OGRERR_NONE) static_cast<void>(ring.release());
}

/// Sized once: point by point, OGR grows its array by realloc, which the sanitizer's
/// allocator turns into a copy per point (10 s for the countries layer).
void set_points(OGRSimpleCurve& curve, const std::vector<LonLat>& points) {
    curve.setNumPoints(static_cast<int>(points.size()), FALSE);
    for (std::size_t i = 0; i < points.size(); ++i) curve.setPoint(static_cast<int>(i), points[i].lon, points[i].lat);
}

} // namespace

std::unique_ptr<OGRLinearRing> to_ogr_ring(const LinearRing& r, bool close) {
    auto ring = std::make_unique<OGRLinearRing>();
    set_points(*ring, r);
    if (close) ring->closeRings();
    return ring;
}

std::unique_ptr<OGRPolygon> to_ogr_polygon(const Polygon& p, bool close) {
    auto out = std::make_unique<OGRPolygon>();
    add_ring(*out, to_ogr_ring(p.outer, close));
    for (const auto& h : p.holes) add_ring(*out, to_ogr_ring(h, close));
    return out;
}

std::unique_ptr<OGRLineString> to_ogr_line(const LineString& l) {
    auto line = std::make_unique<OGRLineString>();
    set_points(*line, l);
    return line;
}

OgrGeometryPtr to_ogr(const Geometry& g, OGRwkbGeometryType type) {
    if (g.empty()) return nullptr;
    if (type == wkbPoint)
        return OgrGeometryPtr(std::make_unique<OGRPoint>(g.points.front().lon, g.points.front().lat).release());
    std::unique_ptr<OGRGeometryCollection> collection;
    switch (type) {
    case wkbMultiPoint: collection = std::make_unique<OGRMultiPoint>(); break;
    case wkbMultiLineString: collection = std::make_unique<OGRMultiLineString>(); break;
    case wkbMultiPolygon: collection = std::make_unique<OGRMultiPolygon>(); break;
    default: collection = std::make_unique<OGRGeometryCollection>(); break;
    }
    for (const auto& p : g.points) add_part(*collection, std::make_unique<OGRPoint>(p.lon, p.lat));
    for (const auto& l : g.lines) add_part(*collection, to_ogr_line(l));
    for (const auto& poly : g.polygons) add_part(*collection, to_ogr_polygon(poly, true));
    return OgrGeometryPtr(collection.release());
}

} // namespace rangemap::geodata
