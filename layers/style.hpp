// SPDX-License-Identifier: MIT
#pragma once
/// @file Colours and styles: plain values the renderer reads.

#include <string_view>
#include <vector>

namespace rangemap::layers {

/// Colour with alpha, components in [0, 1].
struct Rgba {
    double r = 0, g = 0, b = 0, a = 1;
    /// "#rrggbb" or "#rrggbbaa". @throws usage_error otherwise.
    static Rgba hex(std::string_view text);
    [[nodiscard]] Rgba with_alpha(double alpha) const noexcept { return {r, g, b, alpha}; }
};

enum class Marker { none, circle, square, triangle, diamond, star };

/// How a layer is drawn. Widths and sizes are in points (1/72 in) at scale 1.
struct Style {
    Rgba fill{0, 0, 0, 0};
    Rgba stroke{0, 0, 0, 1};
    double stroke_width = 1.0;
    std::vector<double> dash;      ///< on/off lengths in points; empty for solid
    Marker marker = Marker::none;  ///< for point features
    double marker_size = 6.0;
    Rgba label_colour{0.1, 0.1, 0.1, 1};
    double font_size = 9.0;
};

} // namespace rangemap::layers
