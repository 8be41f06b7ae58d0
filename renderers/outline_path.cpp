// SPDX-License-Identifier: MIT
#include "outline_path.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace rangemap::render {

OutlinePiece::OutlinePiece(std::vector<PagePoint> points) : m_points(std::move(points)) {
    m_cum.reserve(m_points.size());
    double s = 0;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (i > 0) s += std::hypot(m_points[i].x - m_points[i - 1].x, m_points[i].y - m_points[i - 1].y);
        m_cum.push_back(s);
    }
}

PagePoint OutlinePiece::at(double s) const noexcept {
    if (m_points.empty()) return {};
    if (s <= 0) return m_points.front();
    if (s >= length()) return m_points.back();
    const auto it = std::upper_bound(m_cum.begin(), m_cum.end(), s);
    const std::size_t i = static_cast<std::size_t>(it - m_cum.begin()); // 1 <= i < size
    const double span = m_cum[i] - m_cum[i - 1];
    const double t = span > 0 ? (s - m_cum[i - 1]) / span : 0.0;
    const PagePoint a = m_points[i - 1], b = m_points[i];
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

std::vector<OutlinePiece> stroked_pieces(const PagePath& path, double wrap) {
    std::vector<OutlinePiece> out;
    const auto& pts = path.points;
    if (pts.size() < 2) return out;
    const bool any_seam = std::any_of(path.seam.begin(), path.seam.end(), [](char s) { return s != 0; });
    std::vector<PagePoint> run{pts.front()};
    for (std::size_t i = 1; i < pts.size(); ++i) {
        if (i < path.seam.size() && path.seam[i]) {
            if (run.size() >= 2) out.emplace_back(std::move(run));
            run = {pts[i]};
            continue;
        }
        run.push_back(pts[i]);
    }
    if (path.closed && !any_seam && wrap > 0) {
        // Round past the start, so the start is not a place labels must avoid.
        double extra = 0;
        PagePoint last = run.back();
        for (std::size_t i = 0; i < pts.size() && extra < wrap; ++i) {
            extra += std::hypot(pts[i].x - last.x, pts[i].y - last.y);
            run.push_back(pts[i]);
            last = pts[i];
        }
    }
    if (run.size() >= 2) out.emplace_back(std::move(run));
    return out;
}

double distance_to_segment(PagePoint p, PagePoint a, PagePoint b) noexcept {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t));
}

OutlineIndex::OutlineIndex(double cell) : m_cell(std::max(cell, 1e-6)) {}

long long OutlineIndex::index_of(double v) const noexcept {
    // Far-off vertices (the projector keeps them within 20 pages) still map to finite cells.
    return static_cast<long long>(std::floor(std::clamp(v, -1e9, 1e9) / m_cell));
}

void OutlineIndex::add(const std::vector<OutlinePiece>& pieces, std::size_t owner) {
    for (const auto& piece : pieces) {
        const auto& pts = piece.points();
        for (std::size_t k = 1; k < pts.size(); ++k) {
            const PagePoint a = pts[k - 1], b = pts[k];
            const std::size_t id = m_segments.size();
            m_segments.push_back({a, b, owner});
            const long long i0 = index_of(std::min(a.x, b.x)), i1 = index_of(std::max(a.x, b.x));
            const long long j0 = index_of(std::min(a.y, b.y)), j1 = index_of(std::max(a.y, b.y));
            // A segment across thousands of cells (a jump far off the page) is tested every time.
            if ((i1 - i0 + 1) * (j1 - j0 + 1) > 4096) {
                m_long.push_back(id);
                continue;
            }
            for (long long i = i0; i <= i1; ++i)
                for (long long j = j0; j <= j1; ++j) m_grid[key(i, j)].push_back(id);
        }
    }
}

bool OutlineIndex::other_within(PagePoint p, double r, std::size_t owner) const {
    const long long i0 = index_of(p.x - r), i1 = index_of(p.x + r);
    const long long j0 = index_of(p.y - r), j1 = index_of(p.y + r);
    const auto near = [&](std::size_t id) {
        const Segment& s = m_segments[id];
        return s.owner != owner && distance_to_segment(p, s.a, s.b) < r;
    };
    if (std::any_of(m_long.begin(), m_long.end(), near)) return true;
    for (long long i = i0; i <= i1; ++i) {
        for (long long j = j0; j <= j1; ++j) {
            const auto it = m_grid.find(key(i, j));
            if (it == m_grid.end()) continue;
            if (std::any_of(it->second.begin(), it->second.end(), near)) return true;
        }
    }
    return false;
}

} // namespace rangemap::render
