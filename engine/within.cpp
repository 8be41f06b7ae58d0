// SPDX-License-Identifier: MIT
#include "within.hpp"

#include "error.hpp"
#include "geodesic.hpp"
#include "geos_context.hpp"
#include "segment_index.hpp"

#include <algorithm>
#include <thread>

namespace rangemap {

namespace {

void sort_hits(std::vector<WithinHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const WithinHit& a, const WithinHit& b) {
        return a.distance_m < b.distance_m || (a.distance_m == b.distance_m && a.index < b.index);
    });
}

/// Geodesic distances of the hits (index set, distance to fill) from `centre`; two threads
/// once there are enough of them to pay for a thread.
void measure(std::vector<WithinHit>& hits, const std::vector<LonLat>& points, LonLat centre) {
    const Geodesic& g = Geodesic::wgs84();
    const auto work = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) hits[k].distance_m = g.distance(centre, points[hits[k].index]);
    };
    if (hits.size() < 20000 || std::thread::hardware_concurrency() < 2) {
        work(0, hits.size());
        return;
    }
    const std::size_t half = hits.size() / 2;
    std::thread other(work, half, hits.size());
    work(0, half);
    other.join();
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

std::vector<std::size_t> WithinIndex::members(LonLat centre, double radius_m) const {
    std::vector<std::size_t> in;
    if (!(radius_m >= 0)) return in;
    const Vec3 q = ecef(centre);
    const double hi = chord_upper_bound(radius_m), lo = chord_lower_bound(radius_m);
    const double hi2 = hi * hi, lo2 = lo * lo;
    const Geodesic& g = Geodesic::wgs84();
    m_bvh.range_split(
        q, lo2, hi2, [&](std::uint32_t i) { in.push_back(i); },
        [&](std::uint32_t i) {
            const double c2 = dist2(q, m_xyz[i]);
            if (c2 > hi2) return;
            if (c2 < lo2 || g.distance(centre, m_points[i]) <= radius_m) in.push_back(i);
        });
    if (in.size() < m_points.size() / 32) {
        std::sort(in.begin(), in.end());
    } else { // a pass over a bitmap beats sorting this many
        std::vector<bool> mark(m_points.size());
        for (const std::size_t i : in) mark[i] = true;
        std::size_t k = 0;
        for (std::size_t i = 0; i < mark.size(); ++i)
            if (mark[i]) in[k++] = i;
    }
    return in;
}

double WithinIndex::distance(LonLat centre, std::size_t index) const noexcept {
    return Geodesic::wgs84().distance(centre, m_points[index]);
}

std::vector<WithinHit> WithinIndex::query(LonLat centre, double radius_m) const {
    // Membership from chord bounds first, then every distance (the expensive part) at once.
    const std::vector<std::size_t> in = members(centre, radius_m);
    std::vector<WithinHit> hits(in.size());
    for (std::size_t k = 0; k < in.size(); ++k) hits[k].index = in[k];
    measure(hits, m_points, centre);
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
        gpoly ? GEOSPrepare_r(h, gpoly.get()) : nullptr, [h](const GEOSPreparedGeometry* p) {
            if (p) GEOSPreparedGeom_destroy_r(h, p);
        });
    if (gpoly && !prepared) ctx.fail("preparing an area for point-in-polygon tests");

    m_bvh.range([&](const Box3& b) { return b.dist2(box); }, c2,
                [&](std::uint32_t i) {
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
