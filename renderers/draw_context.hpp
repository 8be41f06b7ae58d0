// SPDX-License-Identifier: MIT
#pragma once
/// @file What every drawing step needs: the Cairo context, the frame and the theme. renderers-internal.

#include "cairo_handles.hpp"
#include "map_frame.hpp"
#include "text.hpp"

#include "layers/theme.hpp"

namespace rangemap::render {

struct DrawContext {
    cairo_t* cr;
    const MapFrame& frame;
    const layers::Theme& theme;

    /// Page units per style point.
    [[nodiscard]] double u() const noexcept { return frame.unit(); }
    /// A text style from the theme: `size` in points, optional halo.
    [[nodiscard]] TextStyle text_style(double size, const layers::Rgba& colour, bool bold = false,
                                       bool halo = false) const {
        TextStyle s;
        s.font = theme.font;
        s.size = size * u();
        s.bold = bold;
        s.colour = colour;
        if (halo) {
            s.halo = theme.halo;
            s.halo_width = theme.halo_width * u();
        }
        return s;
    }
};

inline void set_colour(cairo_t* cr, const layers::Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

} // namespace rangemap::render
