// SPDX-License-Identifier: MIT
#include "scene_builders.hpp"

#include "engine/geodesic.hpp"
#include "engine/ring.hpp"
#include "engine/sector.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace rangemap::layers {

std::vector<Layer> base_map_layers(const Theme& theme, std::vector<Feature> land, std::vector<Feature> countries) {
    // A renderer fills the whole base map before it strokes any of it, both in this order: the
    // country outlines, drawn lighter, read as borders between countries, and the land's
    // outline, the coast, lies over them where they run along it.
    std::vector<Layer> out;
    Layer borders{"borders", Role::borders, std::move(countries), {}, "", false, 0, "country"};
    borders.style.stroke = theme.border;
    borders.style.stroke_width = theme.border_width;
    borders.style.fill = theme.land.with_alpha(0);
    out.push_back(std::move(borders));

    Layer fill{"land", Role::land, std::move(land), {}, "", false, 0, ""};
    fill.style.fill = theme.land;
    fill.style.stroke = theme.coast;
    fill.style.stroke_width = theme.land_width;
    out.push_back(std::move(fill));
    return out;
}

Layer focus_layer(const Theme& theme, std::vector<Feature> countries) {
    Layer l{"focus", Role::land, std::move(countries), {}, "", false, 0, ""};
    l.style.fill = theme.focus_land;
    l.style.stroke = theme.focus_land.with_alpha(0);
    return l;
}

Layer water_names_layer(std::vector<Feature> names) {
    // Below the story's labels: a sea name gives way to a site's or a ring's.
    return Layer{"water-names", Role::water, std::move(names), {}, "", true, 0, "sea"};
}

namespace {

/// A ring-role layer of one area, in the palette's colour `colour_index`.
Layer outline_layer(const std::string& id, const std::string& kind, Geometry area, const std::string& label,
                    const std::string& legend, const Theme& theme, int colour_index) {
    Layer l{id, Role::ring, {}, {}, legend, !label.empty(), 50, kind};
    l.features.push_back(Feature{label, id, {}, std::move(area)});
    const Rgba c = ring_colour(theme, static_cast<std::size_t>(colour_index));
    l.style.stroke = c;
    l.style.fill = c.with_alpha(theme.ring_fill_alpha);
    l.style.stroke_width = theme.ring_width;
    l.style.label_colour = c;
    return l;
}

} // namespace

Layer ring_layer(const std::string& id, LonLat centre, Length radius, const std::string& label,
                 const std::string& legend, const Theme& theme, int colour_index, Length min_radius) {
    return ring_layer(id, centre, radius, range_annulus(centre, radius, min_radius).area, label, legend, theme,
                      colour_index, min_radius);
}

Layer ring_layer(const std::string& id, LonLat centre, Length radius, Geometry area, const std::string& label,
                 const std::string& legend, const Theme& theme, int colour_index, Length min_radius) {
    Layer l = outline_layer(id, "ring", std::move(area), label, legend, theme, colour_index);
    Feature& f = l.features.front();
    f.attributes["radius_m"] = fmt::format("{:.3f}", radius.metres());
    if (min_radius.metres() > 0) f.attributes["min_radius_m"] = fmt::format("{:.3f}", min_radius.metres());
    f.attributes["centre"] = fmt::format("{:.6f},{:.6f}", centre.lat, centre.lon);
    return l;
}

Layer sector_layer(const std::string& id, LonLat centre, double azimuth_deg, double width_deg, Length radius,
                   Length min_radius, const std::string& label, const std::string& legend, const Theme& theme,
                   int colour_index) {
    RangeSector s = range_sector(centre, azimuth_deg, width_deg, radius, min_radius);
    Layer l = outline_layer(id, "sector", std::move(s.area), label, legend, theme, colour_index);
    Feature& f = l.features.front();
    f.attributes["radius_m"] = fmt::format("{:.3f}", radius.metres());
    f.attributes["min_radius_m"] = fmt::format("{:.3f}", min_radius.metres());
    f.attributes["azimuth_deg"] = fmt::format("{}", s.azimuth_deg);
    f.attributes["width_deg"] = fmt::format("{}", width_deg);
    f.attributes["centre"] = fmt::format("{:.6f},{:.6f}", centre.lat, centre.lon);
    return l;
}

Layer radial_layer(const std::string& id, LonLat centre, Length length, const std::vector<double>& azimuths,
                   Length start, const Layer& of, const Theme& theme) {
    Layer l{id, Role::ring, {}, {}, "", true, of.priority - 10, of.kind};
    for (const double azi : azimuths) {
        Feature f{fmt::format("{}°", format_number(azi, 0)), id, {}, radial_line(centre, azi, length, {}, start)};
        f.attributes["bearing_deg"] = fmt::format("{}", azi);
        l.features.push_back(std::move(f));
    }
    l.style.stroke = of.style.stroke;
    l.style.stroke_width = theme.ring_width * 0.5;
    l.style.label_colour = of.style.stroke;
    return l;
}

std::vector<Layer> place_layers(const std::vector<Feature>& features, const Theme& theme, int priority) {
    // Groups in first-seen order, so the legend follows the input.
    std::vector<std::pair<std::string, Layer>> groups;
    for (const auto& f : features) {
        if (f.geometry.points.empty()) continue;
        const OperatorGroup& g = operator_group(theme, f.attribute("operator"));
        const KindSymbol k = kind_symbol(theme, f.attribute("kind"));
        const auto group_index = static_cast<std::size_t>(&g == &theme.other_operator ? theme.operators.size()
                                                                                      : &g - theme.operators.data());
        const std::string key = fmt::format("{}/{}", group_index, k.noun);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == key; });
        if (it == groups.end()) {
            Layer l;
            l.id = "places:" + key;
            l.role = Role::places;
            l.label = true;
            l.kind = "site";
            l.priority = priority + k.rank;
            std::string noun = k.noun;
            for (const auto& [kind, wording] : g.nouns) {
                if (to_lower(kind) == to_lower(f.attribute("kind"))) noun = wording;
            }
            l.legend = g.owner.empty() ? noun : g.owner + " " + noun;
            if (!l.legend.empty() && l.legend[0] >= 'a' && l.legend[0] <= 'z')
                l.legend[0] = static_cast<char>(l.legend[0] - 'a' + 'A');
            l.style.marker = k.marker;
            l.style.marker_size = 9.0;
            l.style.fill = g.colour;
            l.style.stroke = g.colour;
            l.style.label_colour = theme.text;
            l.style.font_size = theme.label_size;
            groups.emplace_back(key, std::move(l));
            it = groups.end() - 1;
        }
        it->second.features.push_back(f);
    }
    std::vector<Layer> out;
    for (auto& g : groups) out.push_back(std::move(g.second));
    return out;
}

Callout distance_callout(LonLat from, LonLat to, const std::string& prefix) {
    const double d = Geodesic::wgs84().distance(from, to);
    return Callout{from, to, prefix + format_length(Length::metres(d), LengthUnit::km, 0)};
}

Layer callout_legend(const std::string& text, const Theme& theme) {
    Layer l{"callouts", Role::callout, {}, {}, text, false, 0, "callout"};
    l.style.stroke = theme.text;
    l.style.stroke_width = 1.8;
    return l;
}

} // namespace rangemap::layers
