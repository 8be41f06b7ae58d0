// SPDX-License-Identifier: MIT
#pragma once
/// @file A two-unit scale bar (km above, mi below) in a corner of its own, saying where it is
/// true when the scale varies across the map, and left out where one would mislead.
/// renderers-internal.

#include "draw_context.hpp"
#include "label_report.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

struct ScaleBar {
    double km = 0;       ///< length of the km bar, kilometres (a round number)
    double mi = 0;       ///< length of the mi bar, statute miles (a round number)
    double km_len = 0;   ///< page length of the km bar; 0: no bar
    double mi_len = 0;   ///< page length of the mi bar
    double true_lat = 0; ///< the parallel along which the lengths are true, degrees
    /// "Scale true at 30°N" when the scale along the central meridian varies by more than 2%
    /// over the map; empty when it is near enough the same everywhere.
    std::string caption;
};

/// Over the map's height, the scale (along the parallels) may vary at most this factor for a
/// bar to be drawn: beyond it (a world or hemisphere view) one length fits few places.
inline constexpr double k_max_scale_variation = 1.6;

/// Round lengths (1, 2, 2.5, 5 × 10^k) near a fifth of the map's width, true along the parallel
/// of the extent's centre. No bar (km_len 0) where the scale varies more than
/// k_max_scale_variation or cannot be found.
ScaleBar choose_scale_bar(const MapFrame& frame);

/// The scale bar's panel: in the map corner free of the legend and covering the fewest of
/// the points to avoid.
class ScalePanel {
public:
    explicit ScalePanel(const DrawContext& dc);
    [[nodiscard]] bool empty() const noexcept { return m_bar.km_len <= 0; }
    /// Picks a corner not `taken` (the legend's box) covering the fewest of `avoid`.
    Box place(const std::vector<PagePoint>& avoid, const std::vector<Box>& taken);
    /// Draws it; returns the boxes of its texts (kind "legend").
    std::vector<LabelBox> draw() const;

private:
    const DrawContext& m_dc;
    ScaleBar m_bar;
    double m_w = 0, m_h = 0, m_pad = 0;
    Box m_box;
}; // class ScalePanel

} // namespace rangemap::render
