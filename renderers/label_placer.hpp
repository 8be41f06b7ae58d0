// SPDX-License-Identifier: MIT
#pragma once
/// @file Places labels so that none overlaps another label, a marker, a callout or the legend.
/// Pure page geometry: no Cairo, so it can be tested on its own.

#include "geometry_types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::render {

/// One label to place: its size, where it belongs, and the positions it may take.
struct LabelRequest {
    std::string text;
    double width = 0, height = 0; ///< page units
    PagePoint anchor;             ///< the thing labelled (marker centre, ring point, callout midpoint)
    std::vector<Box> candidates;  ///< preferred positions, best first
    double leader_from = 0;       ///< >0: when no candidate is free, move away from the anchor and
                                  ///< draw a leader; the leader starts this far from the anchor
    double leader_max = 0;        ///< farthest a moved label may go from the anchor, page units
};

/// Where a label went.
struct PlacedLabel {
    std::string text;
    Box box;
    PagePoint anchor;
    bool leader = false;                ///< true: drawn away from its anchor, joined by a leader line
    PagePoint leader_start, leader_end; ///< the leader line, when `leader`
    std::size_t candidate = 0;          ///< which of the request's candidates won (unused with a leader)
};

/// Greedy placement in call order: call place() highest priority first.
class LabelPlacer {
public:
    /// @param area labels must lie wholly inside it (the map area); @param padding kept
    ///        free around every label, page units.
    LabelPlacer(Box area, double padding);

    /// Something labels must not cover (markers, the legend, a callout line's boxes).
    void add_obstacle(const Box& b);
    /// A line labels must not cover, as a chain of small boxes of half-width `half_width`; only
    /// its part near the label area is kept, however far off the page its ends lie.
    void add_segment_obstacle(PagePoint a, PagePoint b, double half_width);

    /// The first free candidate, else (when allowed) a free position further out with a
    /// leader, else nothing (the label is dropped). A placed label becomes an obstacle.
    std::optional<PlacedLabel> place(const LabelRequest& request);

    [[nodiscard]] bool is_free(const Box& b) const noexcept;
    /// The area labels must lie in.
    [[nodiscard]] const Box& area() const noexcept { return m_area; }
    [[nodiscard]] std::size_t obstacle_count() const noexcept { return m_obstacles.size(); }

private:
    [[nodiscard]] bool segment_is_free(PagePoint a, PagePoint b) const noexcept;
    Box m_area;
    double m_padding;
    std::vector<Box> m_obstacles; ///< markers, legend, lines
    std::vector<Box> m_labels;    ///< placed labels (leaders must not cross them)
};                                // class LabelPlacer

/// The eight classic positions around a point marker of radius `r` (right, left, above,
/// below, then the diagonals), with `gap` between marker and text.
std::vector<Box> point_label_candidates(PagePoint anchor, double r, double gap, double w, double h);

} // namespace rangemap::render
