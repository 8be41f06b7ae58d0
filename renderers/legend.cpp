// SPDX-License-Identifier: MIT
#include "legend.hpp"

#include "markers.hpp"

#include <cmath>

namespace rangemap::render {

std::vector<LegendEntry> legend_entries(const layers::Scene& scene) {
    std::vector<LegendEntry> out;
    for (const auto& l : scene.layers) {
        if (!l.legend.empty()) out.push_back({l.role, l.style, l.legend});
    }
    return out;
}

LegendPanel::LegendPanel(const DrawContext& dc, const layers::Scene& scene) : m_dc(dc) {
    const double u = dc.u();
    if (scene.frame.legend) m_entries = legend_entries(scene);
    m_pad = 10 * u;
    m_row = dc.theme.legend_size * 1.75 * u;
    m_swatch = 30 * u;
    double text_w = 0;
    for (const auto& e : m_entries) {
        TextBlock t(dc.cr, e.text, dc.text_style(dc.theme.legend_size, dc.theme.text));
        text_w = std::max(text_w, t.width());
    }
    m_w = m_entries.empty() ? 0 : m_swatch + 8 * u + text_w;
    m_h = m_row * static_cast<double>(m_entries.size());
    const BBox& e = dc.frame.extent();
    // No arrow when north cannot be found at the centre.
    m_north = dc.frame.north_angle_at({std::remainder((e.min_lon + e.max_lon) / 2, 360.0), (e.min_lat + e.max_lat) / 2})
                  .value_or(0.0);
    if (std::abs(m_north) > 1.0) m_w += 30 * u; // room for the north arrow
    m_w += 2 * m_pad;
    m_h += 2 * m_pad;
}

Box LegendPanel::place(const std::vector<PagePoint>& avoid) {
    const Box map = m_dc.frame.map_box();
    const double inset = 12 * m_dc.u();
    const Box corners[] = {
        {map.x1 - inset - m_w, map.y1 - inset - m_h, map.x1 - inset, map.y1 - inset}, // bottom right
        {map.x0 + inset, map.y1 - inset - m_h, map.x0 + inset + m_w, map.y1 - inset}, // bottom left
        {map.x1 - inset - m_w, map.y0 + inset, map.x1 - inset, map.y0 + inset + m_h}, // top right
        {map.x0 + inset, map.y0 + inset, map.x0 + inset + m_w, map.y0 + inset + m_h}, // top left
    };
    int best = 0, best_count = -1;
    for (int i = 0; i < 4; ++i) {
        int count = 0;
        for (const auto& p : avoid) count += corners[i].grown(40 * m_dc.u()).contains(p) ? 1 : 0;
        if (best_count < 0 || count < best_count) {
            best = i;
            best_count = count;
        }
    }
    m_box = corners[best];
    return m_box;
}

std::vector<LabelBox> LegendPanel::draw() const {
    std::vector<LabelBox> out;
    if (empty()) return out;
    cairo_t* cr = m_dc.cr;
    const double u = m_dc.u();
    SaveRestore guard(cr);
    draw_panel(m_dc, m_box, 0.35);

    double y = m_box.y0 + m_pad;
    const double x = m_box.x0 + m_pad;
    for (const auto& e : m_entries) {
        const double cy = y + m_row / 2;
        const auto& st = e.style;
        cairo_new_path(cr);
        switch (e.role) {
        case layers::Role::ring:
        case layers::Role::buffer:
        case layers::Role::land:
            cairo_rectangle(cr, x + 1 * u, cy - 7 * u, m_swatch - 2 * u, 14 * u);
            set_colour(cr, st.fill.a > 0 ? st.fill.with_alpha(std::max(st.fill.a, 0.12)) : st.fill);
            cairo_fill_preserve(cr);
            set_colour(cr, st.stroke);
            cairo_set_line_width(cr, st.stroke_width * u);
            if (!st.dash.empty()) {
                std::vector<double> dash = st.dash;
                for (double& d : dash) d *= u;
                cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
            }
            cairo_stroke(cr);
            cairo_set_dash(cr, nullptr, 0, 0);
            break;
        case layers::Role::places: draw_marker(cr, {x + m_swatch / 2, cy}, st.marker_size * u, st, 1.0 * u); break;
        default:
            cairo_move_to(cr, x + 2 * u, cy);
            cairo_line_to(cr, x + m_swatch - 2 * u, cy);
            set_colour(cr, st.stroke);
            cairo_set_line_width(cr, st.stroke_width * u);
            cairo_stroke(cr);
            if (e.role == layers::Role::callout) {
                for (double px : {x + 2 * u, x + m_swatch - 2 * u}) {
                    cairo_arc(cr, px, cy, 2.6 * u, 0, 2 * M_PI);
                    cairo_fill(cr);
                }
            }
        }
        TextBlock t(cr, e.text, m_dc.text_style(m_dc.theme.legend_size, m_dc.theme.text));
        const double tx = x + m_swatch + 8 * u, ty = cy - t.height() / 2;
        t.draw(tx, ty);
        out.push_back({e.text, {tx, ty, tx + t.width(), ty + t.height()}, false, "legend", std::nullopt});
        y += m_row;
    }
    if (std::abs(m_north) > 1.0) {
        // North arrow in the panel's top-right corner, pointing along the meridian.
        const double cx = m_box.x1 - m_pad - 8 * u, cy = m_box.y0 + m_pad + 12 * u;
        const double a = m_north * M_PI / 180.0;
        const double dx = std::sin(a), dy = -std::cos(a);
        cairo_new_path(cr);
        cairo_move_to(cr, cx + dx * 11 * u, cy + dy * 11 * u);
        cairo_line_to(cr, cx - dx * 9 * u + dy * 5 * u, cy - dy * 9 * u - dx * 5 * u);
        cairo_line_to(cr, cx - dx * 5 * u, cy - dy * 5 * u);
        cairo_line_to(cr, cx - dx * 9 * u - dy * 5 * u, cy - dy * 9 * u + dx * 5 * u);
        cairo_close_path(cr);
        set_colour(cr, m_dc.theme.text);
        cairo_fill(cr);
        TextBlock n(cr, "N", m_dc.text_style(m_dc.theme.small_size, m_dc.theme.text, true));
        n.draw(cx - n.width() / 2, cy + 10 * u);
    }
    return out;
}

} // namespace rangemap::render
