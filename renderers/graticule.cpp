// SPDX-License-Identifier: MIT
#include "graticule.hpp"

#include "geometry_path.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rangemap::render {

double graticule_step(const BBox& e) {
    const double span = std::max(e.max_lon - e.min_lon, e.max_lat - e.min_lat);
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0}) {
        if (span / s <= 8.0) return s;
    }
    return 30.0;
}

std::string degree_label(double value, bool is_lon) {
    double v = is_lon ? std::remainder(value, 360.0) : value;
    if (std::abs(v) < 1e-9) return is_lon ? "0°" : "0°";
    if (is_lon && std::abs(std::abs(v) - 180.0) < 1e-9) return "180°";
    const char* hemi = is_lon ? (v > 0 ? "E" : "W") : (v > 0 ? "N" : "S");
    return fmt::format("{}°{}", fmt::format("{:g}", std::abs(v)), hemi);
}

namespace {

struct Line {
    double value;
    bool is_lon;
    PagePath path;
};

std::vector<Line> graticule_lines(const MapFrame& frame) {
    const BBox& c = frame.clip_box();
    const double s = graticule_step(frame.extent());
    PathProjector proj(frame);
    PathOptions opt;
    opt.min_step = 0.5;
    std::vector<Line> out;
    const double lat0 = std::max(-89.999, c.min_lat), lat1 = std::min(89.999, c.max_lat);
    for (double lon = std::ceil(c.min_lon / s) * s; lon <= c.max_lon + 1e-9; lon += s) {
        std::vector<LonLat> pts;
        for (double lat = lat0; lat <= lat1 + 1e-9; lat += 0.25) pts.push_back({lon, std::min(lat, lat1)});
        // Meridians stop short of a pole so they do not crowd into a dark star there.
        std::erase_if(pts, [](const LonLat& p) { return std::abs(p.lat) > 88.0; });
        out.push_back({lon, true, proj.project(pts, false, opt)});
    }
    for (double lat = std::ceil(lat0 / s) * s; lat <= lat1 + 1e-9; lat += s) {
        if (std::abs(lat) >= 90) continue;
        std::vector<LonLat> pts;
        for (double lon = c.min_lon; lon <= c.max_lon + 1e-9; lon += 0.25)
            pts.push_back({std::min(lon, c.max_lon), lat});
        PathOptions o = opt;
        o.unwrap = true;
        out.push_back({lat, false, proj.project(pts, false, o)});
    }
    return out;
}

} // namespace

std::vector<PagePath> graticule_paths(const MapFrame& frame) {
    std::vector<PagePath> out;
    for (auto& l : graticule_lines(frame)) out.push_back(std::move(l.path));
    return out;
}

void paint_graticule_lines(cairo_t* cr, const DrawContext& dc, const std::vector<PagePath>& paths) {
    SaveRestore guard(cr);
    cairo_new_path(cr);
    const double width = 0.7 * dc.u();
    add_stroke_path(cr, paths, width / 2);
    set_colour(cr, dc.theme.graticule);
    cairo_set_line_width(cr, width);
    cairo_stroke(cr);
}

void draw_graticule_lines(const DrawContext& dc) { paint_graticule_lines(dc.cr, dc, graticule_paths(dc.frame)); }

void draw_graticule_labels(const DrawContext& dc) {
    const MapFrame& f = dc.frame;
    const double u = dc.u();
    const TextStyle style = dc.text_style(dc.theme.small_size, dc.theme.muted_text);
    std::vector<Box> used;
    const auto put = [&](const std::string& text, double x, double y, int align_x, int align_y) {
        TextBlock t(dc.cr, text, style);
        // align: -1 left/top, 0 centre, 1 right/bottom of the text at (x, y).
        const double x0 = x - t.width() * (align_x + 1) / 2.0;
        const double y0 = y - t.height() * (align_y + 1) / 2.0;
        const Box b{x0, y0, x0 + t.width(), y0 + t.height()};
        for (const Box& o : used)
            if (b.grown(4 * u).intersects(o)) return;
        if (b.x0 < 0 || b.x1 > f.width()) return;
        used.push_back(b);
        t.draw(x0, y0);
    };
    const double tick = 4 * u;
    SaveRestore guard(dc.cr);
    set_colour(dc.cr, dc.theme.frame);
    cairo_set_line_width(dc.cr, 0.8 * u);
    for (const auto& l : graticule_lines(f)) {
        const auto& pts = l.path.points;
        for (std::size_t i = 1; i < pts.size(); ++i) {
            const PagePoint a = pts[i - 1], b = pts[i];
            if (l.is_lon) {
                const double yb = f.map_bottom();
                if ((a.y - yb) * (b.y - yb) <= 0 && a.y != b.y) {
                    const double x = a.x + (b.x - a.x) * (yb - a.y) / (b.y - a.y);
                    if (x < f.map_left() || x > f.map_right()) continue;
                    cairo_move_to(dc.cr, x, yb);
                    cairo_line_to(dc.cr, x, yb + tick);
                    cairo_stroke(dc.cr);
                    put(degree_label(l.value, true), x, yb + tick + 1 * u, 0, -1);
                }
            } else {
                for (const double xe : {f.map_left(), f.map_right()}) {
                    if ((a.x - xe) * (b.x - xe) <= 0 && a.x != b.x) {
                        const double y = a.y + (b.y - a.y) * (xe - a.x) / (b.x - a.x);
                        if (y < f.map_top() || y > f.map_bottom()) continue;
                        const bool left = xe == f.map_left();
                        cairo_move_to(dc.cr, xe, y);
                        cairo_line_to(dc.cr, xe + (left ? -tick : tick), y);
                        cairo_stroke(dc.cr);
                        put(degree_label(l.value, false), xe + (left ? -tick - 2 * u : tick + 2 * u), y, left ? 1 : -1,
                            0);
                    }
                }
            }
        }
    }
}

} // namespace rangemap::render
