// SPDX-License-Identifier: MIT
#include "label_placer.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace rangemap::render {

LabelPlacer::LabelPlacer(Box area, double padding) : m_area(area), m_padding(padding) {}

void LabelPlacer::add_obstacle(const Box& b) { m_obstacles.push_back(b); }

namespace {

/// The part of segment a-b inside `box` (Liang-Barsky), or nothing.
std::optional<std::pair<PagePoint, PagePoint>> clipped(PagePoint a, PagePoint b, const Box& box) noexcept {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const auto edge = [&](double p, double q) {
        if (p == 0) return q >= 0;
        const double t = q / p;
        if (p < 0) {
            if (t > t1) return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0) return false;
            t1 = std::min(t1, t);
        }
        return true;
    };
    if (!edge(-dx, a.x - box.x0) || !edge(dx, box.x1 - a.x) || !edge(-dy, a.y - box.y0) || !edge(dy, box.y1 - a.y)) {
        return std::nullopt;
    }
    return std::pair{PagePoint{a.x + dx * t0, a.y + dy * t0}, PagePoint{a.x + dx * t1, a.y + dy * t1}};
}

} // namespace

void LabelPlacer::add_segment_obstacle(PagePoint a, PagePoint b, double half_width) {
    // Only the part near the label area matters; a callout to a place far off the page would
    // otherwise become millions of boxes.
    const auto part = clipped(a, b, m_area.grown(half_width + m_padding));
    if (!part) return;
    const auto [p, q] = *part;
    const double len = std::hypot(q.x - p.x, q.y - p.y);
    const int n = std::max(1, static_cast<int>(std::ceil(len / std::max(half_width, 1.0))));
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n;
        m_obstacles.push_back(Box::around({p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t}, half_width, half_width));
    }
}

bool LabelPlacer::is_free(const Box& b) const noexcept {
    if (!m_area.contains(b)) return false;
    const Box padded = b.grown(m_padding);
    for (const Box& o : m_obstacles)
        if (padded.intersects(o)) return false;
    for (const Box& o : m_labels)
        if (padded.intersects(o)) return false;
    return true;
}

bool LabelPlacer::segment_is_free(PagePoint a, PagePoint b) const noexcept {
    const double len = std::hypot(b.x - a.x, b.y - a.y);
    const int n = std::max(2, static_cast<int>(len / 2.0));
    for (int i = 1; i < n; ++i) {
        const double t = static_cast<double>(i) / n;
        const PagePoint p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        for (const Box& o : m_labels)
            if (o.contains(p)) return false;
    }
    return true;
}

namespace {

/// The point of `b` closest to `p`.
PagePoint nearest_on(const Box& b, PagePoint p) { return {std::clamp(p.x, b.x0, b.x1), std::clamp(p.y, b.y0, b.y1)}; }

} // namespace

std::optional<PlacedLabel> LabelPlacer::place(const LabelRequest& r) {
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const Box& c = r.candidates[i];
        if (is_free(c)) {
            m_labels.push_back(c);
            return PlacedLabel{r.text, c, r.anchor, false, {}, {}, i};
        }
    }
    if (r.leader_from <= 0 || r.leader_max <= r.leader_from) return std::nullopt;
    // Spiral outwards: at each distance try 24 directions, preferring east and west of the
    // anchor (labels read along the line), and keep the nearest free spot.
    const double step = std::max(r.height * 0.6, 2.0);
    for (double d = r.leader_from + r.height; d <= r.leader_max; d += step) {
        for (int k = 0; k < 24; ++k) {
            // 0, 180, 15, 195, 345, 165, ...: alternate sides, widening from the horizontal.
            const int i = (k / 2 + 1) / 2 * ((k / 2) % 2 == 0 ? 1 : -1);
            const double ang = (i * 15.0 + (k % 2 ? 180.0 : 0.0)) * M_PI / 180.0;
            const PagePoint c{r.anchor.x + d * std::cos(ang), r.anchor.y - d * std::sin(ang)};
            // Label box on the far side of the point from the anchor, so the leader stays short.
            const double cx = c.x + (std::cos(ang) >= 0 ? r.width / 2 : -r.width / 2);
            const Box b = Box::around({cx, c.y}, r.width / 2, r.height / 2);
            if (!is_free(b)) continue;
            const PagePoint end = nearest_on(b, r.anchor);
            const double len = std::hypot(end.x - r.anchor.x, end.y - r.anchor.y);
            if (len <= r.leader_from) continue;
            const PagePoint start{r.anchor.x + (end.x - r.anchor.x) * r.leader_from / len,
                                  r.anchor.y + (end.y - r.anchor.y) * r.leader_from / len};
            if (!segment_is_free(start, end)) continue;
            m_labels.push_back(b);
            // Later labels must not cover this leader.
            add_segment_obstacle(start, end, 1.0);
            return PlacedLabel{r.text, b, r.anchor, true, start, end, r.candidates.size()};
        }
    }
    return std::nullopt;
}

std::vector<Box> point_label_candidates(PagePoint a, double r, double gap, double w, double h) {
    const double d = r + gap;
    const double dd = (r + gap) * 0.75;
    return {
        Box{a.x + d, a.y - h / 2, a.x + d + w, a.y + h / 2}, // right
        Box{a.x - d - w, a.y - h / 2, a.x - d, a.y + h / 2}, // left
        Box{a.x + dd, a.y - dd - h, a.x + dd + w, a.y - dd}, // above right
        Box{a.x + dd, a.y + dd, a.x + dd + w, a.y + dd + h}, // below right
        Box{a.x - dd - w, a.y - dd - h, a.x - dd, a.y - dd}, // above left
        Box{a.x - dd - w, a.y + dd, a.x - dd, a.y + dd + h}, // below left
        Box{a.x - w / 2, a.y - d - h, a.x + w / 2, a.y - d}, // above
        Box{a.x - w / 2, a.y + d, a.x + w / 2, a.y + d + h}, // below
    };
}

} // namespace rangemap::render
