// SPDX-License-Identifier: MIT
#pragma once
/// @file Page-space points and boxes shared by the drawing and label-placement code.

#include <algorithm>
#include <span>

namespace rangemap::render {

/// A point on the page, in points (SVG/PDF) or pixels (PNG, before the HiDPI scale).
struct PagePoint {
    double x = 0, y = 0;
};

/// An axis-aligned box on the page; y grows downwards.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    [[nodiscard]] double width() const noexcept { return x1 - x0; }
    [[nodiscard]] double height() const noexcept { return y1 - y0; }
    /// True when the interiors overlap (touching edges do not count).
    [[nodiscard]] bool intersects(const Box& o) const noexcept {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
    [[nodiscard]] bool contains(const Box& o) const noexcept {
        return o.x0 >= x0 && o.x1 <= x1 && o.y0 >= y0 && o.y1 <= y1;
    }
    [[nodiscard]] bool contains(PagePoint p) const noexcept { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    [[nodiscard]] Box grown(double d) const noexcept { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
    static Box around(PagePoint c, double half_w, double half_h) noexcept {
        return {c.x - half_w, c.y - half_h, c.x + half_w, c.y + half_h};
    }
    /// The smallest box holding every point; an empty one (x0 > x1) for none.
    static Box bounding(std::span<const PagePoint> points) noexcept {
        Box b{1e300, 1e300, -1e300, -1e300};
        for (const PagePoint p : points) {
            b.x0 = std::min(b.x0, p.x);
            b.y0 = std::min(b.y0, p.y);
            b.x1 = std::max(b.x1, p.x);
            b.y1 = std::max(b.y1, p.y);
        }
        return b;
    }
};

} // namespace rangemap::render
