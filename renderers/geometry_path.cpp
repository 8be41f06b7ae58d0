// SPDX-License-Identifier: MIT
#include "geometry_path.hpp"

#include "path_simplify.hpp"

#include "engine/antimeridian.hpp"
#include "engine/clip.hpp"

#include <cmath>

namespace rangemap::render {

namespace {

/// The clip box split at the antimeridian, for data stored in [-180, 180].
std::vector<BBox> clip_boxes(const BBox& clip) {
    std::vector<BBox> boxes;
    const auto add = [&](double a, double b) {
        if (b > a) boxes.push_back(BBox{a, clip.min_lat, b, clip.max_lat});
    };
    add(std::max(clip.min_lon, -180.0), std::min(clip.max_lon, 180.0));
    if (clip.max_lon > 180.0) add(-180.0, std::min(clip.max_lon - 360.0, 180.0));
    if (clip.min_lon < -180.0) add(std::max(clip.min_lon + 360.0, -180.0), 180.0);
    return boxes;
}

/// An edge along the antimeridian, a pole, or the rim of a whole-world clip box: where a shape
/// was cut, not one of its own edges, so it is filled but not stroked.
bool is_seam(LonLat a, LonLat b, const BBox& clip) {
    constexpr double eps = 1e-9;
    const auto along = [&](double lon) { return std::abs(a.lon - lon) < eps && std::abs(b.lon - lon) < eps; };
    const bool whole_world = clip.max_lon - clip.min_lon >= 360.0 - 3 * MapFrame::k_seam_margin_deg;
    const bool meridian = (std::abs(std::abs(a.lon) - 180.0) < eps && std::abs(a.lon - b.lon) < eps) ||
                          (whole_world && (along(wrap_lon(clip.min_lon)) || along(wrap_lon(clip.max_lon))));
    const bool pole = std::abs(std::abs(a.lat) - 90.0) < eps && std::abs(a.lat - b.lat) < eps;
    return meridian || pole;
}

void append_geometry(Geometry& out, Geometry&& part) {
    out.points.insert(out.points.end(), part.points.begin(), part.points.end());
    for (auto& l : part.lines) out.lines.push_back(std::move(l));
    for (auto& p : part.polygons) out.polygons.push_back(std::move(p));
}

/// The largest page distance a step of a degree in latitude or longitude covers, sampled on a
/// grid over the clip box and doubled for what lies between the samples; 0 when no sample
/// could be projected.
double page_per_degree(const MapFrame& frame) {
    constexpr int n = 16;
    constexpr double step = 0.01; // degrees: small against any map, large against rounding
    const BBox& b = frame.clip_box();
    double most = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const LonLat p{b.min_lon + (b.max_lon - b.min_lon) * i / n,
                           std::clamp(b.min_lat + (b.max_lat - b.min_lat) * j / n, -89.9, 89.9)};
            const auto a = frame.to_page(p), e = frame.to_page({p.lon + step, p.lat}),
                       north = frame.to_page({p.lon, p.lat + step});
            if (!a || !e || !north) continue;
            most = std::max({most, std::hypot(e->x - a->x, e->y - a->y) / step,
                             std::hypot(north->x - a->x, north->y - a->y) / step});
        }
    }
    return std::isfinite(most) ? 2 * most : 0;
}

} // namespace

Geometry PathProjector::clip(const Geometry& g) const {
    Geometry out;
    for (const BBox& box : clip_boxes(m_frame.clip_box())) append_geometry(out, clip_to_box(g, box));
    return out;
}

PagePath PathProjector::project(const std::vector<LonLat>& pts, bool closed, const PathOptions& o) const {
    PagePath out;
    out.closed = closed;
    if (pts.empty()) return out;
    m_x.clear();
    m_y.clear();
    m_seam.clear();
    double prev_lon = 0;
    // Vertices nearer the last kept one than the page thinning below would keep are dropped
    // before they cost a projection: a step of `thin` degrees spans at most min_step page
    // units by Manhattan distance.
    double thin = 0;
    if (o.min_step > 0 && o.densify_deg <= 0) {
        if (!m_page_per_degree) m_page_per_degree = page_per_degree(m_frame);
        if (*m_page_per_degree > 0) thin = o.min_step / (std::sqrt(2.0) * *m_page_per_degree);
    }
    bool seam = false; // the edge ending at vertex i
    for (std::size_t i = 0; i < pts.size(); ++i) {
        LonLat p = pts[i];
        const bool seam_before = seam;
        seam = i > 0 && is_seam(pts[i - 1], pts[i], m_frame.clip_box());
        if (o.unwrap) {
            const double ref = i == 0 ? m_frame.central_lon() : prev_lon;
            p.lon = ref + std::remainder(p.lon - ref, 360.0);
        }
        if (o.around_centre) {
            // Clipped shapes lie within 180° of the centre: each vertex is placed there alone.
            const double c = (m_frame.extent().min_lon + m_frame.extent().max_lon) / 2.0;
            p.lon = c + std::remainder(p.lon - c, 360.0);
        }
        if (thin > 0 && i > 0 && i + 1 < pts.size() && !seam && !seam_before &&
            !is_seam(pts[i], pts[i + 1], m_frame.clip_box()) &&
            std::abs(p.lon - m_x.back()) + std::abs(p.lat - m_y.back()) < thin) {
            continue;
        }
        if (i > 0 && o.densify_deg > 0) {
            const double plon = m_x.back(), plat = m_y.back();
            const double span = std::max(std::abs(p.lon - plon), std::abs(p.lat - plat));
            const int n = std::min(100000, static_cast<int>(span / o.densify_deg));
            for (int k = 1; k <= n; ++k) {
                const double t = static_cast<double>(k) / (n + 1);
                m_x.push_back(plon + (p.lon - plon) * t);
                m_y.push_back(plat + (p.lat - plat) * t);
                m_seam.push_back(seam);
            }
        }
        m_x.push_back(p.lon);
        m_y.push_back(p.lat);
        m_seam.push_back(seam);
        prev_lon = p.lon;
    }
    m_frame.to_page(m_x, m_y); // points it cannot show come back NaN and break the path below

    // Keep page coordinates within a generous band around the page: Cairo works in fixed
    // point and far-off vertices add nothing to what is seen.
    const double lim = 20.0 * std::max(m_frame.width(), m_frame.height());
    out.points.reserve(m_x.size());
    out.seam.reserve(m_x.size());
    bool pending_seam = false;
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        if (!std::isfinite(m_x[i]) || !std::isfinite(m_y[i])) {
            pending_seam = pending_seam || !out.points.empty();
            continue;
        }
        const PagePoint p{std::clamp(m_x[i], -lim, lim), std::clamp(m_y[i], -lim, lim)};
        const bool seam = pending_seam || m_seam[i];
        if (!out.points.empty()) {
            const PagePoint& last = out.points.back();
            const bool last_vertex = i + 1 == m_x.size();
            const bool seam_changes =
                seam != static_cast<bool>(out.seam.back()) || (i + 1 < m_x.size() && m_seam[i + 1] != m_seam[i]);
            if (!last_vertex && !seam_changes && std::abs(p.x - last.x) + std::abs(p.y - last.y) < o.min_step) {
                continue;
            }
        }
        out.points.push_back(p);
        out.seam.push_back(out.points.size() > 1 && seam);
        pending_seam = false;
    }
    simplify_path(out, o.simplify);
    return out;
}

std::vector<PagePath> PathProjector::project(const Geometry& g, const PathOptions& o) const {
    std::vector<PagePath> out;
    for (const auto& poly : g.polygons) {
        out.push_back(project(poly.outer, true, o));
        for (const auto& h : poly.holes) out.push_back(project(h, true, o));
    }
    for (const auto& l : g.lines) out.push_back(project(l, false, o));
    return out;
}

namespace {

/// The clip's box in user space, grown by `ink`.
Box visible_box(cairo_t* cr, double ink) {
    Box b;
    cairo_clip_extents(cr, &b.x0, &b.y0, &b.x1, &b.y1);
    return b.grown(ink);
}

/// Whether any of `p` may show in `visible`.
bool meets(const PagePath& p, const Box& visible) { return Box::bounding(p.points).intersects(visible); }

} // namespace

void add_fill_path(cairo_t* cr, const std::vector<PagePath>& paths) {
    const Box visible = visible_box(cr, 2.0); // and the antialiased pixel at the edge
    for (const auto& p : paths) {
        if (p.points.size() < 3 || !meets(p, visible)) continue;
        cairo_move_to(cr, p.points[0].x, p.points[0].y);
        for (std::size_t i = 1; i < p.points.size(); ++i) cairo_line_to(cr, p.points[i].x, p.points[i].y);
        cairo_close_path(cr);
    }
}

void add_stroke_path(cairo_t* cr, const std::vector<PagePath>& paths, double ink) {
    const Box visible = visible_box(cr, ink + 2.0);
    for (const auto& p : paths) {
        if (p.points.size() < 2 || !meets(p, visible)) continue;
        bool any_seam = false;
        for (char s : p.seam) any_seam = any_seam || s;
        if (!any_seam) {
            cairo_move_to(cr, p.points[0].x, p.points[0].y);
            for (std::size_t i = 1; i < p.points.size(); ++i) cairo_line_to(cr, p.points[i].x, p.points[i].y);
            if (p.closed) cairo_close_path(cr);
            continue;
        }
        cairo_move_to(cr, p.points[0].x, p.points[0].y);
        for (std::size_t i = 1; i < p.points.size(); ++i) {
            if (p.seam[i]) {
                cairo_move_to(cr, p.points[i].x, p.points[i].y);
            } else {
                cairo_line_to(cr, p.points[i].x, p.points[i].y);
            }
        }
    }
}

} // namespace rangemap::render
