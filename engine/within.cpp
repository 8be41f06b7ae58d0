// SPDX-License-Identifier: MIT
#include "within.hpp"

#include "error.hpp"
#include "geodesic.hpp"
#include "geos_context.hpp"
#include "segment_index.hpp"

#include <algorithm>

namespace rangemap {

namespace {

void sort_hits(std::vector<WithinHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const WithinHit& a, const WithinHit& b) {
        return a.distance_m < b.distance_m || (a.distance_m == b.distance_m && a.index < b.index);
    });
}

} // namespace

WithinIndex::WithinIndex(std::vector<LonLat> points) : m_points(std::move(points)) {
    m_xyz.reserve(m_points.size());
    std::vector<Box3> boxes(m_points.size());
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        m_xyz.push_back(ecef(m_points[i]));
        boxes[i].expand(m_xyz.back());
    }
    m_bvh.build(boxes);
}

std::vector<WithinHit> WithinIndex::query(LonLat centre, double radius_m) const {
    std::vector<WithinHit> hits;
    if (!(radius_m >= 0)) return hits;
    const Vec3 q = ecef(centre);
    const double c = chord_upper_bound(radius_m);
    const double c2 = c * c;
    const Geodesic& g = Geodesic::wgs84();
    m_bvh.range([&](const Box3& b) { return b.dist2(q); }, c2, [&](std::uint32_t i) {
        if (dist2(q, m_xyz[i]) > c2) return;
        const double d = g.distance(centre, m_points[i]);
        if (d <= radius_m) hits.push_back({i, d});
    });
    sort_hits(hits);
    return hits;
}

std::vector<WithinHit> WithinIndex::query(const Geometry& area, double radius_m) const {
    if (area.empty()) throw usage_error("within: the area to measure from is empty");
    if (area.points.size() == 1 && area.lines.empty() && area.polygons.empty()) {
        return query(area.points.front(), radius_m);
    }
    std::vector<WithinHit> hits;
    if (!(radius_m >= 0)) return hits;
    SegmentIndex boundary;
    boundary.add(area, 0);
    boundary.build();
    const Box3 box = boundary.bounds();
    const double c = chord_upper_bound(radius_m);
    const double c2 = c * c;

    GeosContext ctx;
    const auto h = ctx.handle();
    Geometry polys;
    polys.polygons = area.polygons;
    GeosGeom gpoly = polys.polygons.empty() ? GeosGeom(nullptr, GeosGeomDeleter{h}) : to_geos(ctx, polys);
    std::unique_ptr<const GEOSPreparedGeometry, std::function<void(const GEOSPreparedGeometry*)>> prepared(
        gpoly ? GEOSPrepare_r(h, gpoly.get()) : nullptr,
        [h](const GEOSPreparedGeometry* p) { if (p) GEOSPreparedGeom_destroy_r(h, p); });
    if (gpoly && !prepared) ctx.fail("preparing an area for point-in-polygon tests");

    m_bvh.range([&](const Box3& b) { return b.dist2(box); }, c2, [&](std::uint32_t i) {
        if (box.dist2(m_xyz[i]) > c2) return;
        const LonLat p = m_points[i];
        if (prepared) {
            GeosGeom pt = own(ctx, GEOSGeom_createPointFromXY_r(h, p.lon, p.lat), "GEOS point");
            const char in = GEOSPreparedIntersects_r(h, prepared.get(), pt.get());
            if (in == 2) ctx.fail("point-in-polygon test");
            if (in == 1) {
                hits.push_back({i, 0.0});
                return;
            }
        }
        if (const auto n = boundary.nearest(p, radius_m)) hits.push_back({i, n->distance_m});
    });
    sort_hits(hits);
    return hits;
}

} // namespace rangemap
