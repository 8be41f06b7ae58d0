// SPDX-License-Identifier: MIT
#include "map_labels.hpp"

#include "engine/geo_point.hpp"
#include "engine/geodesic.hpp"
#include "engine/text.hpp"

#include "area_mask.hpp"
#include "country_labels.hpp"
#include "geometry_path.hpp"
#include "outline_labels.hpp"
#include "outline_path.hpp"
#include "page_areas.hpp"
#include "page_bands.hpp"
#include "sea_labels.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace rangemap::render {

namespace {

Box centred_box(PagePoint c, double w, double h) { return Box::around(c, w / 2, h / 2); }

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

/// A ring's, sector's or buffer's outline as drawn, and what it belongs to.
struct DrawnOutline {
    const layers::Layer* layer;
    const Feature* feature;
    std::vector<OutlinePiece> pieces;
};

bool is_outline_layer(const layers::Layer& l) { return l.role == layers::Role::ring || l.role == layers::Role::buffer; }

/// Every outline of every ring-role and buffer layer (radials included: a label must keep off
/// them too), projected as the map draws them.
std::vector<DrawnOutline> project_outlines(const DrawContext& dc, const layers::Scene& scene) {
    PathProjector proj(dc.frame);
    PathOptions opt;
    opt.densify_deg = 0.5;
    opt.unwrap = true;
    // Far enough round a closed ring's start for the longest label.
    const double wrap = dc.frame.map_box().width();
    std::vector<DrawnOutline> out;
    for (const auto& layer : scene.layers) {
        if (!is_outline_layer(layer)) continue;
        for (const auto& f : layer.features) {
            DrawnOutline o{&layer, &f, {}};
            for (const PagePath& path : proj.project(f.geometry, opt)) {
                for (auto& piece : stroked_pieces(path, wrap)) o.pieces.push_back(std::move(piece));
            }
            out.push_back(std::move(o));
        }
    }
    return out;
}

/// A ring's or sector's centre from its feature (`centre` is "lat,lon"), else nothing.
std::optional<LonLat> centre_of(const Feature& f) {
    if (const auto g = GeoPoint::try_parse(f.attribute("centre"))) return g->lonlat();
    return std::nullopt;
}

/// The mean of an outline's points: the centre for bearings when the true one is not known.
PagePoint mean_point(const std::vector<OutlinePiece>& pieces) {
    PagePoint c{0, 0};
    double n = 0;
    for (const auto& piece : pieces) {
        for (const auto& p : piece.points()) {
            c.x += p.x;
            c.y += p.y;
            n += 1;
        }
    }
    return n > 0 ? PagePoint{c.x / n, c.y / n} : c;
}

/// The preferred bearing of each labelled outline: 50° (upper right), stepped by 15° for each
/// larger ring about the same centre, so the labels of concentric rings do not line up in a
/// column or stack.
std::vector<double> preferred_bearings(const std::vector<DrawnOutline>& outlines) {
    std::vector<double> out(outlines.size(), 50.0);
    std::map<std::string, std::vector<std::size_t>> by_centre;
    for (std::size_t i = 0; i < outlines.size(); ++i) {
        const Feature& f = *outlines[i].feature;
        if (!outlines[i].layer->label || f.name.empty() || f.geometry.polygons.empty()) continue;
        const std::string c = f.attribute("centre");
        if (!c.empty()) by_centre[c].push_back(i);
    }
    for (auto& [centre, ids] : by_centre) {
        const auto radius = [&](std::size_t i) {
            return parse_double(outlines[i].feature->attribute("radius_m")).value_or(0.0);
        };
        std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) { return radius(a) < radius(b); });
        for (std::size_t k = 0; k < ids.size(); ++k) out[ids[k]] = 50.0 + 15.0 * static_cast<double>(k);
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
            jobs.push_back(std::move(j));
        }
        dropped.insert(dropped.end(), s.on_land.begin(), s.on_land.end());
    }
}

/// A ring's label can move all along its ring; a site's label has only the few places round
/// its marker, and a sea's or a country's name only makes sense over it. So the positions of an
/// outline's label go first that keep off where the other labels would go without it (`taken`,
/// from a trial placement) and `clearance` from every marker.
void make_way_for_others(std::vector<LabelJob>& jobs, const std::vector<Box>& taken,
                         const std::vector<DrawnMarker>& markers, double clearance) {
    for (auto& j : jobs) {
        if (j.along.empty()) continue;
        const auto crowds = [&](const PathPlacement& p) {
            const Box wide = p.box.grown(clearance);
            const bool marker =
                std::any_of(markers.begin(), markers.end(), [&](const DrawnMarker& m) { return wide.contains(m.at); });
            const bool label =
                std::any_of(taken.begin(), taken.end(), [&](const Box& b) { return p.box.intersects(b); });
            return (marker ? 1 : 0) + (label ? 1 : 0);
        };
        std::vector<std::pair<int, std::size_t>> order;
        for (std::size_t i = 0; i < j.along.size(); ++i) order.emplace_back(crowds(j.along[i]), i);
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<PathPlacement> along;
        along.reserve(order.size());
        for (const auto& [tier, i] : order) along.push_back(std::move(j.along[i]));
        j.along = std::move(along);
        j.request.candidates.clear();
        for (const auto& p : j.along) j.request.candidates.push_back(p.box);
        j.request.anchor = j.along.front().centre;
    }
}

} // namespace

std::vector<LabelBox> LabelOutcome::boxes() const {
    std::vector<LabelBox> out;
    out.reserve(placed.size());
    for (const auto& m : placed) out.push_back({m.label.text, m.label.box, m.label.leader, m.kind, m.anchor});
    return out;
}

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
        jobs.push_back(std::move(j));
    }

    // Ring, sector and buffer labels on their own outline, clear of every other.
    const std::vector<DrawnOutline> outlines = project_outlines(dc, scene);
    OutlineIndex others(16 * u);
    for (std::size_t i = 0; i < outlines.size(); ++i) others.add(outlines[i].pieces, i);
    const std::vector<double> prefer = preferred_bearings(outlines);
    for (std::size_t i = 0; i < outlines.size(); ++i) {
        const layers::Layer& layer = *outlines[i].layer;
        const Feature& f = *outlines[i].feature;
        if (!layer.label || f.name.empty()) continue;
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
            jobs.push_back(std::move(j));
            continue;
        }
        if (f.geometry.polygons.empty()) continue;
        LabelJob j;
        j.kind = kind_of(layer); // the anchor is where on the outline the label goes
        j.style = dc.text_style(dc.theme.label_size, layer.style.stroke, true, true);
        // Along a line the text runs on one line.
        j.drawn = f.name;
        std::replace(j.drawn.begin(), j.drawn.end(), '\n', ' ');
        TextBlock t(dc.cr, j.drawn, j.style);
        OutlineLabelSpec spec;
        spec.glyphs = t.glyphs();
        spec.width = t.width();
        spec.height = t.height();
        const std::optional<LonLat> centre = centre_of(f);
        const std::optional<PagePoint> page_centre = centre ? dc.frame.to_page(*centre) : std::nullopt;
        spec.centre = page_centre ? *page_centre : mean_point(outlines[i].pieces);
        spec.prefer_deg = prefer[i];
        // Another outline this near a glyph's middle would run through the text.
        spec.clearance = 0.5 * t.height() + 1.5 * u;
        // A fifth of the text's height apart: finer moves the text by less than a glyph's stroke.
        spec.step = 3 * u;
        spec.area = placer.area();
        j.along = outline_label_candidates(outlines[i].pieces, others, i, spec);
        if (j.along.empty()) {
            // An outline wholly off the map has nothing to label; one on it found no room.
            const Box map = dc.frame.map_box();
            const bool seen = std::any_of(outlines[i].pieces.begin(), outlines[i].pieces.end(), [&](const auto& piece) {
                return std::any_of(piece.points().begin(), piece.points().end(),
                                   [&](const PagePoint& q) { return map.contains(q); });
            });
            if (seen) out_dropped.push_back({f.name, j.kind, std::nullopt});
            continue;
        }
        j.request = {f.name, t.width(), t.height(), j.along.front().centre, {}, 0, 0};
        for (const auto& p : j.along) j.request.candidates.push_back(p.box);
        j.priority = 500 + layer.priority;
        jobs.push_back(std::move(j));
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
        jobs.push_back(std::move(j));
    }

    add_area_jobs(dc, scene, markers, jobs, out_dropped);

    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const LabelJob& a, const LabelJob& b) { return a.priority > b.priority; });
    {
        // Where every other label would go were the outlines' labels left out.
        LabelPlacer trial = placer;
        std::vector<Box> taken;
        for (const auto& j : jobs) {
            if (!j.along.empty()) continue;
            if (const auto p = trial.place(j.request)) taken.push_back(p->box.grown(1.5 * u));
        }
        make_way_for_others(jobs, taken, markers, 12 * u);
    }
    LabelOutcome out;
    out.dropped = std::move(out_dropped);
    std::vector<const LabelJob*> placed_jobs;
    for (const auto& j : jobs) {
        if (auto p = placer.place(j.request)) {
            std::optional<LonLat> anchor = j.anchor;
            // An outline's label names the point of the outline under its middle, whichever
            // position won; a country's the point under it, or the point its leader leads to.
            if (!j.along.empty() && p->candidate < j.along.size()) {
                anchor = dc.frame.to_lonlat(j.along[p->candidate].centre);
            }
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

    // Leaders under the text, then the text; an image's rows on both cores at once.
    paint_in_bands(dc.cr, [&](cairo_t* cr) {
        // A band lays out and draws only the labels that reach into it.
        Box band;
        cairo_clip_extents(cr, &band.x0, &band.y0, &band.x1, &band.y1);
        for (const auto& m : out.placed) {
            const PlacedLabel& p = m.label;
            if (!p.leader) continue;
            cairo_new_path(cr);
            cairo_move_to(cr, p.leader_start.x, p.leader_start.y);
            cairo_line_to(cr, p.leader_end.x, p.leader_end.y);
            set_colour(cr, dc.theme.halo);
            cairo_set_line_width(cr, 2.6 * u);
            cairo_stroke_preserve(cr);
            set_colour(cr, dc.theme.muted_text);
            cairo_set_line_width(cr, 0.9 * u);
            cairo_stroke(cr);
        }
        for (std::size_t i = 0; i < out.placed.size(); ++i) {
            const PlacedLabel& p = out.placed[i].label;
            const LabelJob& j = *placed_jobs[i];
            // Ink may stand out of the logical box (accents, italics) by less than a size.
            if (!p.box.grown(j.style.size + j.style.halo_width).intersects(band)) continue;
            const TextBlock t(cr, j.drawn.empty() ? p.text : j.drawn, j.style);
            if (!j.along.empty() && p.candidate < j.along.size()) {
                t.draw_glyphs(j.along[p.candidate].glyphs, j.along[p.candidate].astride);
            } else if (j.angle != 0) {
                t.draw_turned({(p.box.x0 + p.box.x1) / 2, (p.box.y0 + p.box.y1) / 2}, j.angle);
            } else {
                t.draw(p.box.x0, p.box.y0);
            }
        }
    });
    return out;
}

} // namespace rangemap::render
