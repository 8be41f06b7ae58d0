// SPDX-License-Identifier: MIT
#pragma once
/// @file Where a ring's, sector's or buffer's label may sit on its own outline: the text set
/// glyph by glyph along the curve, readable (never upside down), inside the map, and clear of
/// every other outline. renderers-internal.

#include "geometry_types.hpp"
#include "outline_path.hpp"
#include "text.hpp"

#include <cstddef>
#include <vector>

namespace rangemap::render {

/// A label set along an outline.
struct PathPlacement {
    std::vector<TextBlock::GlyphPose> glyphs; ///< one per glyph of the text, left to right as read
    PagePoint centre;                         ///< the outline point under the text's middle
    Box box;                                  ///< axis-aligned, around every glyph's logical box
    double angle_deg = 0;                     ///< the text's direction at its middle, counter-clockwise
    bool astride = true; ///< the text's middle on the outline (its halo breaks the line); false: resting beside it
};

/// What to place and where it may go.
struct OutlineLabelSpec {
    std::vector<TextBlock::Glyph> glyphs; ///< as TextBlock::glyphs() lays them out
    double width = 0, height = 0;         ///< the text's logical size, page units
    PagePoint centre;                     ///< the ring's or sector's centre on the page (bearings are taken from it)
    double prefer_deg = 50;               ///< preferred bearing of the label from `centre`, degrees
                                          ///< counter-clockwise from east on the page (50: upper right)
    double clearance = 0;                 ///< no other outline within this of a glyph's centre, page units
    double step = 2;                      ///< between tried positions along the outline, page units
    Box area;                             ///< every candidate's box lies inside it
};

/// The text's direction at its middle is within ±90° of the horizontal (90: read bottom to top);
/// a glyph on a curve may turn this far, degrees, a little past the upright but never upside down.
constexpr double k_max_glyph_angle_deg = 95.0;
/// Most the text may bend from its first glyph to its last, degrees.
constexpr double k_max_bend_deg = 60.0;

/// Positions along the outline `own` (index `owner` in `others`), best first: gentle angles
/// before steep ones (up to 30°, then 60°, then 90° from the horizontal: a steep label's box is
/// large, and crowds the others), and within each the
/// bearing nearest `prefer_deg`, then 10° either side, alternating. Positions where the whole
/// text does not fit on one stretch of the outline, or bends too much, are left out.
std::vector<PathPlacement> outline_label_candidates(const std::vector<OutlinePiece>& own, const OutlineIndex& others,
                                                    std::size_t owner, const OutlineLabelSpec& spec);

/// The axis-aligned box around text of `w` x `h` centred on `c`, turned `angle_deg`.
Box rotated_box(PagePoint c, double w, double h, double angle_deg) noexcept;

} // namespace rangemap::render
