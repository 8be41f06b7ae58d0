// SPDX-License-Identifier: MIT
#include "scene_builder.hpp"

#include "engine/geodesic.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"
#include "geodata/default_data.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace rangemap::cli {

namespace {

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

enum class Group { us, jsdf, other };

Group operator_group(const std::string& op) {
    if (starts_with(op, "US ")) return Group::us;
    if (op.find("SDF") != std::string::npos) return Group::jsdf;
    return Group::other;
}

} // namespace

std::vector<layers::Layer> base_map_layers(const layers::Theme& theme, const std::optional<BBox>& region) {
    // The file's spatial index leaves out what lies wholly outside the region; the renderer
    // clips the rest to the page.
    std::vector<Feature> land = geodata::read_natural_earth("land", region).features;
    std::vector<Feature> countries = geodata::read_natural_earth("countries", region).features;

    std::vector<layers::Layer> out;
    layers::Layer fill{"land", layers::Role::land, land, {}, "", false, 0};
    fill.style.fill = theme.land;
    fill.style.stroke = theme.land.with_alpha(0);
    out.push_back(std::move(fill));

    // Country outlines include the coast; drawn lighter and then covered by the coastline,
    // they read as borders between countries.
    layers::Layer borders{"borders", layers::Role::borders, std::move(countries), {}, "", false, 0};
    borders.style.stroke = theme.border;
    borders.style.stroke_width = theme.border_width;
    borders.style.fill = theme.land.with_alpha(0);
    out.push_back(std::move(borders));

    layers::Layer coast{"coastline", layers::Role::coastline, std::move(land), {}, "", false, 0};
    coast.style.stroke = theme.coast;
    coast.style.stroke_width = theme.land_width;
    out.push_back(std::move(coast));
    return out;
}

layers::Layer ring_layer(const std::string& id, LonLat centre, Length radius, const std::string& label,
                         const std::string& legend, const layers::Theme& theme, int colour_index) {
    RangeRing ring = range_ring(centre, radius);
    layers::Layer l{id, layers::Role::ring, {}, {}, legend, !label.empty(), 50};
    Feature f{label, id, {}, std::move(ring.area)};
    f.attributes["radius_m"] = fmt::format("{:.3f}", radius.metres());
    f.attributes["centre"] = fmt::format("{:.6f},{:.6f}", centre.lat, centre.lon);
    l.features.push_back(std::move(f));
    const auto& palette = theme.ring_palette;
    const layers::Rgba c = palette.empty() ? layers::Rgba::hex("#c6361b")
                                           : palette[static_cast<std::size_t>(colour_index) % palette.size()];
    l.style.stroke = c;
    l.style.fill = c.with_alpha(theme.ring_fill_alpha);
    l.style.stroke_width = theme.ring_width;
    l.style.label_colour = c;
    return l;
}

std::vector<layers::Layer> place_layers(const std::vector<Feature>& features, const layers::Theme& theme,
                                        int priority) {
    struct Kind {
        layers::Marker marker;
        std::string noun;
        int rank;
    };
    const auto kind_of = [](const std::string& kind) -> Kind {
        const std::string k = to_lower(kind);
        if (k == "air base") return {layers::Marker::triangle, "air base", 2};
        if (k == "naval base") return {layers::Marker::square, "naval base", 2};
        if (k == "headquarters") return {layers::Marker::star, "headquarters", 1};
        if (k == "army camp" || k == "marine camp") return {layers::Marker::circle, "Army or Marine camp", 0};
        return {layers::Marker::diamond, k.empty() ? "site" : k, 0};
    };
    const auto colour_of = [](Group g) {
        switch (g) {
        case Group::us: return layers::Rgba::hex("#1d3f72");
        case Group::jsdf: return layers::Rgba::hex("#2f7d4f");
        case Group::other: break;
        }
        return layers::Rgba::hex("#595959");
    };
    const auto owner_of = [](Group g) {
        switch (g) {
        case Group::us: return std::string("US");
        case Group::jsdf: return std::string("JSDF");
        case Group::other: break;
        }
        return std::string();
    };

    // Groups in first-seen order, so the legend follows the input.
    std::vector<std::pair<std::string, layers::Layer>> groups;
    for (const auto& f : features) {
        if (f.geometry.points.empty()) continue;
        const Group g = operator_group(f.attribute("operator"));
        const Kind k = kind_of(f.attribute("kind"));
        const std::string key = fmt::format("{}/{}", static_cast<int>(g), k.noun);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == key; });
        if (it == groups.end()) {
            layers::Layer l;
            l.id = "places:" + key;
            l.role = layers::Role::places;
            l.label = true;
            l.priority = priority + k.rank;
            const std::string owner = owner_of(g);
            // JSDF camps belong to the Ground Self-Defense Force: "army or marine" would mislead.
            const std::string noun = g == Group::jsdf && k.marker == layers::Marker::circle ? "camp" : k.noun;
            l.legend = owner.empty() ? noun : owner + " " + noun;
            if (!l.legend.empty() && l.legend[0] >= 'a' && l.legend[0] <= 'z') l.legend[0] = static_cast<char>(l.legend[0] - 'a' + 'A');
            l.style.marker = k.marker;
            l.style.marker_size = 9.0;
            l.style.fill = colour_of(g);
            l.style.stroke = colour_of(g);
            l.style.label_colour = theme.text;
            l.style.font_size = theme.label_size;
            groups.emplace_back(key, std::move(l));
            it = groups.end() - 1;
        }
        it->second.features.push_back(f);
    }
    std::vector<layers::Layer> out;
    for (auto& g : groups) out.push_back(std::move(g.second));
    return out;
}

layers::Callout distance_callout(LonLat from, LonLat to, const std::string& prefix) {
    const double d = Geodesic::wgs84().distance(from, to);
    return layers::Callout{from, to, prefix + format_length(Length::metres(d), LengthUnit::km, 0)};
}

layers::Layer callout_legend(const std::string& text, const layers::Theme& theme) {
    layers::Layer l{"callouts", layers::Role::callout, {}, {}, text, false, 0};
    l.style.stroke = theme.text;
    l.style.stroke_width = 1.8;
    return l;
}


} // namespace rangemap::cli
