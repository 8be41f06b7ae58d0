// SPDX-License-Identifier: MIT
#include "scale_bar.hpp"

#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <optional>

namespace rangemap::render {

namespace {

/// The shortest bar, points: room for its end labels, about seven characters of its text.
constexpr double k_min_bar_points = 80;

double round_length(double max_value) {
    if (!(max_value > 0)) return 0;
    const double p = std::pow(10.0, std::floor(std::log10(max_value)));
    for (double m : {5.0, 2.5, 2.0, 1.0}) {
        if (m * p <= max_value) return m * p;
    }
    return p;
}

/// The round length nearest `target` (on a log scale), at most 1.25 times it.
double round_near(double target) {
    double best = round_length(target * 1.25);
    for (double v = best; v > 0 && v >= target / 2.5;) {
        if (std::abs(std::log(v / target)) < std::abs(std::log(best / target))) best = v;
        const double next = round_length(v * 0.999);
        if (next >= v) break;
        v = next;
    }
    return best;
}

} // namespace

ScaleBar choose_scale_bar(const MapFrame& f) {
    const BBox& e = f.extent();
    const double lon = std::remainder((e.min_lon + e.max_lon) / 2.0, 360.0);
    const double mid = (e.min_lat + e.max_lat) / 2.0;
    ScaleBar b;
    const std::optional<double> scale = f.metres_per_page_unit_at({lon, mid});
    if (!scale || !(*scale > 0) || !std::isfinite(*scale)) return b;
    // How far the scale strays over the map: along the parallels and along the meridians, at
    // points across the extent. A conformal map of a region varies along its meridians only
    // (the caption says where the bar is true); a world view also between the two directions.
    double lo = *scale, hi = *scale;
    const Geodesic& geod = Geodesic::wgs84();
    for (int i = 0; i <= 4; ++i) {
        for (int k = 0; k <= 8; ++k) {
            const double x = std::remainder(e.min_lon + (e.max_lon - e.min_lon) * i / 4.0, 360.0);
            const double lat = std::clamp(e.min_lat + (e.max_lat - e.min_lat) * k / 8.0, -89.0, 89.0);
            const std::optional<double> s = f.metres_per_page_unit_at({x, lat});
            const auto south = f.to_page({x, lat - 0.05}), north = f.to_page({x, lat + 0.05});
            if (!s || !(*s > 0) || !std::isfinite(*s) || !south || !north) return b;
            const double page = std::hypot(north->x - south->x, north->y - south->y);
            if (!(page > 0)) return b;
            const double along_meridian = geod.distance({x, lat - 0.05}, {x, lat + 0.05}) / page;
            lo = std::min({lo, *s, along_meridian});
            hi = std::max({hi, *s, along_meridian});
        }
    }
    if (hi / lo > k_max_scale_variation) return b;
    const double m_per_unit = *scale;
    // A fifth of the map, but never so short that "0" and "25 mi" run into each other (an inset).
    const double target = std::max(f.map_box().width() / 5.0, k_min_bar_points * f.unit());
    b.km = round_near(target * m_per_unit / 1000.0);
    b.mi = round_near(target * m_per_unit / metres_per(LengthUnit::mi));
    b.km_len = b.km * 1000.0 / m_per_unit;
    b.mi_len = b.mi * metres_per(LengthUnit::mi) / m_per_unit;
    b.true_lat = mid;
    if (hi / lo > 1.02) {
        const long lat = std::lround(std::abs(mid));
        b.caption =
            lat == 0 ? "Scale true at the equator" : fmt::format("Scale true at {}°{}", lat, mid >= 0 ? 'N' : 'S');
    }
    return b;
}

namespace {

/// Height of the drawn bar with its labels, page units.
double scale_bar_height(const DrawContext& dc) { return 2 * dc.theme.small_size * 1.45 * dc.u() + 8 * dc.u(); }

/// Draws the bar with its top-left corner at (x, y); returns its texts' boxes.
std::vector<LabelBox> draw_bar(const DrawContext& dc, const ScaleBar& bar, double x, double y) {
    std::vector<LabelBox> out;
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
    // Each label centred on its tick, the last ones ending at theirs so they stay in the panel.
    const auto label = [&](const std::string& s, double at, double top, bool end) {
        TextBlock t(cr, s, ts);
        const double x0 = end ? at - t.width() : at - t.width() / 2.0;
        t.draw(x0, top);
        out.push_back({s, {x0, top, x0 + t.width(), top + t.height()}, false, "legend", std::nullopt});
    };
    const auto number = [](double v) { return format_number(v, 1); };
    const double km_top = bar_y - tick - line_h, mi_top = bar_y + tick - 1 * u;
    label("0", x, km_top, false);
    label(number(bar.km) + " km", x + bar.km_len, km_top, true);
    label("0", x, mi_top, false);
    label(number(bar.mi) + " mi", x + bar.mi_len, mi_top, true);
    return out;
}

} // namespace

ScalePanel::ScalePanel(const DrawContext& dc) : m_dc(dc) {
    if (!dc.frame.map_box().width()) return;
    m_bar = choose_scale_bar(dc.frame);
    if (empty()) return;
    const double u = dc.u();
    m_pad = 8 * u;
    m_w = std::max(m_bar.km_len, m_bar.mi_len) + 2 * m_pad;
    m_h = scale_bar_height(dc) + 2 * m_pad;
    if (!m_bar.caption.empty()) {
        TextBlock t(dc.cr, m_bar.caption, dc.text_style(dc.theme.small_size, dc.theme.muted_text));
        m_w = std::max(m_w, t.width() + 2 * m_pad);
        m_h += t.height() + 2 * u;
    }
}

Box ScalePanel::place(const std::vector<PagePoint>& avoid, const std::vector<Box>& taken) {
    const Box map = m_dc.frame.map_box();
    const double inset = 12 * m_dc.u();
    // Bottom left first, where readers look for it.
    const Box corners[] = {
        {map.x0 + inset, map.y1 - inset - m_h, map.x0 + inset + m_w, map.y1 - inset}, // bottom left
        {map.x1 - inset - m_w, map.y1 - inset - m_h, map.x1 - inset, map.y1 - inset}, // bottom right
        {map.x0 + inset, map.y0 + inset, map.x0 + inset + m_w, map.y0 + inset + m_h}, // top left
        {map.x1 - inset - m_w, map.y0 + inset, map.x1 - inset, map.y0 + inset + m_h}, // top right
    };
    int best = -1, best_count = 0;
    for (int i = 0; i < 4; ++i) {
        const Box& c = corners[i];
        if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.grown(4 * m_dc.u()).intersects(c); }))
            continue;
        int count = 0;
        for (const auto& p : avoid) count += c.grown(30 * m_dc.u()).contains(p) ? 1 : 0;
        if (best < 0 || count < best_count) {
            best = i;
            best_count = count;
        }
    }
    // Every corner taken (a legend as tall as the map): no bar rather than one over the legend.
    if (best < 0) {
        m_bar = {};
        return {};
    }
    m_box = corners[best];
    return m_box;
}

std::vector<LabelBox> ScalePanel::draw() const {
    if (empty()) return {};
    cairo_t* cr = m_dc.cr;
    draw_panel(m_dc, m_box, 0.25);
    std::vector<LabelBox> out = draw_bar(m_dc, m_bar, m_box.x0 + m_pad, m_box.y0 + m_pad);
    if (!m_bar.caption.empty()) {
        TextBlock t(cr, m_bar.caption, m_dc.text_style(m_dc.theme.small_size, m_dc.theme.muted_text));
        const double x = m_box.x0 + m_pad, y = m_box.y1 - m_pad - t.height();
        t.draw(x, y);
        out.push_back({m_bar.caption, {x, y, x + t.width(), y + t.height()}, false, "legend", std::nullopt});
    }
    return out;
}

} // namespace rangemap::render
