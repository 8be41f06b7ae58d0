// SPDX-License-Identifier: MIT
#include "inset_layout.hpp"

#include <algorithm>
#include <array>

namespace rangemap::render {

std::optional<std::size_t> short_callout(const std::vector<std::optional<double>>& page_lengths, double map_width,
                                         double trigger) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < page_lengths.size(); ++i) {
        const std::optional<double>& len = page_lengths[i];
        if (!len || !(*len < trigger * map_width)) continue;
        if (!best || *len < *page_lengths[*best]) best = i;
    }
    return best;
}

std::vector<Box> inset_positions(const Box& map, double w, double h, double margin) {
    const double left = map.x0 + margin, right = map.x1 - margin - w;
    const double top = map.y0 + margin, bottom = map.y1 - margin - h;
    const double mid_x = (map.x0 + map.x1 - w) / 2, mid_y = (map.y0 + map.y1 - h) / 2;
    std::vector<Box> out;
    if (right < left || bottom < top) return out;
    for (const auto& [x, y] : std::array<std::pair<double, double>, 8>{{{right, top},
                                                                        {left, top},
                                                                        {right, bottom},
                                                                        {left, bottom},
                                                                        {right, mid_y},
                                                                        {left, mid_y},
                                                                        {mid_x, top},
                                                                        {mid_x, bottom}}}) {
        out.push_back({x, y, x + w, y + h});
    }
    return out;
}

std::optional<Box> choose_inset_box(const std::vector<Box>& positions, const std::vector<Box>& taken,
                                    const std::vector<PagePoint>& keep, const std::function<double(const Box&)>& cost) {
    std::optional<Box> best;
    double best_cost = 0;
    for (const Box& b : positions) {
        if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(b); })) continue;
        if (std::any_of(keep.begin(), keep.end(), [&](const PagePoint& p) { return b.contains(p); })) continue;
        const double c = cost(b);
        if (!best || c < best_cost) {
            best = b;
            best_cost = c;
        }
    }
    return best;
}

std::vector<Segment> leader_lines(const Box& frame, const Box& inset) {
    if (frame.grown(1e-9).intersects(inset)) return {};
    // The eight corners, the frame's first; the hull by Andrew's monotone chain.
    struct Corner {
        PagePoint p;
        bool of_frame;
    };
    std::vector<Corner> pts;
    for (const Box* b : {&frame, &inset}) {
        for (const PagePoint p :
             {PagePoint{b->x0, b->y0}, PagePoint{b->x1, b->y0}, PagePoint{b->x1, b->y1}, PagePoint{b->x0, b->y1}}) {
            pts.push_back({p, b == &frame});
        }
    }
    std::sort(pts.begin(), pts.end(),
              [](const Corner& a, const Corner& b) { return a.p.x < b.p.x || (a.p.x == b.p.x && a.p.y < b.p.y); });
    const auto cross = [](PagePoint o, PagePoint a, PagePoint b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<Corner> hull(2 * pts.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2].p, hull[k - 1].p, pts[i].p) <= 0) --k;
        hull[k++] = pts[i];
    }
    for (std::size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(hull[k - 2].p, hull[k - 1].p, pts[i - 1].p) <= 0) --k;
        hull[k++] = pts[i - 1];
    }
    hull.resize(k - 1);
    std::vector<Segment> out;
    for (std::size_t i = 0; i < hull.size(); ++i) {
        const Corner& a = hull[i];
        const Corner& b = hull[(i + 1) % hull.size()];
        if (a.of_frame != b.of_frame) out.push_back(a.of_frame ? Segment{a.p, b.p} : Segment{b.p, a.p});
    }
    return out;
}

} // namespace rangemap::render
