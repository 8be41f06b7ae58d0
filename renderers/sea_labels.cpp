// SPDX-License-Identifier: MIT
#include "sea_labels.hpp"

#include "engine/text.hpp"

#include <cmath>
#include <optional>
#include <string>
#include <utility>

namespace rangemap::render {

namespace {

/// Size and spacing by kind: oceans largest and spaced out, straits and channels smallest.
struct Look {
    double size;
    double spacing; ///< of the size
    int rank;       ///< added to the priority: the big names hold their place
    double land_allowed;
};

Look look_of(const std::string& kind, const layers::Theme& theme) {
    if (kind == "ocean") return {theme.water_size + 3.5, 0.25, 3, 0.08};
    if (kind == "sea") return {theme.water_size, 0.08, 2, 0.08};
    if (kind == "gulf") return {theme.water_size - 1.5, 0.04, 1, 0.1};
    // A strait is narrower than its name: the name may cross a little of either shore.
    return {theme.water_size - 1.5, 0.0, 0, 0.3};
}

/// The fraction of the turned box around `c` that is land, from a grid of 7 x 3 points.
double land_fraction(PagePoint c, double w, double h, double angle_deg, const AreaMask& land) {
    const double a = angle_deg * M_PI / 180.0, ca = std::cos(a), sa = std::sin(a);
    int on_land = 0, n = 0;
    for (int i = 0; i < 7; ++i) {
        for (int k = 0; k < 3; ++k) {
            const double x = (i / 6.0 - 0.5) * w, y = (k / 2.0 - 0.5) * h * 0.8;
            // Counter-clockwise on a page whose y grows downwards.
            const PagePoint p{c.x + x * ca + y * sa, c.y - x * sa + y * ca};
            ++n;
            if (land.land(p)) ++on_land;
        }
    }
    return static_cast<double>(on_land) / n;
}

} // namespace

double map_width_m(const MapFrame& frame) {
    const BBox& e = frame.extent();
    const auto scale = frame.metres_per_page_unit_at(
        {std::remainder((e.min_lon + e.max_lon) / 2.0, 360.0), (e.min_lat + e.max_lat) / 2.0});
    return scale ? *scale * frame.map_box().width() : 0.0;
}

SeaLabels sea_label_jobs(const DrawContext& dc, const layers::Layer& water, const AreaMask& land, int priority) {
    const double u = dc.u();
    const Box map = dc.frame.map_box();
    SeaLabels out;
    // Straits, channels and gulfs only on a regional map: across an ocean they are specks, and
    // their names would crowd the seas'.
    const bool regional = is_regional(dc.frame);
    for (const auto& f : water.features) {
        if (f.name.empty() || f.geometry.points.empty()) continue;
        const LonLat at = f.geometry.points.front();
        const auto page = dc.frame.to_page(at);
        if (!page || !map.contains(*page)) continue;
        const std::string kind = f.attribute("kind");
        if (!regional && kind != "sea" && kind != "ocean") continue;
        const Look look = look_of(kind, dc.theme);
        const std::string alt = f.attribute("alt");
        const double angle = parse_double(f.attribute("angle")).value_or(0.0);
        TextStyle style = dc.text_style(look.size, dc.theme.water_text);
        style.italic = true;
        style.centred = true;
        style.letter_spacing = look.spacing * look.size * u;
        // A halo of the sea's own colour lifts the name off graticule and ring lines without a
        // white patch.
        style.halo = dc.theme.sea.with_alpha(0.85);
        style.halo_width = 2.6 * u;
        const std::string reported = alt.empty() ? f.name : f.name + " (" + alt + ")";
        // The name on one line, else (a strait narrower than its name) on two.
        std::vector<std::string> forms{alt.empty() ? f.name : f.name + "\n(" + alt + ")"};
        if (const auto space = f.name.rfind(' '); alt.empty() && space != std::string::npos && look.rank == 0) {
            forms.push_back(f.name.substr(0, space) + "\n" + f.name.substr(space + 1));
        }
        std::optional<LabelJob> job;
        for (const std::string& shown : forms) {
            if (job || land.land(*page)) break;
            const TextBlock t(dc.cr, shown, style);
            LabelJob j;
            j.style = style;
            j.drawn = shown;
            j.kind = "sea";
            j.anchor = at;
            j.angle = angle;
            j.priority = priority + look.rank;
            j.request.text = reported;
            j.request.anchor = *page;
            const Box whole = rotated_box(*page, t.width(), t.height(), angle);
            j.request.width = whole.width();
            j.request.height = whole.height();
            // On the anchor, then nudged along and across the text, each only where it is water.
            const double sx = 0.45 * t.width(), sy = 0.9 * t.height();
            const std::pair<double, double> moves[] = {{0, 0},  {0, -1},  {0, 1}, {1, 0}, {-1, 0},
                                                       {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
            std::vector<std::pair<double, double>> tries(std::begin(moves), std::end(moves));
            if (kind == "ocean") {
                // An ocean is wider than any panel that may cover its anchor: farther out too.
                for (double k = 2; k <= 12; ++k) {
                    for (const auto& [dx, dy] : {std::pair{0.0, -k}, {0.0, k}, {-k / 2, 0.0}, {k / 2, 0.0}}) {
                        tries.emplace_back(dx, dy);
                    }
                }
            }
            for (const auto& [dx, dy] : tries) {
                const PagePoint c{page->x + dx * sx, page->y + dy * sy};
                if (!map.contains(c) || land_fraction(c, t.width(), t.height(), angle, land) > look.land_allowed)
                    continue;
                j.request.candidates.push_back(rotated_box(c, t.width(), t.height(), angle));
            }
            if (!j.request.candidates.empty()) job = std::move(j);
        }
        if (!job) {
            out.on_land.push_back({reported, "sea", at});
            continue;
        }
        out.jobs.push_back(std::move(*job));
    }
    return out;
}

} // namespace rangemap::render
