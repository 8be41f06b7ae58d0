// SPDX-License-Identifier: MIT
#include "inset.hpp"

#include "engine/error.hpp"
#include "engine/geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap::render {

namespace {

/// The inset's width, a fraction of the map's, and its height, a fraction of its width; never
/// taller than this fraction of the map.
constexpr double k_width_share = 0.32;
constexpr double k_aspect = 0.72;
constexpr double k_max_height_share = 0.48;
/// An automatic inset that magnifies less is not worth the room it takes.
constexpr double k_min_zoom = 1.5;
/// The base map is Natural Earth 1:10m, good to about 5 km: an automatic inset narrower than
/// this would magnify its generalisation, not the story.
constexpr double k_min_auto_width_m = 20e3;

std::optional<double> page_length(const MapFrame& f, const layers::Callout& c) {
    const auto a = f.to_page(c.from), b = f.to_page(c.to);
    if (!a || !b || !f.map_box().contains(*a) || !f.map_box().contains(*b)) return std::nullopt;
    return std::hypot(b->x - a->x, b->y - a->y);
}

LonLat midpoint(LonLat a, LonLat b) {
    const Geodesic& g = Geodesic::wgs84();
    const Inverse inv = g.inverse(a, b);
    return g.direct(a, inv.azi1_deg, inv.distance_m / 2).point;
}

/// Points along the box's outline, `n` a side, clockwise from the top left.
std::vector<PagePoint> outline(const Box& b, int n) {
    std::vector<PagePoint> out;
    for (int i = 0; i < n; ++i) out.push_back({b.x0 + b.width() * i / n, b.y0});
    for (int i = 0; i < n; ++i) out.push_back({b.x1, b.y0 + b.height() * i / n});
    for (int i = 0; i < n; ++i) out.push_back({b.x1 - b.width() * i / n, b.y1});
    for (int i = 0; i < n; ++i) out.push_back({b.x0, b.y1 - b.height() * i / n});
    return out;
}

} // namespace

Box InsetPlan::footprint_box() const noexcept { return Box::bounding(footprint); }

layers::Scene inset_scene(const layers::Scene& scene, const MapFrame& frame) {
    layers::Scene out;
    out.title = scene.title;
    out.frame = scene.frame;
    out.theme = scene.theme;
    // Only the callouts it shows whole: a line running off it would lead its label away.
    for (const auto& c : scene.callouts) {
        if (page_length(frame, c)) out.callouts.push_back(c);
    }
    out.inset.mode = layers::Inset::Mode::off;
    const BBox& clip = frame.clip_box();
    const auto meets = [&](const BBox& b) {
        if (b.empty() || b.max_lat < clip.min_lat || b.min_lat > clip.max_lat) return false;
        for (const double k : {-360.0, 0.0, 360.0}) {
            if (b.min_lon + k <= clip.max_lon && b.max_lon + k >= clip.min_lon) return true;
        }
        return false;
    };
    for (const auto& l : scene.layers) {
        const bool base = layers::is_base(l.role);
        layers::Layer copy{l.id, l.role, {}, l.style, l.legend, l.label, l.priority, l.kind};
        for (const auto& f : l.features) {
            if (!base || meets(bbox_of(f.geometry))) copy.features.push_back(f);
        }
        out.layers.push_back(std::move(copy));
    }
    return out;
}

MapFrame inset_frame(const InsetPlan& plan, const MapFrame& main, const Box& box) {
    return MapFrame(plan.crs, plan.ground_width_m, box, main.unit(), main.width(), main.height());
}

std::optional<InsetPlan> plan_inset(const layers::Scene& scene, const MapFrame& main) {
    const layers::Inset& spec = scene.inset;
    if (spec.mode == layers::Inset::Mode::off) return std::nullopt;
    const Box map = main.map_box();
    InsetPlan plan;
    plan.width = k_width_share * map.width();
    plan.height = std::min(k_aspect * plan.width, k_max_height_share * map.height());
    if (spec.mode == layers::Inset::Mode::place) {
        plan.centre = spec.centre;
    } else {
        if (spec.mode == layers::Inset::Mode::automatic) {
            std::vector<std::optional<double>> lengths;
            for (const auto& c : scene.callouts) lengths.push_back(page_length(main, c));
            plan.callout = short_callout(lengths, map.width(), layers::k_inset_trigger);
            if (!plan.callout) return std::nullopt;
        } else {
            if (spec.callout >= scene.callouts.size()) {
                throw usage_error(fmt::format("inset: callout {} does not exist (the figure has {})", spec.callout + 1,
                                              scene.callouts.size()));
            }
            plan.callout = spec.callout;
        }
        const layers::Callout& c = scene.callouts[*plan.callout];
        plan.centre = midpoint(c.from, c.to);
        // Upright for a callout that runs more north-south on the page: room above and below
        // its line for its label.
        const auto a = main.to_page(c.from), b = main.to_page(c.to);
        if (a && b && std::abs(b->y - a->y) > std::abs(b->x - a->x)) {
            plan.height = std::min(plan.width / k_aspect, k_max_height_share * map.height());
        }
        // The callout spans 1 / k_inset_span of the inset's longer side.
        const double across = std::max(plan.width, plan.height);
        if (spec.width_m <= 0) {
            plan.ground_width_m = layers::k_inset_span * Geodesic::wgs84().distance(c.from, c.to) * plan.width / across;
        }
    }
    if (spec.width_m > 0) plan.ground_width_m = spec.width_m;
    // Two ends a few metres apart (or touching) would make an inset of nothing: one set by the
    // scenario shows at least a kilometre, an automatic one at least k_min_auto_width_m.
    plan.ground_width_m =
        std::max(plan.ground_width_m, spec.mode == layers::Inset::Mode::automatic ? k_min_auto_width_m : 1000.0);
    plan.crs = fmt::format("+proj=aeqd +lat_0={:.9f} +lon_0={:.9f} +datum=WGS84 +units=m +no_defs", plan.centre.lat,
                           plan.centre.lon);
    // Where it looks, as the main map draws it: the geography does not depend on the page place.
    const MapFrame probe = inset_frame(plan, main, {0, 0, plan.width, plan.height});
    for (const PagePoint p : outline(probe.map_box(), 16)) {
        const std::optional<LonLat> ll = probe.to_lonlat(p);
        const std::optional<PagePoint> q = ll ? main.to_page(*ll) : std::nullopt;
        if (!q) return std::nullopt; // beyond what the main map can show
        plan.footprint.push_back(*q);
    }
    if (spec.mode == layers::Inset::Mode::automatic) {
        const std::optional<double> m_per_unit = main.metres_per_page_unit_at(plan.centre);
        if (!m_per_unit || plan.width / plan.ground_width_m * *m_per_unit < k_min_zoom) return std::nullopt;
    }
    return plan;
}

LandCover::LandCover(const Box& map, double cell) : m_x0(map.x0), m_y0(map.y0), m_cell(std::max(cell, 1e-3)) {
    m_w = std::max(1, static_cast<int>(std::ceil(map.width() / m_cell)));
    m_h = std::max(1, static_cast<int>(std::ceil(map.height() / m_cell)));
    m_surface.reset(cairo_image_surface_create(CAIRO_FORMAT_A8, m_w, m_h));
}

void LandCover::add(const std::vector<PagePath>& polygons) {
    CairoPtr cr(cairo_create(m_surface.get()));
    cairo_set_antialias(cr.get(), CAIRO_ANTIALIAS_NONE);
    cairo_set_fill_rule(cr.get(), CAIRO_FILL_RULE_EVEN_ODD);
    cairo_scale(cr.get(), 1 / m_cell, 1 / m_cell);
    cairo_translate(cr.get(), -m_x0, -m_y0);
    add_fill_path(cr.get(), polygons);
    cairo_set_source_rgba(cr.get(), 0, 0, 0, 1);
    cairo_fill(cr.get());
}

double LandCover::share(const Box& b) const {
    cairo_surface_flush(m_surface.get());
    const unsigned char* data = cairo_image_surface_get_data(m_surface.get());
    const int stride = cairo_image_surface_get_stride(m_surface.get());
    const int i0 = std::max(0, static_cast<int>(std::floor((b.x0 - m_x0) / m_cell)));
    const int i1 = std::min(m_w, static_cast<int>(std::ceil((b.x1 - m_x0) / m_cell)));
    const int j0 = std::max(0, static_cast<int>(std::floor((b.y0 - m_y0) / m_cell)));
    const int j1 = std::min(m_h, static_cast<int>(std::ceil((b.y1 - m_y0) / m_cell)));
    if (!data || i1 <= i0 || j1 <= j0) return 0;
    long land = 0;
    for (int j = j0; j < j1; ++j) {
        for (int i = i0; i < i1; ++i) land += data[j * stride + i] != 0 ? 1 : 0;
    }
    return static_cast<double>(land) / (static_cast<double>(i1 - i0) * (j1 - j0));
}

std::optional<Box> place_inset(const DrawContext& dc, const layers::Scene& scene, const InsetPlan& plan,
                               const std::vector<DrawnMarker>& markers, const std::vector<Box>& furniture,
                               const LandCover& land_cover) {
    const double u = dc.u();
    const MapFrame& f = dc.frame;
    const Box map = f.map_box();
    std::vector<Box> taken;
    for (const Box& b : furniture) taken.push_back(b.grown(6 * u));
    taken.push_back(plan.footprint_box().grown(14 * u));
    // Every callout stays in sight, with room for its ends' labels.
    std::vector<PagePoint> keep;
    for (const auto& c : scene.callouts) {
        for (const LonLat p : Geodesic::wgs84().line(c.from, c.to, 20000.0)) {
            if (const auto q = f.to_page(p)) keep.push_back(*q);
        }
        for (const LonLat p : {c.from, c.to}) {
            if (const auto q = f.to_page(p)) taken.push_back(Box::around(*q, 40 * u, 16 * u));
        }
    }
    // What the inset would hide: sites and sea names, the outlines of rings and buffers, land.
    std::vector<PagePoint> sites, seas, outlines;
    for (const auto& m : markers) sites.push_back(m.at);
    for (const auto& l : scene.layers) {
        if (l.role == layers::Role::water && l.label) {
            for (const auto& feat : l.features) {
                for (const LonLat p : feat.geometry.points) {
                    if (const auto q = f.to_page(p)) seas.push_back(*q);
                }
            }
        }
        if (l.role != layers::Role::ring && l.role != layers::Role::buffer) continue;
        for (const auto& feat : l.features) {
            for (const auto& poly : feat.geometry.polygons) {
                for (const LonLat p : poly.outer) {
                    if (const auto q = f.to_page(p)) outlines.push_back(*q);
                }
            }
        }
    }
    const auto cost = [&](const Box& b) {
        const auto count = [&](const std::vector<PagePoint>& pts, const Box& in) {
            return static_cast<double>(
                std::count_if(pts.begin(), pts.end(), [&](PagePoint p) { return in.contains(p); }));
        };
        const Box near = b.grown(10 * u);
        // Land under it and just round it: a coast along its edge reads as cut off.
        const double land_share = land_cover.share(near);
        const double ring_share = outlines.empty() ? 0.0 : count(outlines, near) / static_cast<double>(outlines.size());
        // A site hidden is a fact lost; a sea's name can move, a ring show elsewhere.
        return 4.0 * count(sites, near) + 0.25 * count(seas, near) + 12.0 * ring_share + 40.0 * land_share;
    };
    return choose_inset_box(inset_positions(map, plan.width, plan.height, 12 * u), taken, keep, cost);
}

} // namespace rangemap::render
