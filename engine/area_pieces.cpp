// SPDX-License-Identifier: MIT
#include "area_pieces.hpp"

#include "area.hpp"
#include "geodesic.hpp"
#include "geos_context.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace rangemap {

namespace {

/// The grid's finest and coarsest steps, degrees: 1/64 of a degree is under 2 km.
constexpr double k_min_step_deg = 1.0 / 64;
constexpr double k_max_step_deg = 16;

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

bool meets(const BBox& a, const BBox& b) noexcept {
    return a.min_lon <= b.max_lon && b.min_lon <= a.max_lon && a.min_lat <= b.max_lat && b.min_lat <= a.max_lat;
}

bool inside(const BBox& a, const BBox& b) noexcept {
    return b.min_lon <= a.min_lon && a.max_lon <= b.max_lon && b.min_lat <= a.min_lat && a.max_lat <= b.max_lat;
}

/// A point where an edge's geodesic crosses a grid line, `s` metres from its start.
struct Crossing {
    double s;
    LonLat at;
};

/// Where the geodesic from `p` to `q` (`inv` between them) crosses the meridian (`lat_line`
/// false) or parallel `value`, strictly between the ends: regula falsi along the geodesic
/// (Illinois), bracketed, so it always ends. The crossing coordinate is `value` exactly.
Crossing crossing(LonLat p, LonLat q, const Inverse& inv, bool lat_line, double value) {
    const Geodesic& geod = Geodesic::wgs84();
    const auto coord = [&](LonLat x) { return lat_line ? x.lat : x.lon; };
    double s0 = 0, s1 = inv.distance_m, f0 = coord(p) - value, f1 = coord(q) - value;
    double s = s0 + (s1 - s0) * f0 / (f0 - f1);
    LonLat at = geod.direct(p, inv.azi1_deg, s).point;
    int side = 0;
    for (int i = 0; i < 60 && s1 - s0 > 1e-6; ++i) {
        const double f = coord(at) - value;
        if (std::abs(f) < 1e-13) break;
        if ((f < 0) == (f0 < 0)) {
            s0 = s, f0 = f;
            if (side == -1) f1 /= 2;
            side = -1;
        } else {
            s1 = s, f1 = f;
            if (side == 1) f0 /= 2;
            side = 1;
        }
        s = s1 - f1 * (s1 - s0) / (f1 - f0);
        at = geod.direct(p, inv.azi1_deg, s).point;
    }
    (lat_line ? at.lat : at.lon) = value;
    return {s, at};
}

/// The ring with a vertex wherever an edge crosses a line of the grid (meridians and parallels
/// at multiples of `step`, a power of two, so exact), placed on the edge's geodesic: the ring's
/// ellipsoidal area stays as it was, and a cut along a grid line adds no vertex of its own.
LinearRing with_crossings(const LinearRing& ring, double step) {
    LinearRing out;
    out.reserve(ring.size());
    std::vector<Crossing> found;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const LonLat p = ring[i], q = ring[i + 1];
        out.push_back(p);
        found.clear();
        std::optional<Inverse> inv;
        for (const bool lat_line : {false, true}) {
            const double a = lat_line ? p.lat : p.lon, b = lat_line ? q.lat : q.lon;
            for (double c = (std::floor(std::min(a, b) / step) + 1) * step; c < std::max(a, b); c += step) {
                if (!inv) inv = Geodesic::wgs84().inverse(p, q);
                found.push_back(crossing(p, q, *inv, lat_line, c));
            }
        }
        std::sort(found.begin(), found.end(), [](const Crossing& x, const Crossing& y) { return x.s < y.s; });
        for (const Crossing& c : found) out.push_back(c.at);
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

bool on_grid(double v, double step) noexcept { return std::floor(v / step) * step == v; }

/// The ring with a vertex at every grid corner along its edges on a grid parallel. A cut
/// along a parallel is no geodesic, so the pieces on either side must break it at the same
/// vertices for their areas to cancel along it; a piece cut finer on one side than the other
/// has corners there that the other lacks.
LinearRing with_corners(const LinearRing& ring, double step) {
    LinearRing out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const LonLat p = ring[i], q = ring[i + 1];
        out.push_back(p);
        if (p.lat != q.lat || p.lon == q.lon || !on_grid(p.lat, step)) continue;
        const double lo = std::min(p.lon, q.lon), hi = std::max(p.lon, q.lon);
        std::vector<double> corners;
        for (double c = (std::floor(lo / step) + 1) * step; c < hi; c += step) corners.push_back(c);
        if (q.lon < p.lon) std::reverse(corners.begin(), corners.end());
        for (const double c : corners) out.push_back({c, p.lat});
    }
    if (!ring.empty()) out.push_back(ring.back());
    return out;
}

/// The cells of the grid a part spans, [x0, x1) by [y0, y1), in steps.
struct Cells {
    long x0, x1, y0, y1;
};

/// Cuts `g`, which lies within `cells`, along the grid line halfway across its longer side
/// until each part is small enough; each polygon of a small part becomes a piece.
void cut(const GeosContext& ctx, const GEOSGeometry* g, const Cells& cells, double step, std::size_t max_vertices,
         std::vector<Geometry>& out) {
    const int n = GEOSGetNumCoordinates_r(ctx.handle(), g);
    if (n < 0) ctx.fail("counting the vertices of a polygon");
    if (n == 0) return;
    const long wide = cells.x1 - cells.x0, tall = cells.y1 - cells.y0;
    if (static_cast<std::size_t>(n) <= max_vertices || (wide <= 1 && tall <= 1)) {
        for (auto& p : polygons_of(ctx, g).polygons) {
            Polygon c{with_corners(p.outer, step), {}};
            for (const auto& h : p.holes) c.holes.push_back(with_corners(h, step));
            out.push_back(Geometry{{}, {}, {std::move(c)}});
        }
        return;
    }
    Cells a = cells, b = cells;
    if (wide >= tall) {
        a.x1 = b.x0 = cells.x0 + wide / 2;
    } else {
        a.y1 = b.y0 = cells.y0 + tall / 2;
    }
    for (const Cells& c : {a, b}) {
        const auto part = clip_rect(ctx, g, c.x0 * step, c.y0 * step, c.x1 * step, c.y1 * step);
        cut(ctx, part.get(), c, step, max_vertices, out);
    }
}

/// The length of the rings of `g` in degrees, as if lon/lat were a plane.
double perimeter_deg(const Geometry& g) {
    double total = 0;
    const auto add = [&](const LinearRing& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i)
            total += std::hypot(r[i + 1].lon - r[i].lon, r[i + 1].lat - r[i].lat);
    };
    for (const auto& p : g.polygons) {
        add(p.outer);
        for (const auto& h : p.holes) add(h);
    }
    return total;
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
        // Small enough as it is: each polygon is a piece, uncut.
        for (auto& p : polygons_of(ctx, valid_for_overlay(ctx, to_geos(ctx, areas)).get()).polygons) {
            pieces.push_back(Geometry{{}, {}, {std::move(p)}});
        }
    } else {
        // Square cells a power of two degrees wide; the vertices lie along the outline, so cells
        // along it hold about max_vertices each when the step is the outline's length shared out.
        const double step =
            std::clamp(std::exp2(std::floor(std::log2(perimeter_deg(areas) * static_cast<double>(max_vertices) / n))),
                       k_min_step_deg, k_max_step_deg);
        const GeosGeom whole = valid_for_overlay(ctx, to_geos(ctx, with_crossings(areas, step)));
        const Cells all{
            static_cast<long>(std::floor(m_box.min_lon / step)), static_cast<long>(std::ceil(m_box.max_lon / step)),
            static_cast<long>(std::floor(m_box.min_lat / step)), static_cast<long>(std::ceil(m_box.max_lat / step))};
        cut(ctx, whole.get(), all, step, max_vertices, pieces);
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
    // The region too gets a vertex where it crosses the grid lines, on its geodesic edge:
    // where its boundary crosses a cut, the pieces on either side then share that vertex
    // rather than each its own planar one, and their areas add up to the uncut overlay's.
    double step = 0;
    for (const AreaPieces* a : areas) {
        if (a && a->m_step_deg > 0 && near(a->m_box)) step = step > 0 ? std::min(step, a->m_step_deg) : a->m_step_deg;
    }
    GeosContext ctx;
    const auto h = ctx.handle();
    const Geometry areas_of_region{{}, {}, region.polygons};
    const GeosGeom r =
        valid_for_overlay(ctx, to_geos(ctx, step > 0 ? with_crossings(areas_of_region, step) : areas_of_region));
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
            const auto part = own(ctx, GEOSIntersection_r(h, r.get(), g.get()), "intersection of areas");
            out[i] += area_m2(polygons_of(ctx, part.get()));
        }
    }
    return out;
}

} // namespace rangemap
