// SPDX-License-Identifier: MIT
#include "antimeridian.hpp"

#include "engine/error.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <vector>

namespace rangemap::geodata {

namespace {

bool on_antimeridian(double lon) { return std::abs(std::abs(lon) - 180.0) < 1e-12; }

/// The lon/lat box from `min_lon` to `max_lon`, pole to pole.
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

bool at_pole(double lat) { return std::abs(std::abs(lat) - 90.0) < 1e-12; }

/// A ring with its longitudes made continuous: each edge steps the shorter way round.
struct Unwrapped {
    std::vector<OGRRawPoint> points;
    double winding = 0;   ///< last longitude minus first: 0, or ±360 round a pole
    bool changed = false; ///< some longitude moved
};

Unwrapped unwrap(const OGRLinearRing& ring) {
    Unwrapped u;
    const int n = ring.getNumPoints();
    u.points.reserve(static_cast<std::size_t>(n) + 3);
    bool all_on_antimeridian = true;
    for (int i = 0; i < n && all_on_antimeridian; ++i) all_on_antimeridian = on_antimeridian(ring.getX(i));
    // Whole turns rather than a running sum of steps: the ring still closes exactly.
    int turns = 0;
    for (int i = 0; i < n; ++i) {
        const double x = ring.getX(i), y = ring.getY(i);
        if (i > 0 && !all_on_antimeridian) {
            const double px = ring.getX(i - 1), py = ring.getY(i - 1);
            // Along a pole every longitude is the same point: such an edge is the map's edge, as drawn.
            const bool along_pole = at_pole(y) && y == py;
            if (!along_pole && x - px > 180.0) --turns;
            if (!along_pole && x - px < -180.0) ++turns;
        }
        u.points.push_back({x + 360.0 * turns, y});
        u.changed = u.changed || turns != 0;
    }
    u.winding = 360.0 * turns;
    return u;
}

std::unique_ptr<OGRLinearRing> make_ring(const std::vector<OGRRawPoint>& pts, double shift) {
    auto ring = std::make_unique<OGRLinearRing>();
    ring->setNumPoints(static_cast<int>(pts.size()), FALSE);
    for (std::size_t i = 0; i < pts.size(); ++i) ring->setPoint(static_cast<int>(i), pts[i].x + shift, pts[i].y);
    return ring;
}

/// Cuts one polygon at the antimeridian: follows each ring across it (unwrap), closes a ring
/// round a pole along that pole, makes the result valid in the continuous longitudes (where it
/// is a plain planar shape), then cuts it into 360° windows and moves each back into -180..180.
/// Returns false when the polygon needs none of this.
bool split_polygon(const OGRPolygon& poly, OGRMultiPolygon& out) {
    // Most polygons have no edge longer than 180° in longitude: nothing to follow.
    const auto long_edge = [](const OGRLinearRing* r) {
        for (int i = 1; i < r->getNumPoints(); ++i) {
            if (std::abs(r->getX(i) - r->getX(i - 1)) > 180.0) return true;
        }
        return false;
    };
    if (std::none_of(poly.begin(), poly.end(), long_edge)) return false;
    Unwrapped outer = unwrap(*poly.getExteriorRing());
    const bool round_pole = std::abs(std::abs(outer.winding) - 360.0) < 1e-9;
    if (!round_pole && std::abs(outer.winding) > 1e-9) {
        throw data_error(fmt::format("a ring goes {:.0f}° round the world in longitude: not a shape on the map",
                                     std::abs(outer.winding)));
    }
    std::vector<Unwrapped> holes;
    bool changed = outer.changed || round_pole;
    for (int h = 0; h < poly.getNumInteriorRings(); ++h) {
        holes.push_back(unwrap(*poly.getInteriorRing(h)));
        if (std::abs(holes.back().winding) > 1e-9) throw data_error("a hole of a polygon goes round a pole");
        changed = changed || holes.back().changed;
    }
    if (!changed) return false;

    if (round_pole) {
        double mean_lat = 0;
        for (const auto& p : outer.points) mean_lat += p.y;
        const double pole = mean_lat < 0 ? -90.0 : 90.0;
        const OGRRawPoint first = outer.points.front(), last = outer.points.back();
        outer.points.push_back({last.x, pole});
        outer.points.push_back({first.x, pole});
        outer.points.push_back(first);
    }
    double min_x = outer.points.front().x, max_x = min_x;
    for (const auto& p : outer.points) {
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x);
    }
    OGRPolygon whole;
    whole.addRingDirectly(make_ring(outer.points, 0).release());
    for (const auto& h : holes) {
        // A hole followed from its own first vertex may come out a turn away from its outer ring.
        double hmin = h.points.front().x, hmax = hmin;
        for (const auto& p : h.points) {
            hmin = std::min(hmin, p.x);
            hmax = std::max(hmax, p.x);
        }
        const double turns = std::round(((min_x + max_x) - (hmin + hmax)) / 2 / 360.0);
        whole.addRingDirectly(make_ring(h.points, turns * 360.0).release());
    }

    // Repaired here, in continuous longitudes: before the cut the planar shape is the real one.
    OgrGeometryPtr valid;
    if (!whole.IsValid()) {
        valid.reset(whole.MakeValid());
        if (!valid) throw data_error("a polygon across the antimeridian cannot be made valid");
    }
    const OGRGeometry& shape = valid ? *valid : static_cast<const OGRGeometry&>(whole);

    // Window k holds longitudes -180 + 360k .. 180 + 360k.
    const int k_min = static_cast<int>(std::floor((min_x - 180.0) / 360.0)) + 1;
    const int k_max = static_cast<int>(std::ceil((max_x + 180.0) / 360.0)) - 1;
    OGRMultiPolygon pieces;
    for (int k = k_min; k <= k_max; ++k) {
        const double shift = -360.0 * k;
        if (min_x >= -180.0 - shift && max_x <= 180.0 - shift) {
            collect_polygons(shape, shift, pieces);
            continue;
        }
        const OgrGeometryPtr part(shape.Intersection(box(-180.0 - shift, 180.0 - shift).get()));
        if (!part) throw data_error("a polygon cannot be cut at the antimeridian");
        collect_polygons(*part, shift, pieces);
    }
    // A ring round a pole that was closed away from ±180 comes out in two pieces meeting there.
    if (round_pole && pieces.getNumGeometries() > 1) {
        OgrGeometryPtr merged(pieces.UnionCascaded());
        if (merged) {
            collect_polygons(*merged, 0, out);
            return true;
        }
    }
    for (const auto* p : pieces) out.addGeometry(p);
    return true;
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
        if (poly.IsEmpty()) return nullptr;
        auto out = std::make_unique<OGRMultiPolygon>();
        if (!split_polygon(poly, *out)) return nullptr;
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
