// SPDX-License-Identifier: MIT
#pragma once
/// @file The legend panel: one entry per layer with legend text and a north arrow when north is
/// not up at the map's centre. renderers-internal.

#include "draw_context.hpp"
#include "label_report.hpp"

#include "layers/scene.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

struct LegendEntry {
    layers::Role role;
    layers::Style style;
    std::string text;
};

/// Entries from the layers (in scene order) and, when there are callouts, one for them.
std::vector<LegendEntry> legend_entries(const layers::Scene& scene);

class LegendPanel {
public:
    /// Measures the panel for the scene; empty when there is nothing to show.
    LegendPanel(const DrawContext& dc, const layers::Scene& scene);

    [[nodiscard]] bool empty() const noexcept { return m_entries.empty(); }
    [[nodiscard]] double width() const noexcept { return m_w; }
    [[nodiscard]] double height() const noexcept { return m_h; }
    /// Picks the map corner that covers the fewest of `avoid` (markers, callout ends).
    /// Returns the panel's box.
    Box place(const std::vector<PagePoint>& avoid);
    /// Draws the panel; returns the boxes of its entries' texts (kind "legend").
    std::vector<LabelBox> draw() const;

private:
    const DrawContext& m_dc;
    std::vector<LegendEntry> m_entries;
    double m_north = 0;
    double m_w = 0, m_h = 0, m_row = 0, m_swatch = 0, m_pad = 0;
    Box m_box;
}; // class LegendPanel

} // namespace rangemap::render
