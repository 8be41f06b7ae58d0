// SPDX-License-Identifier: MIT
#pragma once
/// @file Colours and styles: plain values the renderer reads.

#include <string>
#include <string_view>
#include <vector>

namespace rangemap::layers {

/// Colour with alpha, components in [0, 1].
struct Rgba {
    double r = 0, g = 0, b = 0, a = 1;
    /// "#rrggbb" or "#rrggbbaa". @throws usage_error otherwise.
    static Rgba hex(std::string_view text);
    [[nodiscard]] Rgba with_alpha(double alpha) const noexcept { return {r, g, b, alpha}; }
    friend bool operator==(const Rgba&, const Rgba&) = default;
};

/// "#rrggbbaa".
std::string hex_text(const Rgba& c);

enum class Marker { none, circle, square, triangle, diamond, star };

/// How a layer is drawn. Widths and sizes are in points on a page whose short side is
/// 1000 units; the renderer scales them with the page, so a figure keeps its look at any size.
struct Style {
    Rgba fill{0, 0, 0, 0};
    Rgba stroke{0, 0, 0, 1};
    double stroke_width = 1.0;
    std::vector<double> dash;     ///< on/off lengths in points; empty for solid
    Marker marker = Marker::none; ///< for point features
    double marker_size = 6.0;     ///< marker diameter, points
    Rgba label_colour{0.1, 0.1, 0.1, 1};
    double font_size = 9.0; ///< label size, points
    bool bold = false;      ///< label weight
};

/// The style as an OGR style string, the form GIS files carry (KML placemark styles):
/// "PEN(c:#rrggbbaa,w:2.2px)" and, with a visible fill, ";BRUSH(fc:#rrggbbaa)".
std::string ogr_style_string(const Style& style);

} // namespace rangemap::layers
