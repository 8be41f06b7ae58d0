// SPDX-License-Identifier: MIT
#pragma once
/// @file Text through Pango: any Unicode (CJK falls back to Noto Sans CJK), measured in page
/// units, drawn with an optional halo for legibility over busy backgrounds. renderers-internal.

#include "cairo_handles.hpp"
#include "geometry_types.hpp"

#include "layers/style.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

struct TextStyle {
    std::string font = "Noto Sans";
    double size = 12; ///< absolute size, page units
    bool bold = false;
    bool italic = false;
    layers::Rgba colour{0.1, 0.1, 0.1, 1};
    layers::Rgba halo{1, 1, 1, 0}; ///< alpha 0: no halo
    double halo_width = 0;         ///< page units
    double letter_spacing = 0;     ///< extra space between letters, page units (country names)
    bool centred = false;          ///< lines of a multi-line text centred on each other
};

/// A laid-out piece of text, ready to measure and draw on one cairo_t.
class TextBlock {
public:
    TextBlock(cairo_t* cr, const std::string& text, const TextStyle& style);

    /// Width and height of the ink-independent (logical) box, page units.
    [[nodiscard]] double width() const noexcept { return m_w; }
    [[nodiscard]] double height() const noexcept { return m_h; }
    /// Draws with the top-left of the logical box at (x, y): halo first, then the glyphs.
    void draw(double x, double y) const;
    /// Draws centred on `c`, turned `angle_deg` counter-clockwise.
    void draw_turned(PagePoint c, double angle_deg) const;

    /// One glyph of the first line as laid out: its centre along the line and its advance,
    /// page units from the line's left edge.
    struct Glyph {
        double centre;
        double advance;
    };
    /// The glyphs of the first line, left to right on the page.
    [[nodiscard]] std::vector<Glyph> glyphs() const;
    /// Where a glyph goes: `at` is the middle of its logical box, turned `angle_deg` counter-clockwise.
    struct GlyphPose {
        PagePoint at;
        double angle_deg;
    };
    /// Draws the first line glyph by glyph, one pose per glyph of glyphs() (text along a curve):
    /// every halo first, so one glyph's halo never covers its neighbour. With `break_line` the
    /// halo also runs along the line through the glyphs' middles, so a line the text sits on is
    /// broken under the whole text, the spaces too.
    void draw_glyphs(const std::vector<GlyphPose>& poses, bool break_line) const;

private:
    cairo_t* m_cr;
    LayoutPtr m_layout;
    TextStyle m_style;
    double m_w = 0, m_h = 0;
}; // class TextBlock

/// Turns off metric hinting, so text measures the same in PNG, SVG and PDF at any scale.
void prepare_text(cairo_t* cr);

} // namespace rangemap::render
