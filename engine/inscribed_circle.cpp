// SPDX-License-Identifier: MIT
#include "inscribed_circle.hpp"

#include "geos_context.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace rangemap {

std::optional<InscribedCircle> largest_inscribed_circle(const Geometry& plane, double x0, double y0, double x1,
                                                        double y1, double tolerance) {
    if (plane.polygons.empty()) return std::nullopt;
    GeosContext ctx;
    const auto h = ctx.handle();
    // Only parts that can win go to GEOS: those reaching into the rectangle and at least a
    // fiftieth of the largest (a country's many islets cost more to clip than the rest).
    const auto outer_area = [](const LinearRing& r) {
        double a = 0;
        for (std::size_t i = 1; i < r.size(); ++i) a += r[i - 1].lon * r[i].lat - r[i].lon * r[i - 1].lat;
        return std::abs(a) / 2;
    };
    bool all_inside = true; // then nothing needs clipping
    const auto reaches_in = [&](const LinearRing& r) {
        double lx = 1e300, ly = 1e300, hx = -1e300, hy = -1e300;
        for (const LonLat p : r) {
            lx = std::min(lx, p.lon);
            ly = std::min(ly, p.lat);
            hx = std::max(hx, p.lon);
            hy = std::max(hy, p.lat);
        }
        const bool in = lx < x1 && hx > x0 && ly < y1 && hy > y0;
        if (in && (lx < x0 || hx > x1 || ly < y0 || hy > y1)) all_inside = false;
        return in;
    };
    std::vector<std::pair<double, const Polygon*>> parts;
    double largest = 0;
    for (const auto& p : plane.polygons) {
        if (p.outer.size() < 4 || !reaches_in(p.outer)) continue;
        parts.emplace_back(outer_area(p.outer), &p);
        largest = std::max(largest, parts.back().first);
    }
    Geometry areas;
    for (const auto& [a, p] : parts) {
        if (a >= largest / 50) areas.polygons.push_back(*p);
    }
    if (areas.polygons.empty()) return std::nullopt;
    GeosGeom clipped = to_geos(ctx, areas);
    if (!all_inside) {
        // Thinned page outlines may touch themselves; a zero buffer mends that before clipping.
        if (GEOSisValid_r(h, clipped.get()) != 1) {
            clipped = own(ctx, GEOSBuffer_r(h, clipped.get(), 0, 8), "repairing an area");
        }
        clipped = clip_rect(ctx, clipped.get(), x0, y0, x1, y1);
    }
    // The largest polygon: the label names the part a reader sees as the country.
    const GEOSGeometry* best = nullptr;
    double best_area = 0;
    const int n = GEOSGetNumGeometries_r(h, clipped.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, clipped.get(), i);
        if (GEOSGeomTypeId_r(h, part) != GEOS_POLYGON) continue;
        double a = 0;
        if (GEOSArea_r(h, part, &a) == 1 && a > best_area) {
            best_area = a;
            best = part;
        }
    }
    if (!best) return std::nullopt;
    const GeosGeom line = own(ctx, GEOSMaximumInscribedCircle_r(h, best, tolerance), "maximum inscribed circle");
    // GEOS returns the radius line: from the centre to the nearest point of the boundary.
    const GeosGeom start = own(ctx, GEOSGeomGetStartPoint_r(h, line.get()), "inscribed circle centre");
    double cx = 0, cy = 0, length = 0;
    if (GEOSGeomGetX_r(h, start.get(), &cx) != 1 || GEOSGeomGetY_r(h, start.get(), &cy) != 1 ||
        GEOSLength_r(h, line.get(), &length) != 1) {
        ctx.fail("reading the inscribed circle");
    }
    return InscribedCircle{{cx, cy}, length, best_area};
}

} // namespace rangemap
