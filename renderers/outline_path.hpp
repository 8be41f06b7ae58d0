// SPDX-License-Identifier: MIT
#pragma once
/// @file The stroked outline of a ring, sector or buffer on the page, as stretches that can be
/// walked by length, and an index telling how near any outline comes to a point. Used to set
/// labels along their own outline and away from the others. renderers-internal.

#include "geometry_path.hpp"
#include "geometry_types.hpp"

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace rangemap::render {

/// One stretch of an outline as drawn: no seam, no gap; walked by arc length in page units.
class OutlinePiece {
public:
    /// @param points at least two, in drawing order.
    explicit OutlinePiece(std::vector<PagePoint> points);

    [[nodiscard]] double length() const noexcept { return m_cum.empty() ? 0.0 : m_cum.back(); }
    /// The point `s` page units along (clamped to the piece).
    [[nodiscard]] PagePoint at(double s) const noexcept;
    [[nodiscard]] const std::vector<PagePoint>& points() const noexcept { return m_points; }

private:
    std::vector<PagePoint> m_points;
    std::vector<double> m_cum; ///< arc length to each point
};

/// The stroked stretches of a projected ring or line: split where an edge is a seam (an
/// antimeridian cut, a gap the projection cannot show). A closed path drawn whole is continued
/// `wrap` page units past its start, so a label may sit across the point where it begins.
std::vector<OutlinePiece> stroked_pieces(const PagePath& path, double wrap);

/// Segments of many outlines, each tagged with its owner, in a grid for nearness queries.
class OutlineIndex {
public:
    /// @param cell grid cell size, page units (> 0): about the largest query distance.
    explicit OutlineIndex(double cell);

    void add(const std::vector<OutlinePiece>& pieces, std::size_t owner);
    /// True when an outline of another owner than `owner` comes within `r` page units of `p`.
    [[nodiscard]] bool other_within(PagePoint p, double r, std::size_t owner) const;

private:
    struct Segment {
        PagePoint a, b;
        std::size_t owner;
    };
    [[nodiscard]] long long index_of(double v) const noexcept; ///< the grid column or row holding v
    [[nodiscard]] static long long key(long long i, long long j) noexcept { return i * 4000037LL + j; }
    double m_cell;
    std::vector<Segment> m_segments;
    std::unordered_map<long long, std::vector<std::size_t>> m_grid; ///< cell -> segments crossing it
    std::vector<std::size_t> m_long;                                ///< segments too long for the grid
};                                                                  // class OutlineIndex

/// Distance from `p` to segment a-b, page units.
double distance_to_segment(PagePoint p, PagePoint a, PagePoint b) noexcept;

} // namespace rangemap::render
