// SPDX-License-Identifier: MIT
#include "area_pieces.hpp"

#include "area.hpp"
#include "geodesic.hpp"
#include "geos_context.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

namespace rangemap {

namespace {

/// The narrowest strip, degrees: 1/64 of a degree, under 2 km.
constexpr double k_min_step_deg = 1.0 / 64;

struct PreparedDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry* p) const noexcept {
        if (p) GEOSPreparedGeom_destroy_r(ctx, p);
    }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

Geometry polygons_of(const GeosContext& ctx, const GEOSGeometry* g) {
    Geometry all = from_geos(ctx, g);
    return Geometry{{}, {}, std::move(all.polygons)};
}

GeosGeom valid(const GeosContext& ctx, GeosGeom g) {
    if (GEOSisValid_r(ctx.handle(), g.get()) == 1) return g;
    return own(ctx, GEOSMakeValid_r(ctx.handle(), g.get()), "repairing a polygon before overlay");
}

bool meets(const BBox& a, const BBox& b) noexcept {
    return a.min_lon <= b.max_lon && b.min_lon <= a.max_lon && a.min_lat <= b.max_lat && b.min_lat <= a.max_lat;
}

bool inside(const BBox& a, const BBox& b) noexcept {
    return b.min_lon <= a.min_lon && a.max_lon <= b.max_lon && b.min_lat <= a.min_lat && a.max_lat <= b.max_lat;
}

/// The latitude at which the geodesic from `p` to `q` crosses the meridian `lon` (strictly
/// between theirs): regula falsi along the geodesic (Illinois), bracketed, so it always ends.
double crossing_lat(LonLat p, LonLat q, double lon) {
    const Geodesic& geod = Geodesic::wgs84();
    const Inverse inv = geod.inverse(p, q);
    double s0 = 0, s1 = inv.distance_m, f0 = p.lon - lon, f1 = q.lon - lon;
    LonLat at{lon, p.lat + (q.lat - p.lat) * f0 / (f0 - f1)};
    int side = 0;
    for (int i = 0; i < 60 && s1 - s0 > 1e-6; ++i) {
        const double s = s1 - f1 * (s1 - s0) / (f1 - f0);
        at = geod.direct(p, inv.azi1_deg, s).point;
        const double f = at.lon - lon;
        if (f == 0) break;
        if ((f < 0) == (f0 < 0)) {
            s0 = s, f0 = f;
            if (side == -1) f1 /= 2;
            side = -1;
        } else {
            s1 = s, f1 = f;
            if (side == 1) f0 /= 2;
            side = 1;
        }
        if (std::abs(f) < 1e-13) break;
    }
    return at.lat;
}

/// The ring with a vertex wherever an edge crosses a meridian of the grid (multiples of
/// `step`, a power of two, so exact), placed on the edge's geodesic: the ring's ellipsoidal
/// area stays as it was, and a cut along that meridian adds no vertex of its own.
LinearRing with_crossings(const LinearRing& ring, double step) {
    LinearRing out;
    out.reserve(ring.size());
    std::vector<double> cuts;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const LonLat p = ring[i], q = ring[i + 1];
        out.push_back(p);
        const double lo = std::min(p.lon, q.lon), hi = std::max(p.lon, q.lon);
        cuts.clear();
        for (double c = (std::floor(lo / step) + 1) * step; c < hi; c += step) cuts.push_back(c);
        if (q.lon < p.lon) std::reverse(cuts.begin(), cuts.end());
        for (const double c : cuts) out.push_back({c, crossing_lat(p, q, c)});
    }
    if (!ring.empty()) out.push_back(ring.back());
    return out;
}

Geometry with_crossings(const Geometry& g, double step) {
    Geometry out;
    for (const auto& p : g.polygons) {
        Polygon d{with_crossings(p.outer, step), {}};
        for (const auto& h : p.holes) d.holes.push_back(with_crossings(h, step));
        out.polygons.push_back(std::move(d));
    }
    return out;
}

/// Cuts `g`, which lies between the grid meridians `first` and `last` (times `step`), at the
/// grid meridian halfway between them until each part is small enough; each polygon of a small
/// part becomes a piece.
void cut(const GeosContext& ctx, const GEOSGeometry* g, long first, long last, double step, const BBox& box,
         std::size_t max_vertices, std::vector<Geometry>& out) {
    const int n = GEOSGetNumCoordinates_r(ctx.handle(), g);
    if (n < 0) ctx.fail("counting the vertices of a polygon");
    if (n == 0) return;
    if (static_cast<std::size_t>(n) <= max_vertices || last - first <= 1) {
        for (auto& p : polygons_of(ctx, g).polygons) out.push_back(Geometry{{}, {}, {std::move(p)}});
        return;
    }
    const long mid = first + (last - first) / 2;
    // The rectangles reach past the box in latitude, so that only the meridian cuts.
    const auto west = clip_rect(ctx, g, first * step, box.min_lat - 1, mid * step, box.max_lat + 1);
    cut(ctx, west.get(), first, mid, step, box, max_vertices, out);
    const auto east = clip_rect(ctx, g, mid * step, box.min_lat - 1, last * step, box.max_lat + 1);
    cut(ctx, east.get(), mid, last, step, box, max_vertices, out);
}

} // namespace

AreaPieces::AreaPieces(const Geometry& g, std::size_t max_vertices) : m_area_m2(rangemap::area_m2(g)) {
    const Geometry areas{{}, {}, g.polygons};
    if (areas.polygons.empty()) return;
    m_box = bbox_of(areas);
    GeosContext ctx;
    std::vector<Geometry> pieces;
    const std::size_t n = areas.vertex_count();
    if (n <= max_vertices) {
        cut(ctx, valid(ctx, to_geos(ctx, areas)).get(), 0, 1, 1, m_box, max_vertices, pieces);
    } else {
        // Strips a power of two degrees wide, about max_vertices vertices each on average.
        const double width = std::max(m_box.max_lon - m_box.min_lon, k_min_step_deg);
        const double step =
            std::max(k_min_step_deg, std::exp2(std::floor(std::log2(width * static_cast<double>(max_vertices) / n))));
        const GeosGeom whole = valid(ctx, to_geos(ctx, with_crossings(areas, step)));
        cut(ctx, whole.get(), static_cast<long>(std::floor(m_box.min_lon / step)),
            static_cast<long>(std::ceil(m_box.max_lon / step)), step, m_box, max_vertices, pieces);
        m_step_deg = step;
    }
    m_pieces.reserve(pieces.size());
    for (auto& p : pieces) {
        const BBox box = bbox_of(p);
        const double a = rangemap::area_m2(p);
        m_pieces.push_back(Piece{std::move(p), box, a});
    }
}

std::vector<double> areas_within_m2(const Geometry& region, const std::vector<const AreaPieces*>& areas) {
    std::vector<double> out(areas.size(), 0.0);
    if (region.polygons.empty()) return out;
    // One box per polygon: a region split at the antimeridian has a part near each end.
    std::vector<BBox> boxes;
    for (const auto& p : region.polygons) boxes.push_back(bbox_of(Geometry{{}, {}, {p}}));
    const auto near = [&](const BBox& b) {
        for (const BBox& r : boxes) {
            if (meets(b, r)) return true;
        }
        return false;
    };
    const auto within_a_box = [&](const BBox& b) {
        for (const BBox& r : boxes) {
            if (inside(b, r)) return true;
        }
        return false;
    };
    // The region too gets a vertex where it crosses the cut meridians, on its geodesic edge:
    // where its boundary crosses a cut, the pieces on either side then share that vertex
    // rather than each its own planar one, and their areas add up to the uncut overlay's.
    double step = 0;
    for (const AreaPieces* a : areas) {
        if (a && a->m_step_deg > 0 && near(a->m_box)) step = step > 0 ? std::min(step, a->m_step_deg) : a->m_step_deg;
    }
    GeosContext ctx;
    const auto h = ctx.handle();
    const Geometry areas_of_region{{}, {}, region.polygons};
    const GeosGeom r = valid(ctx, to_geos(ctx, step > 0 ? with_crossings(areas_of_region, step) : areas_of_region));
    const Prepared prepared(GEOSPrepare_r(h, r.get()), PreparedDeleter{h});
    if (!prepared) ctx.fail("preparing a region for overlay");
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!areas[i] || !near(areas[i]->m_box)) continue;
        for (const auto& piece : areas[i]->m_pieces) {
            if (!near(piece.box)) continue;
            const GeosGeom g = to_geos(ctx, piece.geometry);
            // Only a piece inside one polygon's box can be covered: the test costs a noding.
            const char covered = within_a_box(piece.box) ? GEOSPreparedCovers_r(h, prepared.get(), g.get()) : 0;
            if (covered == 2) ctx.fail("testing a piece of a country against a region");
            if (covered == 1) {
                out[i] += piece.area_m2; // the intersection would be the piece itself
                continue;
            }
            const char touched = GEOSPreparedIntersects_r(h, prepared.get(), g.get());
            if (touched == 2) ctx.fail("testing a piece of a country against a region");
            if (touched == 0) continue;
            const auto inside = own(ctx, GEOSIntersection_r(h, r.get(), g.get()), "intersection of areas");
            out[i] += area_m2(polygons_of(ctx, inside.get()));
        }
    }
    return out;
}

} // namespace rangemap
