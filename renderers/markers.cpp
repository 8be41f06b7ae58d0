// SPDX-License-Identifier: MIT
#include "markers.hpp"

#include <cmath>

namespace rangemap::render {

layers::Rgba marker_colour(const layers::Style& style) { return style.fill.a > 0 ? style.fill : style.stroke; }

void draw_marker(cairo_t* cr, PagePoint c, double size, const layers::Style& style, double casing) {
    if (style.marker == layers::Marker::none || !std::isfinite(c.x) || !std::isfinite(c.y)) return;
    const double r = size / 2.0;
    cairo_new_path(cr);
    switch (style.marker) {
    case layers::Marker::none:
    case layers::Marker::circle: cairo_arc(cr, c.x, c.y, r, 0, 2 * M_PI); break;
    case layers::Marker::square: cairo_rectangle(cr, c.x - r * 0.88, c.y - r * 0.88, r * 1.76, r * 1.76); break;
    case layers::Marker::triangle:
        cairo_move_to(cr, c.x, c.y - r * 1.15);
        cairo_line_to(cr, c.x + r * 1.05, c.y + r * 0.75);
        cairo_line_to(cr, c.x - r * 1.05, c.y + r * 0.75);
        cairo_close_path(cr);
        break;
    case layers::Marker::diamond:
        cairo_move_to(cr, c.x, c.y - r * 1.2);
        cairo_line_to(cr, c.x + r * 1.0, c.y);
        cairo_line_to(cr, c.x, c.y + r * 1.2);
        cairo_line_to(cr, c.x - r * 1.0, c.y);
        cairo_close_path(cr);
        break;
    case layers::Marker::star:
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r * 1.3 : r * 0.55;
            if (i == 0)
                cairo_move_to(cr, c.x + rr * std::cos(a), c.y + rr * std::sin(a));
            else
                cairo_line_to(cr, c.x + rr * std::cos(a), c.y + rr * std::sin(a));
        }
        cairo_close_path(cr);
        break;
    }
    set_colour(cr, marker_colour(style));
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.95);
    cairo_set_line_width(cr, casing);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

} // namespace rangemap::render
