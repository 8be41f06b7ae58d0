// SPDX-License-Identifier: MIT
#include "map_labels.hpp"

#include "engine/geodesic.hpp"

#include "area_mask.hpp"
#include "country_labels.hpp"
#include "geometry_path.hpp"
#include "page_areas.hpp"
#include "sea_labels.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap::render {

namespace {

Box centred_box(PagePoint c, double w, double h) { return Box::around(c, w / 2, h / 2); }

/// Positions on a ring's outline, in order of preference: the upper right, then the rest,
/// alternating sides; the label sits on the line and its halo interrupts it.
std::vector<Box> ring_candidates(const PagePath& ring, const Box& map, double w, double h) {
    std::vector<Box> out;
    if (ring.points.size() < 8) return out;
    // A ring wholly off the map has nothing to label.
    if (std::none_of(ring.points.begin(), ring.points.end(), [&](const PagePoint& p) { return map.contains(p); })) {
        return out;
    }
    PagePoint c{0, 0};
    for (const auto& p : ring.points) {
        c.x += p.x;
        c.y += p.y;
    }
    c.x /= static_cast<double>(ring.points.size());
    c.y /= static_cast<double>(ring.points.size());
    for (int k = 0; k < 36; ++k) {
        // 50°, 40°, 60°, 30°, 70°, ... from east, counter-clockwise on the page.
        const int i = (k + 1) / 2 * (k % 2 ? -1 : 1);
        const double want = (50.0 + i * 10.0) * M_PI / 180.0;
        double best = 1e9;
        PagePoint at{};
        for (const auto& p : ring.points) {
            if (!map.contains(p)) continue;
            const double ang = std::atan2(c.y - p.y, p.x - c.x);
            const double d = std::abs(std::remainder(ang - want, 2 * M_PI));
            if (d < best) {
                best = d;
                at = p;
            }
        }
        out.push_back(centred_box(at, w, h));
    }
    return out;
}

std::vector<Box> callout_candidates(PagePoint a, PagePoint b, double w, double h, double gap) {
    const PagePoint m{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const double len = std::max(std::hypot(b.x - a.x, b.y - a.y), 1e-9);
    const double nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len; // normal
    std::vector<Box> out;
    for (double side : {1.0, -1.0}) {
        // Far enough along the normal that the box clears the line whatever its slope.
        const double d = gap + std::abs(nx) * w / 2 + std::abs(ny) * h / 2;
        out.push_back(centred_box({m.x + side * nx * d, m.y + side * ny * d}, w, h));
    }
    return out;
}

/// The report's kind for a layer's labels: the layer's own, else by its role.
std::string kind_of(const layers::Layer& layer) {
    if (!layer.kind.empty()) return layer.kind;
    switch (layer.role) {
    case layers::Role::buffer: return "buffer";
    case layers::Role::ring: return "ring";
    case layers::Role::places: return "site";
    case layers::Role::borders: return "country";
    case layers::Role::water: return "sea";
    default: return "label";
    }
}

// Country and sea names yield to callouts and rings, which have a place of their own. On a
// regional or ocean-wide map they go before the sites: a site's label can move round its marker
// or out on a leader, while a country's or a sea's name only makes sense over it. On a world
// view the sites crowd into a corner of it and go first, the area names taking the room left.
constexpr int k_sea_priority = 25;
constexpr int k_country_priority = 30;
constexpr int k_wide_map_offset = -40;    // below every site's priority
constexpr double k_world_width_m = 1.2e7; // wider than an ocean-wide map (the Pacific's is 9,000 km)

/// Puts first the positions that keep clear of every marker: an area's name set among sites
/// would crowd their labels, which then crowd it.
void prefer_clear_of(std::vector<Box>& candidates, const std::vector<DrawnMarker>& markers, double clearance) {
    std::stable_partition(candidates.begin(), candidates.end(), [&](const Box& b) {
        const Box wide = b.grown(clearance);
        return std::none_of(markers.begin(), markers.end(), [&](const DrawnMarker& m) { return wide.contains(m.at); });
    });
}

/// Jobs for the names of areas: countries (a labelled borders layer) and waters.
void add_area_jobs(const DrawContext& dc, const layers::Scene& scene, const std::vector<DrawnMarker>& markers,
                   std::vector<LabelJob>& jobs, std::vector<DroppedLabel>& dropped) {
    const layers::Layer* countries = nullptr;
    const layers::Layer* land = nullptr;
    for (const auto& l : scene.layers) {
        if (l.role == layers::Role::borders && !countries) countries = &l;
        if (l.role == layers::Role::land && !land && l.id != "focus") land = &l;
    }
    const auto wants_water = std::any_of(scene.layers.begin(), scene.layers.end(), [](const layers::Layer& l) {
        return l.role == layers::Role::water && l.label;
    });
    if (!(countries && countries->label) && !wants_water) return;
    const double width = map_width_m(dc.frame);
    const int offset = width > 0 && width <= k_world_width_m ? 0 : k_wide_map_offset;
    // Coarse outlines do: a label needs the shape of a country, not its every cove.
    const double step = 1.5 * dc.u();
    std::vector<PageArea> country_areas;
    if (countries) country_areas = project_areas(dc, *countries, step);
    // Half the smallest text's height: fine enough to tell a name's footing, coarse enough to be cheap.
    const double cell = 0.25 * dc.theme.country_min_size * dc.u();
    const AreaMask country_mask(dc.frame.map_box(), country_areas, cell);
    if (countries && countries->label) {
        // The focus layer (layers::focus_layer) holds the countries the figure is about.
        std::vector<std::string> focus;
        for (const auto& l : scene.layers) {
            if (l.role != layers::Role::land || l.id != "focus") continue;
            for (const auto& f : l.features) focus.push_back(f.name);
        }
        CountryLabels c = country_label_jobs(dc, country_areas, country_mask, focus, k_country_priority + offset);
        for (auto& j : c.jobs) {
            prefer_clear_of(j.request.candidates, markers, 12 * dc.u());
            j.order = jobs.size();
            jobs.push_back(std::move(j));
        }
        dropped.insert(dropped.end(), c.too_small.begin(), c.too_small.end());
    }
    if (!wants_water) return;
    // Water is wherever the page shows no land: the countries when drawn, else the land.
    const std::vector<PageArea> land_areas =
        countries ? std::vector<PageArea>{} : (land ? project_areas(dc, *land, step) : std::vector<PageArea>{});
    const AreaMask land_mask(dc.frame.map_box(), land_areas, cell);
    const AreaMask& solid = countries ? country_mask : land_mask;
    for (const auto& l : scene.layers) {
        if (l.role != layers::Role::water || !l.label) continue;
        SeaLabels s = sea_label_jobs(dc, l, solid, k_sea_priority + offset + l.priority);
        for (auto& j : s.jobs) {
            prefer_clear_of(j.request.candidates, markers, 12 * dc.u());
            j.order = jobs.size();
            jobs.push_back(std::move(j));
        }
        dropped.insert(dropped.end(), s.on_land.begin(), s.on_land.end());
    }
}

} // namespace

std::vector<DrawnMarker> project_markers(const DrawContext& dc, const layers::Scene& scene) {
    std::vector<DrawnMarker> out;
    const Box map = dc.frame.map_box();
    for (const auto& layer : scene.layers) {
        if (layer.style.marker == layers::Marker::none) continue;
        for (const auto& f : layer.features) {
            for (const auto& p : f.geometry.points) {
                const std::optional<PagePoint> pp = dc.frame.to_page(p);
                if (!pp || !map.contains(*pp)) continue;
                out.push_back({*pp, layer.style.marker_size * dc.u(), &layer, &f});
            }
        }
    }
    return out;
}

LabelOutcome draw_labels(const DrawContext& dc, const layers::Scene& scene, const std::vector<DrawnMarker>& markers,
                         const std::vector<Box>& obstacles, bool callouts_beyond_ends) {
    const double u = dc.u();
    std::vector<DroppedLabel> out_dropped;
    LabelPlacer placer(dc.frame.map_box().grown(-4 * u), 1.5 * u);
    for (const Box& b : obstacles) placer.add_obstacle(b);
    for (const auto& m : markers) placer.add_obstacle(Box::around(m.at, m.size * 0.6 + 1 * u, m.size * 0.6 + 1 * u));

    std::vector<LabelJob> jobs;
    const auto add_job = [&](LabelJob j) {
        j.order = jobs.size();
        jobs.push_back(std::move(j));
    };

    // Callouts: the line is an obstacle; the label beside its middle.
    for (const auto& c : scene.callouts) {
        // The line follows the geodesic: each piece is an obstacle, the label sits beside its
        // middle, along the local direction.
        const auto line = Geodesic::wgs84().line(c.from, c.to, 20000.0);
        std::vector<PagePoint> pts;
        for (const LonLat p : line) {
            if (const auto q = dc.frame.to_page(p)) pts.push_back(*q);
        }
        if (pts.size() < 2) continue;
        for (std::size_t i = 1; i < pts.size(); ++i) placer.add_segment_obstacle(pts[i - 1], pts[i], 2.0 * u);
        if (c.label.empty()) continue;
        const std::size_t mid = pts.size() / 2;
        const PagePoint a = pts[mid == 0 ? 0 : mid - 1], b = pts[std::min(mid + (pts.size() % 2), pts.size() - 1)];
        LabelJob j;
        j.kind = "callout";
        j.anchor = line[line.size() / 2];
        j.style = dc.text_style(dc.theme.label_size + 1.5, dc.theme.text, true, true);
        TextBlock t(dc.cr, c.label, j.style);
        std::vector<Box> candidates = callout_candidates(a, b, t.width(), t.height(), 4 * u);
        const PagePoint middle{(a.x + b.x) / 2, (a.y + b.y) / 2};
        if (callouts_beyond_ends) {
            const auto [top, bottom] = std::minmax(pts.front().y, pts.back().y);
            candidates.push_back(centred_box({middle.x, top - 6 * u - t.height() / 2}, t.width(), t.height()));
            candidates.push_back(centred_box({middle.x, bottom + 6 * u + t.height() / 2}, t.width(), t.height()));
        }
        j.request = {c.label, t.width(), t.height(), middle, std::move(candidates), 6 * u, 160 * u};
        j.priority = 1000;
        add_job(std::move(j));
    }

    PathProjector proj(dc.frame);
    PathOptions ring_opt;
    ring_opt.densify_deg = 0.5;
    ring_opt.unwrap = true;
    for (const auto& layer : scene.layers) {
        if (!layer.label) continue;
        if (layer.role == layers::Role::ring || layer.role == layers::Role::buffer) {
            for (const auto& f : layer.features) {
                if (f.name.empty()) continue;
                if (f.geometry.polygons.empty() && !f.geometry.lines.empty()) {
                    // A radial: its bearing beside its far end, when that end is on the map.
                    const std::optional<PagePoint> end = dc.frame.to_page(f.geometry.lines.back().back());
                    if (!end || !dc.frame.map_box().contains(*end)) continue;
                    LabelJob j;
                    j.kind = kind_of(layer);
                    j.anchor = f.geometry.lines.back().back();
                    j.style = dc.text_style(dc.theme.label_size - 1, layer.style.stroke, false, true);
                    TextBlock t(dc.cr, f.name, j.style);
                    j.request = {f.name,
                                 t.width(),
                                 t.height(),
                                 *end,
                                 point_label_candidates(*end, 1.5 * u, 2 * u, t.width(), t.height()),
                                 2 * u,
                                 60 * u};
                    j.priority = 400 + layer.priority;
                    add_job(std::move(j));
                    continue;
                }
                if (f.geometry.polygons.empty()) continue;
                // The largest outer ring carries the label.
                const Polygon* biggest = &f.geometry.polygons.front();
                for (const auto& p : f.geometry.polygons)
                    if (p.outer.size() > biggest->outer.size()) biggest = &p;
                const PagePath ring = proj.project(biggest->outer, true, ring_opt);
                LabelJob j;
                j.kind = kind_of(layer); // the anchor is where on the ring the label goes
                j.style = dc.text_style(dc.theme.label_size, layer.style.stroke, true, true);
                TextBlock t(dc.cr, f.name, j.style);
                j.request = {
                    f.name, t.width(), t.height(), {}, ring_candidates(ring, dc.frame.map_box(), t.width(), t.height()),
                    0,      0};
                if (j.request.candidates.empty()) continue;
                j.request.anchor = {(j.request.candidates[0].x0 + j.request.candidates[0].x1) / 2,
                                    (j.request.candidates[0].y0 + j.request.candidates[0].y1) / 2};
                j.priority = 500 + layer.priority;
                add_job(std::move(j));
            }
        }
    }
    for (const auto& m : markers) {
        if (!m.layer->label || m.feature->name.empty()) continue;
        const auto& st = m.layer->style;
        LabelJob j;
        j.kind = kind_of(*m.layer);
        j.anchor = m.feature->geometry.points.front();
        j.style = dc.text_style(st.font_size, st.label_colour, st.bold, true);
        TextBlock t(dc.cr, m.feature->name, j.style);
        const double r = m.size / 2;
        j.request = {
            m.feature->name, t.width(), t.height(), m.at, point_label_candidates(m.at, r, 3 * u, t.width(), t.height()),
            r + 2 * u,       240 * u};
        j.priority = m.layer->priority;
        add_job(std::move(j));
    }

    add_area_jobs(dc, scene, markers, jobs, out_dropped);

    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const LabelJob& a, const LabelJob& b) { return a.priority > b.priority; });
    LabelOutcome out;
    out.dropped = std::move(out_dropped);
    std::vector<const LabelJob*> placed_jobs;
    for (const auto& j : jobs) {
        if (auto p = placer.place(j.request)) {
            std::optional<LonLat> anchor = j.anchor;
            // A ring's label names the point of the ring it sits on, whichever position won; a
            // country's the point under it, or the point its leader leads to.
            if (!anchor) {
                anchor = dc.frame.to_lonlat(
                    p->leader ? p->anchor : PagePoint{(p->box.x0 + p->box.x1) / 2, (p->box.y0 + p->box.y1) / 2});
            }
            out.placed.push_back({*p, j.kind, anchor});
            placed_jobs.push_back(&j);
        } else {
            out.dropped.push_back({j.request.text, j.kind, j.anchor});
        }
    }

    // Leaders under the text, then the text.
    SaveRestore guard(dc.cr);
    for (const auto& m : out.placed) {
        const PlacedLabel& p = m.label;
        if (!p.leader) continue;
        cairo_new_path(dc.cr);
        cairo_move_to(dc.cr, p.leader_start.x, p.leader_start.y);
        cairo_line_to(dc.cr, p.leader_end.x, p.leader_end.y);
        set_colour(dc.cr, dc.theme.halo);
        cairo_set_line_width(dc.cr, 2.6 * u);
        cairo_stroke_preserve(dc.cr);
        set_colour(dc.cr, dc.theme.muted_text);
        cairo_set_line_width(dc.cr, 0.9 * u);
        cairo_stroke(dc.cr);
    }
    for (std::size_t i = 0; i < out.placed.size(); ++i) {
        const PlacedLabel& p = out.placed[i].label;
        const LabelJob& j = *placed_jobs[i];
        TextBlock t(dc.cr, j.drawn.empty() ? p.text : j.drawn, j.style);
        if (j.angle != 0) {
            t.draw_turned({(p.box.x0 + p.box.x1) / 2, (p.box.y0 + p.box.y1) / 2}, j.angle);
        } else {
            t.draw(p.box.x0, p.box.y0);
        }
    }
    return out;
}

} // namespace rangemap::render
