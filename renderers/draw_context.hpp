// SPDX-License-Identifier: MIT
#pragma once
/// @file What every drawing step needs: the Cairo context, the frame and the theme. renderers-internal.

#include "cairo_handles.hpp"
#include "geometry_types.hpp"
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

/// The backing of a panel on the map (legend, scale bar): the theme's panel colour, framed by a
/// hairline of the frame colour at `frame_alpha`. Leaves the context's state as it was.
inline void draw_panel(const DrawContext& dc, const Box& box, double frame_alpha) {
    SaveRestore guard(dc.cr);
    cairo_new_path(dc.cr);
    cairo_rectangle(dc.cr, box.x0, box.y0, box.width(), box.height());
    set_colour(dc.cr, dc.theme.panel);
    cairo_fill_preserve(dc.cr);
    set_colour(dc.cr, dc.theme.frame.with_alpha(frame_alpha));
    cairo_set_line_width(dc.cr, 0.6 * dc.u());
    cairo_stroke(dc.cr);
}

} // namespace rangemap::render
