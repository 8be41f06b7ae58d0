// SPDX-License-Identifier: MIT
#include "antimeridian.hpp"

#include <cmath>

namespace rangemap::geodata {

namespace {

bool on_antimeridian(double lon) { return std::abs(std::abs(lon) - 180.0) < 1e-12; }

OgrGeometryPtr box(double min_lon, double max_lon) {
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addPoint(min_lon, -90);
    ring->addPoint(max_lon, -90);
    ring->addPoint(max_lon, 90);
    ring->addPoint(min_lon, 90);
    ring->addPoint(min_lon, -90);
    auto poly = std::make_unique<OGRPolygon>();
    poly->addRingDirectly(ring.release());
    return OgrGeometryPtr(poly.release());
}

void collect_polygons(const OGRGeometry& g, double shift, OGRMultiPolygon& out) {
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) {
        OgrGeometryPtr copy(g.clone());
        if (shift != 0) {
            for (auto* ring : *copy->toPolygon()) {
                for (int i = 0; i < ring->getNumPoints(); ++i) ring->setPoint(i, ring->getX(i) + shift, ring->getY(i));
            }
        }
        if (!copy->IsEmpty()) out.addGeometryDirectly(copy.release());
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const auto* part : *g.toGeometryCollection()) collect_polygons(*part, shift, out);
    }
}

/// Cuts one polygon whose outer ring jumps: moves its western longitudes east by 360 so it is
/// continuous, then cuts at 180 and moves the eastern piece back.
void split_polygon(const OGRPolygon& poly, OGRMultiPolygon& out) {
    OgrGeometryPtr shifted(poly.clone());
    for (auto* ring : *shifted->toPolygon()) {
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            if (ring->getX(i) < 0) ring->setPoint(i, ring->getX(i) + 360.0, ring->getY(i));
        }
    }
    const OgrGeometryPtr east(shifted->Intersection(box(0, 180).get()));
    const OgrGeometryPtr west(shifted->Intersection(box(180, 360).get()));
    if (east) collect_polygons(*east, 0, out);
    if (west) collect_polygons(*west, -360, out);
}

void split_line(const OGRLineString& line, OGRMultiLineString& out) {
    auto part = std::make_unique<OGRLineString>();
    for (int i = 0; i < line.getNumPoints(); ++i) {
        const double x = line.getX(i), y = line.getY(i);
        if (i > 0) {
            const double px = line.getX(i - 1), py = line.getY(i - 1);
            if (std::abs(x - px) > 180 && !(on_antimeridian(x) && on_antimeridian(px))) {
                // Unwrap the edge, find where it meets the antimeridian, and restart there.
                const double ux = x + (x < px ? 360.0 : -360.0);
                const double edge = px < 0 ? -180.0 : 180.0;
                const double t = (edge - px) / (ux - px);
                const double cy = py + t * (y - py);
                part->addPoint(edge, cy);
                if (part->getNumPoints() >= 2) out.addGeometryDirectly(part.release());
                part = std::make_unique<OGRLineString>();
                part->addPoint(-edge, cy);
            }
        }
        part->addPoint(x, y);
    }
    if (part->getNumPoints() >= 2) out.addGeometryDirectly(part.release());
}

} // namespace

bool jumps_antimeridian(const OGRSimpleCurve& c) {
    for (int i = 1; i < c.getNumPoints(); ++i) {
        const double a = c.getX(i - 1), b = c.getX(i);
        if (std::abs(b - a) > 180 && !(on_antimeridian(a) && on_antimeridian(b))) return true;
    }
    return false;
}

OgrGeometryPtr split_at_antimeridian(const OGRGeometry& g) {
    const auto type = wkbFlatten(g.getGeometryType());
    switch (type) {
    case wkbPolygon: {
        const auto& poly = *g.toPolygon();
        if (poly.IsEmpty() || !jumps_antimeridian(*poly.getExteriorRing())) return nullptr;
        auto out = std::make_unique<OGRMultiPolygon>();
        split_polygon(poly, *out);
        return OgrGeometryPtr(out.release());
    }
    case wkbLineString: {
        if (!jumps_antimeridian(*g.toLineString())) return nullptr;
        auto out = std::make_unique<OGRMultiLineString>();
        split_line(*g.toLineString(), *out);
        return OgrGeometryPtr(out.release());
    }
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        bool changed = false;
        auto out = std::make_unique<OGRGeometryCollection>();
        for (const auto* part : *g.toGeometryCollection()) {
            if (auto fixed = split_at_antimeridian(*part)) {
                changed = true;
                for (const auto* sub : *fixed->toGeometryCollection()) out->addGeometry(sub);
            } else {
                out->addGeometry(part);
            }
        }
        if (!changed) return nullptr;
        if (type == wkbMultiPolygon) {
            OgrGeometryPtr multi(OGRGeometryFactory::forceToMultiPolygon(out.release()));
            // Pieces cut at ±180 may now overlap parts that already lay there; merging them is
            // part of the same repair, not a change to the data.
            if (!multi->IsValid()) {
                OgrGeometryPtr merged(multi->UnionCascaded());
                if (merged && merged->IsValid()) {
                    return OgrGeometryPtr(OGRGeometryFactory::forceToMultiPolygon(merged.release()));
                }
            }
            return multi;
        }
        if (type == wkbMultiLineString)
            return OgrGeometryPtr(OGRGeometryFactory::forceToMultiLineString(out.release()));
        return OgrGeometryPtr(out.release());
    }
    default: return nullptr;
    }
}

} // namespace rangemap::geodata
