// SPDX-License-Identifier: MIT
#include "path_simplify.hpp"

#include <cmath>
#include <utility>

namespace rangemap::render {

namespace {

/// Distance of `p` from the line through `a` and `b` (from `a` when they coincide).
double off_line(PagePoint p, PagePoint a, PagePoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    if (len == 0) return std::hypot(p.x - a.x, p.y - a.y);
    return std::abs((p.x - a.x) * dy - (p.y - a.y) * dx) / len;
}

} // namespace

void simplify_path(PagePath& path, double tolerance) {
    const std::size_t n = path.points.size();
    if (n < 3 || !(tolerance > 0)) return;
    std::vector<char> keep(n, 0);
    keep.front() = keep.back() = 1;
    for (std::size_t i = 1; i < n; ++i) {
        if (path.seam[i] != path.seam[i - 1]) keep[i - 1] = keep[i] = 1;
    }
    // An explicit stack of spans: a coastline of 100,000 vertices would recurse too deep.
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t a = 0, i = 1; i < n; ++i) {
        if (keep[i]) {
            spans.emplace_back(a, i);
            a = i;
        }
    }
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        double worst = tolerance;
        std::size_t at = 0;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = off_line(path.points[i], path.points[a], path.points[b]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (at == 0) continue;
        keep[at] = 1;
        spans.emplace_back(a, at);
        spans.emplace_back(at, b);
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!keep[i]) continue;
        path.points[out] = path.points[i];
        path.seam[out] = path.seam[i];
        ++out;
    }
    path.points.resize(out);
    path.seam.resize(out);
}

} // namespace rangemap::render
