// SPDX-License-Identifier: MIT
#include "cairo_renderer.hpp"

#include "cairo_handles.hpp"
#include "map_frame.hpp"

#include "engine/clip.hpp"
#include "engine/error.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cmath>
#include <fmt/format.h>

namespace rangemap::render {

namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void set_colour(cairo_t* cr, const layers::Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

/// Adds one projected ring or line to the path, dropping vertices closer than a fraction of a
/// page unit to the previous one (10m coastlines have far more detail than any page shows).
void add_path(cairo_t* cr, const MapFrame& frame, const std::vector<LonLat>& pts, bool close, double min_step) {
    bool started = false;
    PagePoint last{};
    for (const auto& ll : pts) {
        const PagePoint p = frame.to_page(ll);
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        if (!started) {
            cairo_move_to(cr, p.x, p.y);
            started = true;
            last = p;
        } else if (std::abs(p.x - last.x) + std::abs(p.y - last.y) >= min_step) {
            cairo_line_to(cr, p.x, p.y);
            last = p;
        }
    }
    if (started && close) cairo_close_path(cr);
}

/// Splits long lon/lat edges so they follow the map projection's curves.
std::vector<LonLat> densify(const std::vector<LonLat>& pts, double max_step_deg) {
    std::vector<LonLat> out;
    out.reserve(pts.size());
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (i > 0) {
            const LonLat a = pts[i - 1], b = pts[i];
            const int n = static_cast<int>(std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat)) / max_step_deg);
            for (int k = 1; k <= n && n < 100000; ++k) {
                const double t = static_cast<double>(k) / (n + 1);
                out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
            }
        }
        out.push_back(pts[i]);
    }
    return out;
}

/// The clip box split at the antimeridian, for data stored in [-180, 180].
std::vector<BBox> clip_boxes(const BBox& clip) {
    std::vector<BBox> boxes;
    const auto add = [&](double a, double b) {
        if (b > a) boxes.push_back(BBox{a, clip.min_lat, b, clip.max_lat});
    };
    add(std::max(clip.min_lon, -180.0), std::min(clip.max_lon, 180.0));
    if (clip.max_lon > 180.0) add(-180.0, std::min(clip.max_lon - 360.0, 180.0));
    if (clip.min_lon < -180.0) add(std::max(clip.min_lon + 360.0, -180.0), 180.0);
    return boxes;
}

class Painter {
public:
    Painter(cairo_t* cr, const MapFrame& frame, const layers::Scene& scene)
        : m_cr(cr), m_frame(frame), m_scene(scene) {}

    void draw() {
        paint_background();
        {
            SaveRestore guard(m_cr);
            cairo_rectangle(m_cr, m_frame.map_left(), m_frame.map_top(), m_frame.map_right() - m_frame.map_left(),
                            m_frame.map_bottom() - m_frame.map_top());
            cairo_clip(m_cr);
            for (const auto& layer : m_scene.layers) draw_layer(layer);
            for (const auto& c : m_scene.callouts) draw_callout(c);
        }
        draw_neatline();
        draw_titles();
    }

private:
    void paint_background() {
        cairo_set_source_rgb(m_cr, 1, 1, 1);
        cairo_paint(m_cr);
        cairo_set_source_rgb(m_cr, 0.87, 0.91, 0.94); // sea
        cairo_rectangle(m_cr, m_frame.map_left(), m_frame.map_top(), m_frame.map_right() - m_frame.map_left(),
                        m_frame.map_bottom() - m_frame.map_top());
        cairo_fill(m_cr);
    }

    Geometry clipped(const Geometry& g) const {
        Geometry out;
        for (const BBox& box : clip_boxes(m_frame.clip_box())) {
            Geometry part = clip_to_box(g, box);
            out.points.insert(out.points.end(), part.points.begin(), part.points.end());
            out.lines.insert(out.lines.end(), part.lines.begin(), part.lines.end());
            out.polygons.insert(out.polygons.end(), part.polygons.begin(), part.polygons.end());
        }
        return out;
    }

    void draw_layer(const layers::Layer& layer) {
        const auto& st = layer.style;
        const bool dense = layer.role == layers::Role::ring || layer.role == layers::Role::buffer ||
                           layer.role == layers::Role::callout;
        const double min_step = dense ? 0.0 : 0.35;
        for (const auto& f : layer.features) {
            const Geometry g = clipped(f.geometry);
            if (!g.polygons.empty()) {
                cairo_new_path(m_cr);
                for (const auto& poly : g.polygons) {
                    add_path(m_cr, m_frame, dense ? densify(poly.outer, 0.25) : poly.outer, true, min_step);
                    for (const auto& h : poly.holes) add_path(m_cr, m_frame, dense ? densify(h, 0.25) : h, true, min_step);
                }
                cairo_set_fill_rule(m_cr, CAIRO_FILL_RULE_EVEN_ODD);
                if (st.fill.a > 0) {
                    set_colour(m_cr, st.fill);
                    cairo_fill_preserve(m_cr);
                }
                stroke(st);
            }
            if (!g.lines.empty()) {
                cairo_new_path(m_cr);
                for (const auto& l : g.lines) add_path(m_cr, m_frame, dense ? densify(l, 0.25) : l, false, min_step);
                stroke(st);
            }
            for (const auto& p : g.points) draw_marker(p, st);
        }
    }

    void stroke(const layers::Style& st) {
        if (st.stroke.a <= 0 || st.stroke_width <= 0) {
            cairo_new_path(m_cr);
            return;
        }
        set_colour(m_cr, st.stroke);
        cairo_set_line_width(m_cr, st.stroke_width * unit());
        cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
        std::vector<double> dash = st.dash;
        for (double& d : dash) d *= unit();
        cairo_set_dash(m_cr, dash.data(), static_cast<int>(dash.size()), 0);
        cairo_stroke(m_cr);
        cairo_set_dash(m_cr, nullptr, 0, 0);
    }

    void draw_marker(LonLat ll, const layers::Style& st) {
        const PagePoint p = m_frame.to_page(ll);
        if (!std::isfinite(p.x)) return;
        const double r = st.marker_size * unit() / 2.0;
        cairo_new_path(m_cr);
        cairo_arc(m_cr, p.x, p.y, r, 0, 2 * M_PI);
        set_colour(m_cr, st.fill.a > 0 ? st.fill : st.stroke);
        cairo_fill_preserve(m_cr);
        cairo_set_source_rgb(m_cr, 1, 1, 1);
        cairo_set_line_width(m_cr, 0.8 * unit());
        cairo_stroke(m_cr);
    }

    void draw_callout(const layers::Callout& c) {
        const PagePoint a = m_frame.to_page(c.from), b = m_frame.to_page(c.to);
        if (!std::isfinite(a.x) || !std::isfinite(b.x)) return;
        cairo_new_path(m_cr);
        cairo_move_to(m_cr, a.x, a.y);
        cairo_line_to(m_cr, b.x, b.y);
        cairo_set_source_rgb(m_cr, 0.1, 0.1, 0.1);
        cairo_set_line_width(m_cr, 1.5 * unit());
        cairo_stroke(m_cr);
        text(c.label, (a.x + b.x) / 2 + 6 * unit(), (a.y + b.y) / 2, 10, true);
    }

    void draw_neatline() {
        cairo_rectangle(m_cr, m_frame.map_left(), m_frame.map_top(), m_frame.map_right() - m_frame.map_left(),
                        m_frame.map_bottom() - m_frame.map_top());
        cairo_set_source_rgb(m_cr, 0.25, 0.25, 0.25);
        cairo_set_line_width(m_cr, 0.8 * unit());
        cairo_stroke(m_cr);
    }

    void draw_titles() {
        text(m_scene.title, m_frame.map_left(), m_frame.map_top() - 7.5 * unit() * 2.2, 17, true);
        text(m_scene.subtitle, m_frame.map_left(), m_frame.map_top() - 3.2 * unit() * 2.2, 11, false);
        text(m_scene.credit, m_frame.map_left(), m_frame.map_bottom() + 1.2 * unit() * 2.2, 8, false);
    }

    /// Text with its top-left corner at (x, y); size in points at a 1000-unit-high page.
    void text(const std::string& s, double x, double y, double size, bool bold) {
        if (s.empty()) return;
        LayoutPtr layout(pango_cairo_create_layout(m_cr));
        FontDescPtr font(pango_font_description_from_string(bold ? "Noto Sans Bold" : "Noto Sans"));
        pango_font_description_set_absolute_size(font.get(), size * unit() * PANGO_SCALE);
        pango_layout_set_font_description(layout.get(), font.get());
        pango_layout_set_text(layout.get(), s.c_str(), -1);
        cairo_move_to(m_cr, x, y);
        cairo_set_source_rgb(m_cr, 0.1, 0.1, 0.1);
        pango_cairo_show_layout(m_cr, layout.get());
    }

    /// One point of styling, scaled to the page (styles are for a ~1000-unit-high page).
    double unit() const { return std::min(m_frame.width(), m_frame.height()) / 1000.0; }

    cairo_t* m_cr;
    const MapFrame& m_frame;
    const layers::Scene& m_scene;
}; // class Painter

void check_status(cairo_status_t status, const char* what) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw io_error(fmt::format("{}: {}", what, cairo_status_to_string(status)));
    }
}

} // namespace

std::string render_to_bytes(const layers::Scene& scene, Format format, RenderReport* report) {
    const MapFrame frame(scene);
    std::string bytes;
    const double w = frame.width(), h = frame.height();
    const double scale = format == Format::png ? std::max(0.1, scene.frame.scale) : 1.0;
    SurfacePtr surface;
    switch (format) {
    case Format::png:
        surface.reset(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::lround(w * scale)),
                                                 static_cast<int>(std::lround(h * scale))));
        break;
    case Format::svg:
        surface.reset(cairo_svg_surface_create_for_stream(append_bytes, &bytes, w, h));
        break;
    case Format::pdf:
        surface.reset(cairo_pdf_surface_create_for_stream(append_bytes, &bytes, w, h));
        // Fixed metadata keeps identical inputs giving identical files.
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "rangemap");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z");
        break;
    }
    check_status(cairo_surface_status(surface.get()), "cannot create the drawing surface");
    {
        CairoPtr cr(cairo_create(surface.get()));
        cairo_scale(cr.get(), scale, scale);
        Painter(cr.get(), frame, scene).draw();
        check_status(cairo_status(cr.get()), "drawing failed");
    }
    if (format == Format::png) {
        check_status(cairo_surface_write_to_png_stream(surface.get(), append_bytes, &bytes), "PNG encoding failed");
    } else {
        cairo_surface_finish(surface.get());
        check_status(cairo_surface_status(surface.get()), "finishing the document failed");
    }
    if (report) report->crs = frame.crs();
    return bytes;
}

RenderReport render_to_file(const layers::Scene& scene, const std::string& path) {
    const Format format = format_from_path(path);
    RenderReport report;
    const std::string bytes = render_to_bytes(scene, format, &report);
    write_file_atomically(path, bytes);
    return report;
}

} // namespace rangemap::render
