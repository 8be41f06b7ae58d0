// SPDX-License-Identifier: MIT
#include "cairo_renderer.hpp"

#include "byte_sink.hpp"
#include "cairo_handles.hpp"
#include "draw_context.hpp"
#include "geometry_path.hpp"
#include "graticule.hpp"
#include "inset.hpp"
#include "legend.hpp"
#include "map_frame.hpp"
#include "map_labels.hpp"
#include "markers.hpp"
#include "page_bands.hpp"
#include "png_writer.hpp"
#include "scale_bar.hpp"
#include "text.hpp"

#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/parallel.hpp"
#include "engine/shared_boundaries.hpp"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cctype>
#include <cmath>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string_view>

namespace rangemap::render {

namespace {

/// Cairo's write function: runs inside Cairo, so it reports failure by status, never by throw.
cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) noexcept {
    return static_cast<ByteSink*>(closure)->append(data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void check_status(cairo_status_t status, const char* what) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw io_error(fmt::format("{}: {}", what, cairo_status_to_string(status)));
    }
}

/// A part of the page drawn on a surface of its own (on another thread), then painted onto the
/// page: for an image page an image on the page's pixel grid, else a recording, which SVG and
/// PDF write as vectors.
class Apart {
public:
    /// `area`: user units of `page`; the part's drawing takes the page's transformation.
    Apart(cairo_t* page, const Box& area) {
        double x0 = area.x0, y0 = area.y0, x1 = area.x1, y1 = area.y1;
        cairo_user_to_device(page, &x0, &y0);
        cairo_user_to_device(page, &x1, &y1);
        // Whole device units: a picture meets the page's pixels one to one, never resampled.
        m_x = std::floor(std::min(x0, x1));
        m_y = std::floor(std::min(y0, y1));
        const double w = std::ceil(std::max(x0, x1)) - m_x, h = std::ceil(std::max(y0, y1)) - m_y;
        const cairo_rectangle_t extents{0, 0, w, h};
        surface.reset(cairo_surface_get_type(cairo_get_target(page)) == CAIRO_SURFACE_TYPE_IMAGE
                          ? cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(w), static_cast<int>(h))
                          : cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
        cr.reset(cairo_create(surface.get()));
        cairo_matrix_t m;
        cairo_get_matrix(page, &m);
        m.x0 -= m_x;
        m.y0 -= m_y;
        cairo_set_matrix(cr.get(), &m);
        check_status(cairo_status(cr.get()), "cannot create a surface for part of the page");
    }

    void paint_on(cairo_t* page) const {
        SaveRestore guard(page);
        cairo_identity_matrix(page);
        cairo_set_source_surface(page, surface.get(), m_x, m_y);
        cairo_paint(page);
    }

    SurfacePtr surface; ///< declared before `cr`, which it outlives
    CairoPtr cr;

private:
    double m_x = 0, m_y = 0; ///< the part's origin, device units of the page
};                           // class Apart

class Painter {
public:
    /// `underlay` paints on the sea, within the map area, beneath the graticule and the layers.
    Painter(cairo_t* cr, const MapFrame& frame, const layers::Scene& scene, std::function<void()> underlay = {})
        : Painter(cr, frame, scene, scene.theme, std::move(underlay)) {}
    /// With a theme of its own (an inset's, with larger labels); `theme` outlives the painter.
    Painter(cairo_t* cr, const MapFrame& frame, const layers::Scene& scene, const layers::Theme& theme,
            std::function<void()> underlay = {})
        : m_dc{cr, frame, theme}, m_scene(scene), m_underlay(std::move(underlay)), m_proj(frame) {}

    /// Draws the layers alone: no paper, sea, clip or anything else.
    void draw_layers(std::span<const layers::Layer> layers) {
        paint_layers(m_dc.cr, layers, project_layers(layers), {});
    }

    void draw(RenderReport& report) {
        cairo_t* cr = m_dc.cr;
        prepare_text(cr);
        const Box map = m_dc.frame.map_box();
        const std::optional<InsetPlan> plan = plan_inset(m_scene, m_dc.frame);
        if (plan) m_land.emplace(map, k_land_cell * m_dc.u());
        // The layers and the graticule, projected once and, on an image, painted in bands on
        // both cores at once: most of the figure's rasterising.
        const std::vector<LayerPaths> paths = project_layers(m_scene.layers);
        const std::vector<PagePath> graticule =
            m_scene.frame.graticule ? graticule_paths(m_dc.frame) : std::vector<PagePath>{};
        const auto paint_sea = [&](cairo_t* c) {
            set_colour(c, m_dc.theme.paper);
            cairo_paint(c);
            cairo_rectangle(c, map.x0, map.y0, map.width(), map.height());
            cairo_clip(c);
            set_colour(c, m_dc.theme.sea);
            cairo_paint(c);
        };
        if (m_underlay) {
            // Another drawing beneath the layers, painted on the page itself.
            SaveRestore guard(cr);
            paint_sea(cr);
            m_underlay();
            paint_layers(cr, m_scene.layers, paths, graticule);
        } else {
            paint_in_bands(cr, [&](cairo_t* band) {
                paint_sea(band);
                paint_layers(band, m_scene.layers, paths, graticule);
            });
        }
        {
            SaveRestore guard(cr);
            cairo_rectangle(cr, map.x0, map.y0, map.width(), map.height());
            cairo_clip(cr);
            for (const auto& c : m_scene.callouts) draw_callout(c);
        }
        const auto markers = project_markers(m_dc, m_scene);
        for (const auto& m : markers) draw_marker(cr, m.at, m.size, m.layer->style, 1.1 * m_dc.u());
        draw_neatline();

        LegendPanel legend(m_dc, m_scene);
        std::optional<ScalePanel> scale;
        if (m_scene.frame.scale_bar) scale.emplace(m_dc);
        std::vector<Box> furniture;
        std::vector<PagePoint> avoid;
        for (const auto& m : markers) avoid.push_back(m.at);
        for (const auto& c : m_scene.callouts) {
            for (const LonLat end : {c.from, c.to}) {
                if (const auto p = m_dc.frame.to_page(end)) avoid.push_back(*p);
            }
        }
        if (!legend.empty()) furniture.push_back(legend.place(avoid));
        if (scale && !scale->empty()) {
            // The bar has no place of its own to keep: it also gives way to the seas' names.
            for (const auto& l : m_scene.layers) {
                if (l.role != layers::Role::water || !l.label) continue;
                for (const auto& f : l.features) {
                    for (const LonLat p : f.geometry.points) {
                        if (const auto q = m_dc.frame.to_page(p)) avoid.push_back(*q);
                    }
                }
            }
            const Box b = scale->place(avoid, furniture);
            if (!scale->empty()) furniture.push_back(b);
        }
        // The inset before the map's labels, which keep clear of it and of its leaders.
        std::vector<Box> obstacles = furniture;
        std::vector<DrawnMarker> labelled = markers;
        std::vector<LabelBox> inset_labels;
        std::optional<Box> inset_box;
        if (plan) inset_box = place_inset(m_dc, m_scene, *plan, markers, furniture, *m_land);
        std::optional<Apart> inset;
        if (inset_box) {
            InsetReport& ir = report.inset.emplace();
            ir.map_box = *inset_box;
            ir.box = inset_box->grown(k_inset_frame * m_dc.u());
            furniture.push_back(ir.box);
            obstacles.push_back(ir.box);
            for (const Box& b : draw_inset_frame(*plan, ir.box)) obstacles.push_back(b);
            std::erase_if(labelled, [&](const DrawnMarker& m) { return ir.box.contains(m.at); });
            // With its frame's line round it.
            inset.emplace(cr, ir.box.grown(2 * m_dc.u()));
        }
        // The inset is drawn on its own surface beside the map's labels, which keep clear of it.
        LabelOutcome labels;
        // Read here: the main map's frame serves this thread alone.
        const std::optional<double> main_metres_per_unit =
            inset ? m_dc.frame.metres_per_page_unit_at(plan->centre) : std::nullopt;
        parallel_for(inset ? 2 : 1, [&](std::size_t job) {
            if (job == 0) {
                labels = draw_labels(m_dc, m_scene, labelled, obstacles);
                return;
            }
            InsetReport& ir = *report.inset;
            const MapFrame frame = inset_frame(*plan, m_dc.frame, *inset_box);
            // Its callout's length is what the inset is for: larger than on the map.
            layers::Theme theme = m_dc.theme;
            theme.label_size += k_inset_label_gain;
            const layers::Scene shown = inset_scene(m_scene, frame);
            prepare_text(inset->cr.get());
            Painter inner(inset->cr.get(), frame, shown, theme);
            inset_labels = inner.draw_inset(*plan, m_scene, main_metres_per_unit, ir);
            check_status(cairo_status(inset->cr.get()), "drawing the inset failed");
        });
        if (inset) inset->paint_on(cr);
        std::vector<LabelBox> legend_labels = legend.draw();
        if (scale) {
            for (auto& l : scale->draw()) legend_labels.push_back(std::move(l));
        }
        if (m_scene.frame.graticule) draw_graticule_labels(m_dc);
        std::vector<LabelBox> titles = draw_titles();

        report.crs = m_dc.frame.crs();
        report.extent = m_dc.frame.extent();
        report.map_box = map;
        report.furniture = furniture;
        report.labels = labels.boxes();
        for (auto& l : inset_labels) report.labels.push_back(std::move(l));
        for (auto& t : titles) report.labels.push_back(std::move(t));
        for (auto& l : legend_labels) report.labels.push_back(std::move(l));
        report.dropped = labels.dropped;
        for (const auto& d : labels.dropped) report.dropped_labels.push_back(d.text);
    }

private:
    /// The white band round an inset, style points; a thin dark line runs round its outside.
    static constexpr double k_inset_frame = 3.0;
    /// How much larger the inset's ring and callout labels are than the map's, style points.
    static constexpr double k_inset_label_gain = 3.0;
    /// Leaders longer than this share of the map's width would cross it: the frame stands alone.
    static constexpr double k_max_leader_share = 0.22;

    /// The inset's frame on the main map and the two leaders joining it to the inset (`inset`,
    /// with its band); returns boxes along the leaders for the map's labels to keep off.
    std::vector<Box> draw_inset_frame(const InsetPlan& plan, const Box& inset) {
        cairo_t* cr = m_dc.cr;
        const double u = m_dc.u();
        SaveRestore guard(cr);
        const Box map = m_dc.frame.map_box();
        cairo_rectangle(cr, map.x0, map.y0, map.width(), map.height());
        cairo_clip(cr);
        cairo_new_path(cr);
        for (const PagePoint p : plan.footprint) cairo_line_to(cr, p.x, p.y);
        cairo_close_path(cr);
        std::vector<Box> along;
        std::vector<Segment> leaders = leader_lines(plan.footprint_box(), inset);
        if (std::any_of(leaders.begin(), leaders.end(), [&](const Segment& l) {
                return std::hypot(l.second.x - l.first.x, l.second.y - l.first.y) > k_max_leader_share * map.width();
            })) {
            leaders.clear();
        }
        for (const auto& [a, b] : leaders) {
            cairo_move_to(cr, a.x, a.y);
            cairo_line_to(cr, b.x, b.y);
            const double len = std::hypot(b.x - a.x, b.y - a.y);
            const int n = std::max(1, static_cast<int>(len / (4 * u)));
            for (int i = 0; i <= n; ++i) {
                const PagePoint p{a.x + (b.x - a.x) * i / n, a.y + (b.y - a.y) * i / n};
                along.push_back(Box::around(p, 1.5 * u, 1.5 * u));
            }
        }
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
        set_colour(cr, m_dc.theme.halo);
        cairo_set_line_width(cr, 2.6 * u);
        cairo_stroke_preserve(cr);
        set_colour(cr, m_dc.theme.text.with_alpha(0.8));
        cairo_set_line_width(cr, 0.9 * u);
        cairo_stroke(cr);
        return along;
    }

    /// Draws the scene again in this painter's frame (an inset's, inside the main page), with
    /// its own scale bar; fills `out` with what a report tells of it and returns its labels.
    /// `whole` is the main map's scene, whose callouts the plan's index counts;
    /// `main_metres_per_unit` the main map's ground metres per page unit at the inset's centre.
    std::vector<LabelBox> draw_inset(const InsetPlan& plan, const layers::Scene& whole,
                                     std::optional<double> main_metres_per_unit, InsetReport& out) {
        cairo_t* cr = m_dc.cr;
        const double u = m_dc.u();
        const Box box = m_dc.frame.map_box();
        out.frame_on_map = plan.footprint;
        out.crs = m_dc.frame.crs();
        out.centre = plan.centre;
        out.width_m = plan.ground_width_m;
        out.callout = plan.callout;
        if (main_metres_per_unit) out.zoom = m_dc.frame.page_per_metre() * *main_metres_per_unit;
        {
            SaveRestore guard(cr);
            const Box band = box.grown(k_inset_frame * u);
            cairo_new_path(cr);
            cairo_rectangle(cr, band.x0, band.y0, band.width(), band.height());
            set_colour(cr, m_dc.theme.paper);
            cairo_fill(cr);
            cairo_rectangle(cr, box.x0, box.y0, box.width(), box.height());
            cairo_clip(cr);
            set_colour(cr, m_dc.theme.sea);
            cairo_paint(cr);
            draw_layers(m_scene.layers);
            for (const auto& c : m_scene.callouts) draw_callout(c);
        }
        const auto markers = project_markers(m_dc, m_scene);
        for (const auto& m : markers) draw_marker(cr, m.at, m.size, m.layer->style, 1.1 * u);
        std::vector<PagePoint> avoid;
        for (const auto& m : markers) avoid.push_back(m.at);
        for (const auto& c : m_scene.callouts) {
            for (const LonLat p : Geodesic::wgs84().line(c.from, c.to, 2000.0)) {
                if (const auto q = m_dc.frame.to_page(p)) avoid.push_back(*q);
            }
        }
        if (plan.callout) {
            const layers::Callout& c = whole.callouts.at(*plan.callout);
            const auto a = m_dc.frame.to_page(c.from), b = m_dc.frame.to_page(c.to);
            out.callout_ends = {c.from, c.to};
            if (a && b) out.callout_page = {*a, *b};
        }
        std::vector<Box> furniture;
        ScalePanel scale(m_dc);
        if (!scale.empty()) {
            const Box b = scale.place(avoid, {});
            if (!scale.empty()) furniture.push_back(b);
        }
        const LabelOutcome labels = draw_labels(m_dc, m_scene, markers, furniture, true);
        std::vector<LabelBox> drawn = labels.boxes();
        const std::vector<LabelBox> bar = scale.draw();
        // Its texts in order: "0" centred on the km bar's start, the km length ending at its end,
        // then the same for miles beneath the axis.
        if (bar.size() >= 4) {
            const double y = (bar[1].box.y1 + bar[3].box.y0) / 2;
            out.scale_text = bar[1].text;
            out.scale_page = {PagePoint{(bar[0].box.x0 + bar[0].box.x1) / 2, y}, PagePoint{bar[1].box.x1, y}};
            const auto a = m_dc.frame.to_lonlat(out.scale_page[0]), b = m_dc.frame.to_lonlat(out.scale_page[1]);
            if (a && b) out.scale_ends = {*a, *b};
            out.true_lat = choose_scale_bar(m_dc.frame).true_lat;
        }
        drawn.insert(drawn.end(), bar.begin(), bar.end());
        {
            SaveRestore guard(cr);
            const Box edge = box.grown(k_inset_frame * u);
            cairo_new_path(cr);
            cairo_rectangle(cr, edge.x0, edge.y0, edge.width(), edge.height());
            set_colour(cr, m_dc.theme.text);
            cairo_set_line_width(cr, 0.8 * u);
            cairo_stroke(cr);
        }
        return drawn;
    }

    /// A layer's shapes as projected for the page.
    struct LayerPaths {
        std::vector<PagePath> polygons, lines;
    };

    std::vector<LayerPaths> project_layers(std::span<const layers::Layer> layers) {
        std::vector<LayerPaths> out;
        for (const auto& layer : layers) out.push_back(project_layer(layer));
        return out;
    }

    /// Projects a layer (and adds its land to the inset's land cover).
    LayerPaths project_layer(const layers::Layer& layer) {
        PathOptions opt;
        // Thinned to the page's resolution: a quarter of a style point (half a pixel of a
        // 3000x2000 PNG) for the coast, a tenth for the smooth rings.
        if (is_base(layer.role)) {
            opt.min_step = 0.35 * m_dc.u();
            opt.simplify = 0.25 * m_dc.u();
        } else {
            opt.densify_deg = 0.25; // rings and buffers follow the projection's curves
            opt.min_step = 0.15 * m_dc.u();
            opt.simplify = 0.1 * m_dc.u();
        }
        opt.around_centre = true;
        LayerPaths out;
        if (layer.role == layers::Role::borders && layer.style.fill.a <= 0) {
            // Only where two countries meet: their coasts are the land's outline, drawn over.
            std::vector<Geometry> clipped;
            for (const auto& f : layer.features) clipped.push_back(m_proj.clip(f.geometry));
            for (const auto& l : shared_boundaries(clipped)) out.lines.push_back(m_proj.project(l, false, opt));
            return out;
        }
        for (const auto& f : layer.features) {
            if (f.geometry.polygons.empty() && f.geometry.lines.empty()) continue;
            // Off-map vertices cost nothing and never reach Cairo, and no shape crosses the
            // meridian opposite the centre, where it would smear across a world map.
            const Geometry clipped = m_proj.clip(f.geometry);
            for (const auto& poly : clipped.polygons) {
                out.polygons.push_back(m_proj.project(poly.outer, true, opt));
                for (const auto& h : poly.holes) out.polygons.push_back(m_proj.project(h, true, opt));
            }
            for (const auto& l : clipped.lines) out.lines.push_back(m_proj.project(l, false, opt));
        }
        if (m_land && layer.role == layers::Role::land && layer.id != "focus") m_land->add(out.polygons);
        return out;
    }

    /// Paints projected layers on `cr` (the painter's or a band of its page) in order, except
    /// that the base map at the start is filled whole before any of it is stroked: the land's
    /// outline, the coast, lies over the lighter country borders. The graticule (may be
    /// empty) goes over the base map. Uses nothing else of the painter than its style.
    void paint_layers(cairo_t* cr, std::span<const layers::Layer> layers, const std::vector<LayerPaths>& paths,
                      const std::vector<PagePath>& graticule) const {
        std::size_t base = 0;
        while (base < layers.size() && is_base(layers[base].role)) ++base;
        for (std::size_t i = 0; i < base; ++i) fill_layer(cr, layers[i], paths[i]);
        for (std::size_t i = 0; i < base; ++i) stroke_layer(cr, layers[i], paths[i]);
        if (!graticule.empty()) paint_graticule_lines(cr, m_dc, graticule);
        for (std::size_t i = base; i < layers.size(); ++i) {
            fill_layer(cr, layers[i], paths[i]);
            stroke_layer(cr, layers[i], paths[i]);
        }
    }

    void fill_layer(cairo_t* cr, const layers::Layer& layer, const LayerPaths& paths) const {
        if (paths.polygons.empty() || layer.style.fill.a <= 0) return;
        cairo_new_path(cr);
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
        add_fill_path(cr, paths.polygons);
        set_colour(cr, layer.style.fill);
        cairo_fill(cr);
    }

    void stroke_layer(cairo_t* cr, const layers::Layer& layer, const LayerPaths& paths) const {
        for (const auto* p : {&paths.polygons, &paths.lines}) {
            if (p->empty()) continue;
            cairo_new_path(cr);
            add_stroke_path(cr, *p, layer.style.stroke_width * m_dc.u() / 2);
            stroke(cr, layer.style);
        }
    }

    void stroke(cairo_t* cr, const layers::Style& st) const {
        if (st.stroke.a <= 0 || st.stroke_width <= 0) {
            cairo_new_path(cr);
            return;
        }
        set_colour(cr, st.stroke);
        cairo_set_line_width(cr, st.stroke_width * m_dc.u());
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        std::vector<double> dash = st.dash;
        for (double& d : dash) d *= m_dc.u();
        cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }

    void draw_callout(const layers::Callout& c) {
        cairo_t* cr = m_dc.cr;
        const double u = m_dc.u();
        const std::optional<PagePoint> from = m_dc.frame.to_page(c.from), to = m_dc.frame.to_page(c.to);
        if (!from || !to) return;
        cairo_new_path(cr);
        // Along the geodesic, which is curved in most map projections.
        bool started = false;
        for (const LonLat p : Geodesic::wgs84().line(c.from, c.to, 20000.0)) {
            const std::optional<PagePoint> q = m_dc.frame.to_page(p);
            if (!q) continue;
            if (started) {
                cairo_line_to(cr, q->x, q->y);
            } else {
                cairo_move_to(cr, q->x, q->y);
                started = true;
            }
        }
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        set_colour(cr, m_dc.theme.halo);
        cairo_set_line_width(cr, 4.5 * u);
        cairo_stroke_preserve(cr);
        set_colour(cr, m_dc.theme.text);
        cairo_set_line_width(cr, 1.8 * u);
        cairo_stroke(cr);
        for (const PagePoint p : {*from, *to}) {
            cairo_new_path(cr);
            cairo_arc(cr, p.x, p.y, 3.2 * u, 0, 2 * M_PI);
            set_colour(cr, m_dc.theme.text);
            cairo_fill_preserve(cr);
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_set_line_width(cr, 1.0 * u);
            cairo_stroke(cr);
        }
    }

    void draw_neatline() {
        cairo_t* cr = m_dc.cr;
        const Box map = m_dc.frame.map_box();
        cairo_new_path(cr);
        cairo_rectangle(cr, map.x0, map.y0, map.width(), map.height());
        set_colour(cr, m_dc.theme.frame);
        cairo_set_line_width(cr, 1.0 * m_dc.u());
        cairo_stroke(cr);
    }

    /// Title, subtitle and credit; returns their boxes for the report.
    std::vector<LabelBox> draw_titles() {
        const double u = m_dc.u();
        const auto& th = m_dc.theme;
        const MapFrame& f = m_dc.frame;
        std::vector<LabelBox> out;
        const auto drawn = [&](const TextBlock& t, const std::string& text, double x, double y) {
            t.draw(x, y);
            out.push_back({text, {x, y, x + t.width(), y + t.height()}, false, "title", std::nullopt});
        };
        double y = 22 * u;
        if (!m_scene.title.empty()) {
            TextBlock t(m_dc.cr, m_scene.title, m_dc.text_style(th.title_size, th.text, true));
            drawn(t, m_scene.title, f.map_left(), y);
            y += t.height() + 2 * u;
        }
        if (!m_scene.subtitle.empty()) {
            TextBlock t(m_dc.cr, m_scene.subtitle, m_dc.text_style(th.subtitle_size, th.muted_text));
            drawn(t, m_scene.subtitle, f.map_left(), y);
        }
        if (!m_scene.credit.empty()) {
            TextBlock t(m_dc.cr, m_scene.credit, m_dc.text_style(th.credit_size, th.muted_text));
            drawn(t, m_scene.credit, f.map_left(), f.height() - 14 * u - t.height());
        }
        return out;
    }

    /// The land as drawn, coarsely, for the inset to find open water (style points a cell).
    static constexpr double k_land_cell = 4.0;

    DrawContext m_dc;
    std::optional<LandCover> m_land;
    const layers::Scene& m_scene;
    std::function<void()> m_underlay;
    PathProjector m_proj;
}; // class Painter

/// Cairo names SVG groups after a process-wide surface counter ("surface7" for the seventh
/// surface made): the page's, and each recording surface's that is painted. Numbered from
/// surface1 in order of first appearance, the same figure gives the same bytes in any process,
/// on any call. Only Cairo's forms are rewritten: id="surfaceN" and references "#surfaceN".
void normalise_svg_ids(std::string& svg) {
    const std::string_view name = "surface";
    struct Id {
        std::size_t digits, end; // where the number starts and ends
    };
    // The next id or reference from `pos`, if any.
    const auto next = [&](std::size_t pos) -> std::optional<Id> {
        for (pos = svg.find(name, pos); pos != std::string::npos; pos = svg.find(name, pos + 1)) {
            const bool after_id = pos >= 4 && svg.compare(pos - 4, 4, "id=\"") == 0;
            const bool after_hash = pos >= 1 && svg[pos - 1] == '#';
            const std::size_t digits = pos + name.size();
            std::size_t end = digits;
            while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
            if ((after_id || after_hash) && end > digits && end < svg.size() && (svg[end] == '"' || svg[end] == ')')) {
                return Id{digits, end};
            }
        }
        return std::nullopt;
    };
    std::map<std::string, std::string, std::less<>> renumbered;
    bool changes = false;
    for (auto id = next(0); id; id = next(id->end)) {
        const std::string_view number(svg.data() + id->digits, id->end - id->digits);
        if (renumbered.find(number) != renumbered.end()) continue;
        const std::string now = std::to_string(renumbered.size() + 1);
        changes = changes || now != number;
        renumbered.emplace(number, now);
    }
    if (!changes) return;
    std::string out;
    out.reserve(svg.size());
    std::size_t copied = 0;
    for (auto id = next(0); id; id = next(id->end)) {
        out.append(svg, copied, id->digits - copied);
        out += renumbered.find(std::string_view(svg.data() + id->digits, id->end - id->digits))->second;
        copied = id->end;
    }
    out.append(svg, copied);
    svg = std::move(out);
}

} // namespace

namespace {

/// Creates the surface for `format`, lets `draw` paint on it, and returns the file's bytes.
/// The one place where the formats differ.
template <typename Draw>
std::string draw_document(Format format, double w, double h, double scale, const std::string& title, Draw&& draw) {
    const double px_w = std::round(w * scale), px_h = std::round(h * scale);
    if (format == Format::png && (px_w > MapFrame::k_max_page || px_h > MapFrame::k_max_page)) {
        throw usage_error(fmt::format("page {}x{} at scale {} is {}x{} pixels, more than {} in a direction", w, h,
                                      scale, px_w, px_h, MapFrame::k_max_page));
    }
    if (format == Format::png && px_w * px_h > k_max_png_pixels) {
        throw usage_error(fmt::format("a {}x{} pixel PNG is over the limit of {:.0f} million pixels (about {} MiB of "
                                      "image memory); use SVG or PDF, or a smaller --size or --scale",
                                      px_w, px_h, k_max_png_pixels / 1e6, k_max_png_pixels * 4 / (1 << 20)));
    }
    std::string bytes;
    ByteSink sink(bytes);
    SurfacePtr surface;
    switch (format) {
    case Format::png:
        surface.reset(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(px_w), static_cast<int>(px_h)));
        break;
    case Format::svg:
        surface.reset(cairo_svg_surface_create_for_stream(append_bytes, &sink, w, h));
        cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
        break;
    case Format::pdf:
        surface.reset(cairo_pdf_surface_create_for_stream(append_bytes, &sink, w, h));
        // Fixed metadata keeps identical inputs giving identical files.
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "rangemap");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z");
        if (!title.empty()) cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
        break;
    }
    // Cairo may write (and fail to) while drawing: the sink's own reason comes first.
    sink.rethrow_if_failed();
    check_status(cairo_surface_status(surface.get()), "cannot create the drawing surface");
    {
        CairoPtr cr(cairo_create(surface.get()));
        cairo_scale(cr.get(), scale, scale);
        draw(cr.get());
        sink.rethrow_if_failed();
        check_status(cairo_status(cr.get()), "drawing failed");
    }
    if (format == Format::png) {
        encode_png(surface.get(), sink);
    } else {
        cairo_surface_finish(surface.get());
        sink.rethrow_if_failed();
        check_status(cairo_surface_status(surface.get()), "finishing the document failed");
    }
    if (format == Format::svg) normalise_svg_ids(bytes);
    return bytes;
}

/// The panels' shared layers, drawn once for the frame of the panels that show them and painted
/// into each: projected once, rasterised once for a PNG, and written once to an SVG or PDF,
/// where every panel refers to them. Drawn again only for a panel with another frame.
class SharedLayers {
public:
    explicit SharedLayers(std::span<const layers::Layer> layers) : m_layers(layers) {}

    /// Paints the layers as `frame` places them, the panel's origin at user (0, 0) of `cr`.
    void paint(cairo_t* cr, const MapFrame& frame, const layers::Scene& scene) {
        if (m_layers.empty()) return;
        const bool image = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE;
        // A picture is drawn as far off the pixel grid as the panel, to meet the page's pixels
        // whole (resampled, it would blur); 1/256 pixel is finer than antialiasing shows.
        double ox = 0, oy = 0;
        if (image) cairo_user_to_device(cr, &ox, &oy);
        const auto fraction = [](double v) { return std::round((v - std::floor(v)) * 256) / 256; };
        Placement placement = placement_of(frame, fraction(ox), fraction(oy));
        if (!m_drawing || placement != m_placement) {
            m_drawing = draw(image, frame, scene, placement);
            m_placement = std::move(placement);
        }
        cairo_set_source_surface(cr, m_drawing.get(), -m_placement.dx, -m_placement.dy);
        cairo_paint(cr);
    }

private:
    /// What puts the layers where they are on the page (the frame's size sets their line widths).
    struct Placement {
        std::string crs;
        double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0, page_per_metre = 0;
        int width = 0, height = 0;
        double dx = 0, dy = 0; ///< the panel's origin off the pixel grid
        bool operator==(const Placement&) const = default;
    };
    static Placement placement_of(const MapFrame& f, double dx, double dy) {
        const BBox& e = f.extent();
        const Box m = f.map_box();
        return {f.crs(), e.min_lon, e.min_lat,          e.max_lon, e.max_lat,  m.x0, m.y0,
                m.x1,    m.y1,      f.page_per_metre(), f.width(), f.height(), dx,   dy};
    }

    /// A picture for an image page (page units are its pixels); elsewhere a recording, which SVG
    /// and PDF write as vectors.
    SurfacePtr draw(bool image, const MapFrame& frame, const layers::Scene& scene, const Placement& at) const {
        const cairo_rectangle_t page{0, 0, frame.width() + 1.0, frame.height() + 1.0};
        SurfacePtr drawing(image
                               ? cairo_image_surface_create(CAIRO_FORMAT_ARGB32, frame.width() + 1, frame.height() + 1)
                               : cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &page));
        CairoPtr cr(cairo_create(drawing.get()));
        cairo_translate(cr.get(), at.dx, at.dy);
        Painter(cr.get(), frame, scene).draw_layers(m_layers);
        check_status(cairo_status(cr.get()), "drawing the panels' shared layers failed");
        return drawing;
    }

    std::span<const layers::Layer> m_layers;
    SurfacePtr m_drawing;
    Placement m_placement;
}; // class SharedLayers

} // namespace

std::string render_to_bytes(const layers::Scene& scene, Format format, RenderReport* report) {
    const MapFrame frame(scene);
    const double scale = format == Format::png ? scene.frame.scale : 1.0;
    if (!(scale >= 0.1 && scale <= 8.0)) {
        throw usage_error(fmt::format("scale {} is outside 0.1..8", scene.frame.scale));
    }
    RenderReport local;
    std::string bytes = draw_document(format, frame.width(), frame.height(), scale, scene.title,
                                      [&](cairo_t* cr) { Painter(cr, frame, scene).draw(local); });
    if (report) *report = std::move(local);
    return bytes;
}

std::string render_panels_to_bytes(const PanelGrid& grid, const PanelMaker& make_panel, const std::string& title,
                                   Format format, std::span<const layers::Layer> shared) {
    if (grid.count < 1) throw usage_error("a small-multiples figure needs at least one panel");
    const int columns = std::clamp(grid.columns, 1, grid.count);
    const double pw = grid.panel_width, ph = grid.panel_height;
    const PanelsPage page = panels_page(grid, !title.empty());
    const double w = page.width, h = page.height, band = page.band;
    if (w > MapFrame::k_max_page || h > MapFrame::k_max_page) {
        throw usage_error(fmt::format("{} panels of {}x{} make a {}x{} page, more than {} in a direction", grid.count,
                                      pw, ph, w, h, MapFrame::k_max_page));
    }
    SharedLayers underlay(shared);
    return draw_document(format, w, h, 1.0, title, [&](cairo_t* cr) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        for (int i = 0; i < grid.count; ++i) {
            // Built here and gone at the end of the step: one panel's layers in memory at a time.
            layers::Scene panel = make_panel(i);
            panel.frame.width = grid.panel_width;
            panel.frame.height = grid.panel_height;
            const MapFrame frame(panel);
            if (i == 0 && !title.empty()) {
                prepare_text(cr);
                TextStyle style;
                style.font = panel.theme.font;
                style.size = band * 0.45;
                style.bold = true;
                style.colour = panel.theme.text;
                TextBlock(cr, title, style).draw(0.02 * pw, band * 0.2);
            }
            SaveRestore guard(cr);
            const double x = pw * (i % columns), y = band + ph * (i / columns);
            cairo_rectangle(cr, x, y, pw, ph);
            cairo_clip(cr);
            cairo_translate(cr, x, y);
            RenderReport ignored;
            Painter(cr, frame, panel, [&] { underlay.paint(cr, frame, panel); }).draw(ignored);
        }
    });
}

} // namespace rangemap::render
