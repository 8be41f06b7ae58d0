// SPDX-License-Identifier: MIT
#include "validity.hpp"

#include "gdal_handles.hpp"

namespace rangemap::geodata {

namespace {

OGRLinearRing* make_ring(const LinearRing& r) {
    auto* ring = new OGRLinearRing();
    for (const auto& p : r) ring->addPoint(p.lon, p.lat);
    return ring;
}

} // namespace

bool ogr_is_valid(const Geometry& g) {
    ensure_gdal_ready();
    for (const auto& poly : g.polygons) {
        OGRPolygon p;
        p.addRingDirectly(make_ring(poly.outer));
        for (const auto& h : poly.holes) p.addRingDirectly(make_ring(h));
        if (!p.IsValid()) return false;
    }
    for (const auto& line : g.lines) {
        OGRLineString l;
        for (const auto& v : line) l.addPoint(v.lon, v.lat);
        if (!l.IsValid()) return false;
    }
    if (g.polygons.size() > 1) {
        // Parts of a multipolygon must not overlap each other either.
        OGRMultiPolygon m;
        for (const auto& poly : g.polygons) {
            auto* p = new OGRPolygon();
            p->addRingDirectly(make_ring(poly.outer));
            for (const auto& h : poly.holes) p->addRingDirectly(make_ring(h));
            m.addGeometryDirectly(p);
        }
        if (!m.IsValid()) return false;
    }
    return true;
}

} // namespace rangemap::geodata
