// SPDX-License-Identifier: MIT
#include "label_point.hpp"

#include "gdal_handles.hpp"
#include "ogr_convert.hpp"

#include <cmath>

namespace rangemap::geodata {

namespace {

double ring_area_deg2(const LinearRing& r) {
    double a = 0;
    for (std::size_t i = 0; i + 1 < r.size(); ++i) a += r[i].lon * r[i + 1].lat - r[i + 1].lon * r[i].lat;
    return std::abs(a) / 2;
}

} // namespace

std::optional<LonLat> label_point(const Geometry& g) {
    if (!g.polygons.empty()) {
        const Polygon* best = nullptr;
        double best_area = -1;
        for (const auto& p : g.polygons) {
            const double a = ring_area_deg2(p.outer);
            if (a > best_area) best_area = a, best = &p;
        }
        const auto poly = to_ogr_polygon(*best, true);
        if (!best->outer.empty()) {
            OgrGeometryPtr pt(OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(poly.get()))));
            if (pt && !pt->IsEmpty() && wkbFlatten(pt->getGeometryType()) == wkbPoint) {
                return LonLat{pt->toPoint()->getX(), pt->toPoint()->getY()};
            }
        }
        if (!best->outer.empty()) return best->outer.front();
    }
    if (!g.lines.empty()) {
        const LineString* best = &g.lines.front();
        for (const auto& l : g.lines)
            if (l.size() > best->size()) best = &l;
        if (!best->empty()) return (*best)[best->size() / 2];
    }
    if (!g.points.empty()) return g.points.front();
    return std::nullopt;
}

} // namespace rangemap::geodata
