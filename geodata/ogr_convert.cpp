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
    for (const auto& p : g.points) if (!ok(p)) return false;
    for (const auto& l : g.lines) for (const auto& p : l) if (!ok(p)) return false;
    for (const auto& poly : g.polygons) {
        for (const auto& p : poly.outer) if (!ok(p)) return false;
        for (const auto& h : poly.holes) for (const auto& p : h) if (!ok(p)) return false;
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
            throw data_error(fmt::format("layer '{}' {}: invalid geometry that make-valid cannot repair", layer, label));
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

} // namespace rangemap::geodata
