// SPDX-License-Identifier: MIT
#include "scale_bar.hpp"

#include "engine/length.hpp"
#include "engine/text.hpp"

#include <cmath>

namespace rangemap::render {

namespace {

double round_length(double max_value) {
    if (!(max_value > 0)) return 0;
    const double p = std::pow(10.0, std::floor(std::log10(max_value)));
    for (double m : {5.0, 2.5, 2.0, 1.0}) {
        if (m * p <= max_value) return m * p;
    }
    return p;
}

} // namespace

ScaleBar choose_scale_bar(const MapFrame& f, double max_len) {
    const BBox& e = f.extent();
    const LonLat centre{(e.min_lon + e.max_lon) / 2.0, (e.min_lat + e.max_lat) / 2.0};
    const std::optional<double> scale = f.metres_per_page_unit_at({std::remainder(centre.lon, 360.0), centre.lat});
    ScaleBar b;
    if (!scale || !(*scale > 0) || !std::isfinite(*scale)) return b;
    const double m_per_unit = *scale;
    b.km = round_length(max_len * m_per_unit / 1000.0);
    b.mi = round_length(max_len * m_per_unit / metres_per(LengthUnit::mi));
    b.km_len = b.km * 1000.0 / m_per_unit;
    b.mi_len = b.mi * metres_per(LengthUnit::mi) / m_per_unit;
    return b;
}

double scale_bar_height(const DrawContext& dc) { return 2 * dc.theme.small_size * 1.45 * dc.u() + 8 * dc.u(); }

void draw_scale_bar(const DrawContext& dc, const ScaleBar& bar, double x, double y) {
    if (bar.km_len <= 0) return;
    cairo_t* cr = dc.cr;
    const double u = dc.u();
    const TextStyle ts = dc.text_style(dc.theme.small_size, dc.theme.text);
    const double line_h = dc.theme.small_size * 1.45 * u;
    const double bar_y = y + line_h + 2 * u; // the axis between the two bars
    const double tick = 5 * u;
    SaveRestore guard(cr);
    set_colour(cr, dc.theme.text);
    cairo_set_line_width(cr, 1.2 * u);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    cairo_move_to(cr, x, bar_y);
    cairo_line_to(cr, x + std::max(bar.km_len, bar.mi_len), bar_y);
    // km ticks above, mi ticks below: 0, half, full.
    for (double t : {0.0, 0.5, 1.0}) {
        cairo_move_to(cr, x + bar.km_len * t, bar_y);
        cairo_line_to(cr, x + bar.km_len * t, bar_y - tick);
        cairo_move_to(cr, x + bar.mi_len * t, bar_y);
        cairo_line_to(cr, x + bar.mi_len * t, bar_y + tick);
    }
    cairo_stroke(cr);
    const auto label = [&](const std::string& s, double cx, double top) {
        TextBlock t(cr, s, ts);
        t.draw(cx - t.width() / 2.0, top);
    };
    const auto number = [](double v) { return format_number(v, 1); };
    label(number(bar.km / 2), x + bar.km_len / 2, bar_y - tick - line_h);
    label("0", x, bar_y - tick - line_h);
    label(number(bar.km) + " km", x + bar.km_len + 0 * u, bar_y - tick - line_h);
    label(number(bar.mi / 2), x + bar.mi_len / 2, bar_y + tick - 1 * u);
    label("0", x, bar_y + tick - 1 * u);
    label(number(bar.mi) + " mi", x + bar.mi_len, bar_y + tick - 1 * u);
}

} // namespace rangemap::render
