// SPDX-License-Identifier: MIT
#include "country_labels.hpp"

#include "engine/inscribed_circle.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap::render {

namespace {

/// Country names as atlases set them: capitals, spaced out, so they read as areas, not places.
std::string capitals(const std::string& name) {
    std::string out = name;
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

/// The share of a w x h box around `c` over the area, from a grid of 5 x 3 points.
double inside_share(const AreaMask& mask, int id, PagePoint c, double w, double h) {
    int in = 0;
    for (int i = 0; i < 5; ++i) {
        for (int k = 0; k < 3; ++k) {
            if (mask.at({c.x + (i / 4.0 - 0.5) * w, c.y + (k / 2.0 - 0.5) * h}) == id) ++in;
        }
    }
    return in / 15.0;
}

/// Where a w x h name may sit: at the circle's centre when it fits the circle (it may reach a
/// little past the circle's sides: a name is wider than tall), then wherever the box lies mostly
/// over the country, nearest the centre first. A long, narrow country (Japan) finds room along
/// its length when the centre is taken.
std::vector<Box> positions(const PageArea& a, const AreaMask& mask, int id, const InscribedCircle& circle,
                           const Box& map, double w, double h) {
    const PagePoint c{circle.centre.lon, circle.centre.lat};
    std::vector<std::pair<double, Box>> found;
    if (w <= 2.6 * circle.radius && h <= 1.5 * circle.radius) {
        // The centre, then small moves that keep the name over the circle.
        const double r = 0.35 * circle.radius;
        const std::pair<double, double> moves[] = {{0, 0},      {0, -1},      {0, 1},     {1, 0},     {-1, 0},
                                                   {0.7, -0.7}, {-0.7, -0.7}, {0.7, 0.7}, {-0.7, 0.7}};
        for (const auto& [dx, dy] : moves) {
            found.emplace_back(std::hypot(dx, dy) * r, Box::around({c.x + dx * r, c.y + dy * r}, w / 2, h / 2));
        }
    }
    // A grid of at most about 200 points over the visible bounds, no finer than half the text.
    const Box b{std::max(a.bounds.x0, map.x0) + w / 2, std::max(a.bounds.y0, map.y0) + h / 2,
                std::min(a.bounds.x1, map.x1) - w / 2, std::min(a.bounds.y1, map.y1) - h / 2};
    if (b.x1 > b.x0 && b.y1 > b.y0) {
        const double step = std::max({h / 2, std::sqrt(b.width() * b.height() / 200.0), 1e-6});
        for (double y = b.y0; y <= b.y1; y += step) {
            for (double x = b.x0; x <= b.x1; x += step) {
                const PagePoint p{x, y};
                if (mask.at(p) != id || inside_share(mask, id, p, w, h) < 0.75) continue;
                found.emplace_back(circle.radius + std::hypot(x - c.x, y - c.y), Box::around(p, w / 2, h / 2));
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    if (found.size() > 32) found.resize(32);
    std::vector<Box> out;
    for (const auto& f : found) out.push_back(f.second);
    return out;
}

} // namespace

CountryLabels country_label_jobs(const DrawContext& dc, const std::vector<PageArea>& areas, const AreaMask& mask,
                                 const std::vector<std::string>& focus, int priority) {
    const double u = dc.u();
    const Box map = dc.frame.map_box().grown(-4 * u);
    CountryLabels out;
    for (std::size_t index = 0; index < areas.size(); ++index) {
        const PageArea& a = areas[index];
        const int id = static_cast<int>(index) + 1; // the mask's level for it
        const std::string& name = a.feature->name;
        if (name.empty()) continue;
        // A country narrower than the smallest text's height cannot hold its name: skip GEOS.
        if (std::min(a.bounds.width(), a.bounds.height()) < dc.theme.country_min_size * u) continue;
        const auto circle =
            largest_inscribed_circle(a.plane, map.x0, map.y0, map.x1, map.y1,
                                     // A label's place needs no finer than a point, or a hundredth of the country.
                                     std::max(1.0 * u, 0.01 * std::min(a.bounds.width(), a.bounds.height())));
        if (!circle) continue;
        const PagePoint c{circle->centre.lon, circle->centre.lat};
        if (circle->radius < 0.4 * dc.theme.country_min_size * u) {
            out.too_small.push_back({name, "country", dc.frame.to_lonlat(c)});
            continue;
        }
        const std::string text = capitals(name);
        // Sized by the visible area, then smaller until the name finds room.
        double size =
            std::clamp(0.12 * std::sqrt(circle->part_area) / u, dc.theme.country_min_size, dc.theme.country_max_size);
        std::optional<LabelJob> job;
        const auto style_of = [&](double pt) {
            TextStyle style = dc.text_style(pt, dc.theme.country_text);
            style.letter_spacing = 0.12 * pt * u;
            style.halo = dc.theme.land.with_alpha(0.75);
            style.halo_width = 2.4 * u;
            return style;
        };
        // Only a country cut by the frame or one the figure is about may stand outside itself:
        // on a small-scale map a leader to every small country would bury the map in lines.
        const bool may_lead = !dc.frame.map_box().contains(a.bounds) ||
                              std::find(focus.begin(), focus.end(), a.feature->name) != focus.end();
        const auto job_of = [&](const TextStyle& style, const TextBlock& t, std::vector<Box> at) {
            LabelJob j;
            j.style = style;
            j.kind = "country";
            // No anchor here: the report names the point under the placed name (inside the
            // country), or the circle's centre for a name moved out beside it.
            j.priority = priority;
            j.request.text = name;
            j.drawn = text;
            j.request.width = t.width();
            j.request.height = t.height();
            j.request.anchor = c;
            j.request.candidates = std::move(at);
            // When every place inside is taken or too small, the name may stand beside the
            // country, joined to it by a leader (a country cut by the frame, an island).
            if (may_lead) {
                j.request.leader_from = std::min(0.5 * circle->radius, 4 * u);
                j.request.leader_max = 90 * u;
            }
            return j;
        };
        for (; size >= dc.theme.country_min_size - 1e-9 && !job; size -= 1.0) {
            const TextStyle style = style_of(size);
            const TextBlock t(dc.cr, text, style);
            std::vector<Box> at = positions(a, mask, id, *circle, map, t.width(), t.height());
            if (!at.empty()) job = job_of(style, t, std::move(at));
        }
        if (!job && may_lead) {
            const TextStyle style = style_of(dc.theme.country_min_size);
            job = job_of(style, TextBlock(dc.cr, text, style), {});
        }
        if (job) {
            out.jobs.push_back(std::move(*job));
        } else {
            out.too_small.push_back({name, "country", dc.frame.to_lonlat(c)});
        }
    }
    return out;
}

} // namespace rangemap::render
