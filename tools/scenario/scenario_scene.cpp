// SPDX-License-Identifier: MIT
#include "tools/scenario/scenario_scene.hpp"

#include "tools/scenario/place_query.hpp"
#include "tools/scenario/shapes.hpp"

#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/overlay.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"
#include "geodata/default_data.hpp"
#include "geodata/provenance.hpp"
#include "geodata/sea_names.hpp"
#include "layers/scene_builders.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <future>
#include <iterator>
#include <tuple>

namespace rangemap::scenario {

namespace {

std::string replace_all(std::string text, const std::string& key, const std::string& value) {
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size())) {
        text.replace(pos, key.size(), value);
    }
    return text;
}

std::string km_text(Length l) { return format_length(l, LengthUnit::km, 0); }

LonLat point_of(const ResolvedPlace& p, const std::string& what) {
    if (!p.is_point()) {
        throw usage_error(fmt::format("{}: '{}' is a {} feature, not a point; give a base, a city or LAT,LON", what,
                                      p.query, p.feature.geometry.polygons.empty() ? "line" : "polygon"));
    }
    return p.point();
}

void add_frame(layers::Scene& scene, const Scenario& s) {
    scene.frame.extent = s.map.extent;
    scene.frame.crs = s.map.projection;
    scene.frame.width = s.map.width;
    scene.frame.height = s.map.height;
}

/// A scenario's own colour ("#rrggbb") for a ring or fan: outline and translucent fill.
void recolour(layers::Layer& layer, const std::string& hex, const layers::Theme& theme) {
    layer.style.stroke = layers::Rgba::hex(hex);
    layer.style.fill = layer.style.stroke.with_alpha(theme.ring_fill_alpha);
}

/// Starts working out the rings' shapes on another core, into the session's cache, while
/// this one reads the base map; add_rings then finds them there. What cannot be worked out
/// ahead (a centre not found, a bad radius) is left for add_rings to report in its turn.
std::future<void> rings_ahead(const std::vector<RingSpec>& rings, Session& session) {
    std::vector<std::tuple<LonLat, Length, Length>> todo;
    try {
        for (const auto& r : rings) {
            const ResolvedPlace centre = session.resolve(r.centre);
            if (!centre.is_point()) return {};
            for (const Length radius : r.radii) todo.emplace_back(centre.point(), radius, r.min_radius);
        }
    } catch (const std::exception&) {
        return {};
    }
    if (todo.empty()) return {};
    return std::async(std::launch::async, [&session, todo = std::move(todo)] {
        try {
            for (const auto& [c, radius, min_radius] : todo) session.annulus_of(c, radius, min_radius);
        } catch (const std::exception&) {}
    });
}

void add_rings(layers::Scene& scene, const std::vector<RingSpec>& rings, Session& session, int& colour) {
    for (std::size_t i = 0; i < rings.size(); ++i) {
        const auto& r = rings[i];
        const ResolvedPlace centre = session.resolve(r.centre);
        const LonLat c = point_of(centre, fmt::format("rings[{}].centre", i));
        const Length longest = *std::max_element(r.radii.begin(), r.radii.end());
        for (const Length radius : r.radii) {
            const std::string label = replace_all(r.label.empty() ? "{radius}" : r.label, "{radius}", km_text(radius));
            const std::string legend =
                r.label.empty() ? fmt::format("{} from {}", km_text(radius), centre.name) : label;
            layers::Layer layer = layers::ring_layer(fmt::format("ring-{}-{}", i, colour), c, radius,
                                                     session.annulus_of(c, radius, r.min_radius)->area, label, legend,
                                                     scene.theme, colour, r.min_radius);
            if (!r.colour.empty()) recolour(layer, r.colour, scene.theme);
            scene.layers.push_back(std::move(layer));
            if (r.radials > 0 && radius == longest) {
                scene.layers.push_back(layers::radial_layer(fmt::format("radials-ring-{}", i), c, radius,
                                                            radial_azimuths(r.radials), r.min_radius,
                                                            scene.layers.back(), scene.theme));
            }
            ++colour;
        }
    }
}

void add_sectors(layers::Scene& scene, const std::vector<SectorSpec>& sectors, Session& session, int& colour) {
    for (std::size_t i = 0; i < sectors.size(); ++i) {
        const auto& s = sectors[i];
        const ResolvedPlace centre = session.resolve(s.centre);
        const LonLat c = point_of(centre, fmt::format("sectors[{}].centre", i));
        const Length longest = *std::max_element(s.radii.begin(), s.radii.end());
        for (const Length radius : s.radii) {
            const std::string label = replace_all(s.label.empty() ? "{radius}" : s.label, "{radius}", km_text(radius));
            const std::string legend =
                s.label.empty() ? fmt::format("{} fan from {}", km_text(radius), centre.name) : label;
            layers::Layer layer = layers::sector_layer(fmt::format("sector-{}-{}", i, colour), c, s.azimuth, s.width,
                                                       radius, s.min_radius, label, legend, scene.theme, colour);
            if (!s.colour.empty()) {
                recolour(layer, s.colour, scene.theme);
                layer.style.label_colour = layer.style.stroke;
            }
            scene.layers.push_back(std::move(layer));
            if (s.radials > 0 && radius == longest) {
                scene.layers.push_back(layers::radial_layer(fmt::format("radials-sector-{}", i), c, radius,
                                                            radial_azimuths(s.radials, s.azimuth, s.width),
                                                            s.min_radius, scene.layers.back(), scene.theme));
            }
            ++colour;
        }
    }
}

/// The countries the figure is about: those `focus` names and those at a callout's ends (a
/// country itself, or the country a site lies in).
std::vector<Feature> focus_countries(const Scenario& s, Session& session, const std::vector<Feature>& countries) {
    std::vector<std::string> names;
    for (const auto& f : s.focus) names.push_back(to_lower(f));
    for (const auto& c : s.callouts) {
        for (const std::string& end : {c.from, c.to}) {
            const ResolvedPlace p = session.resolve(end);
            const std::string country = p.layer == "countries" ? p.name : p.feature.attribute("country");
            if (!country.empty()) names.push_back(to_lower(country));
        }
    }
    std::vector<Feature> out;
    for (const auto& f : countries) {
        if (std::find(names.begin(), names.end(), to_lower(f.name)) != names.end()) out.push_back(f);
    }
    return out;
}

/// The names the map shows: the data's, renamed or hidden as the scenario says.
void name_countries(const CountryNamesSpec& spec, std::vector<Feature>& countries) {
    for (auto& f : countries) {
        const std::string key = to_lower(f.name);
        for (const auto& [from, to] : spec.rename) {
            if (to_lower(from) == key) f.name = to;
        }
        for (const auto& h : spec.hide) {
            if (to_lower(h) == key) f.name.clear();
        }
    }
}

} // namespace

layers::Scene scenario_scene(const Scenario& s, Session& session) {
    layers::Scene scene;
    scene.title = s.title;
    scene.subtitle = s.subtitle;
    add_frame(scene, s);
    std::vector<std::string> credits; // the data drawn, in drawing order
    const auto credit = [&](const std::string& c) {
        if (std::find(credits.begin(), credits.end(), c) == credits.end()) credits.push_back(c);
    };

    std::optional<BBox> region = s.map.extent;
    if (region) {
        // The page shows more than the extent at its corners; read a margin beyond it.
        region = BBox{region->min_lon - 15, std::max(-90.0, region->min_lat - 15), region->max_lon + 15,
                      std::min(90.0, region->max_lat + 15)};
    }
    std::future<void> rings = rings_ahead(s.rings, session);
    if (s.data.defaults) {
        // The file's spatial index leaves out what lies wholly outside the region; the
        // renderer clips the rest to the page.
        auto land = geodata::read_natural_earth("land", region).features;
        auto countries = geodata::read_natural_earth("countries", region).features;
        std::vector<Feature> focus = focus_countries(s, session, countries);
        name_countries(s.countries, countries);
        name_countries(s.countries, focus); // the renderer knows them by the names shown
        for (auto& l : layers::base_map_layers(scene.theme, std::move(land), std::move(countries))) {
            const bool fill = l.role == layers::Role::land;
            if (l.role == layers::Role::borders) l.label = s.countries.labels;
            scene.layers.push_back(std::move(l));
            if (fill && !focus.empty()) scene.layers.push_back(layers::focus_layer(scene.theme, std::move(focus)));
        }
        if (s.seas) {
            scene.layers.push_back(
                layers::water_names_layer(geodata::read_sea_names(geodata::seas_csv_path()).features));
        }
        credit(geodata::k_natural_earth_credit);
    }

    int colour = 0;
    for (std::size_t i = 0; i < s.buffers.size(); ++i) {
        const auto& b = s.buffers[i];
        const ResolvedPlace f = session.resolve(b.feature);
        const std::shared_ptr<const Buffer> buf = session.buffer_of(f, b.distance, b.tolerance_fraction);
        const std::string legend = b.label.empty() ? fmt::format("Within {} of {}", km_text(b.distance), f.name)
                                                   : replace_all(b.label, "{distance}", km_text(b.distance));
        layers::Layer layer{fmt::format("buffer-{}", i), layers::Role::buffer, {}, {}, legend, false, 0, "buffer"};
        layer.features.push_back(Feature{legend, "buffers", {}, buf->area});
        const layers::Rgba rgba =
            b.colour.empty()
                ? scene.theme.ring_palette.at(static_cast<std::size_t>(colour++) % scene.theme.ring_palette.size())
                : layers::Rgba::hex(b.colour);
        layer.style.stroke = rgba;
        layer.style.stroke_width = scene.theme.ring_width;
        layer.style.fill = rgba.with_alpha(scene.theme.ring_fill_alpha * 1.5);
        scene.layers.push_back(std::move(layer));
    }

    if (rings.valid()) rings.wait();
    add_rings(scene, s.rings, session, colour);
    add_sectors(scene, s.sectors, session, colour);

    std::vector<Feature> places;
    for (const auto& filter : s.places) {
        for (auto& f : select_places(session, filter)) {
            if (f.geometry.points.empty() || !f.geometry.polygons.empty()) continue;
            if (!f.layer.empty()) credit(session.credit_of(f.layer));
            places.push_back(std::move(f));
        }
    }
    if (!places.empty()) {
        for (auto& l : layers::place_layers(places, scene.theme)) scene.layers.push_back(std::move(l));
    }

    for (const auto& c : s.callouts) {
        const PlaceDistance d = session.distance_of(session.resolve(c.from), session.resolve(c.to));
        layers::Callout callout = layers::distance_callout(d.from, d.to);
        if (s.speed) {
            callout.label +=
                fmt::format(" · {} at {}", format_duration(s.speed->seconds_for(d.distance_m)), s.speed->text());
        }
        if (!c.label.empty()) callout.label = replace_all(c.label, "{distance}", callout.label);
        scene.callouts.push_back(std::move(callout));
    }
    if (!scene.callouts.empty()) scene.layers.push_back(layers::callout_legend("Shortest distance", scene.theme));
    scene.inset = s.inset;
    scene.credit = s.credit;
    if (scene.credit.empty() && !credits.empty()) {
        scene.credit = fmt::format("Data: {}. Distances on WGS84.", fmt::join(credits, "; "));
    }
    return scene;
}

SweepPanels::SweepPanels(const Scenario& s, const Question& q, Session& session) : m_radii(q.radii) {
    Scenario base = s;
    base.rings.clear();
    base.sectors.clear();
    base.callouts.clear();
    base.buffers.clear();
    m_common = scenario_scene(base, session);
    m_common.subtitle.clear();
    m_common.credit.clear();
    m_common.frame.legend = false;
    m_common.frame.scale_bar = false;               // one small panel among many: the bar would only crowd it
    m_common.inset.mode = layers::Inset::Mode::off; // nor an inset
    for (auto& l : m_common.layers) {
        // Markers only, and no country or sea names: labels would not fit.
        if (l.role == layers::Role::places || l.role == layers::Role::borders) l.label = false;
    }
    std::erase_if(m_common.layers, [](const layers::Layer& l) { return l.role == layers::Role::water; });
    // The base map leads the layers; moved out, it is drawn beneath every panel, never copied.
    auto& all = m_common.layers;
    const auto own =
        std::find_if(all.begin(), all.end(), [](const layers::Layer& l) { return !layers::is_base(l.role); });
    m_shared.assign(std::make_move_iterator(all.begin()), std::make_move_iterator(own));
    all.erase(all.begin(), own);
    for (const auto& site : q.sites) m_sites.push_back(point_of(session.resolve(site), q.id + ".sites"));
}

layers::Scene SweepPanels::panel(std::size_t i) const {
    const Length r = m_radii.at(i);
    layers::Scene panel = m_common;
    panel.title = km_text(r);
    // One filled area, the union of every site's ring: overlapping translucent rings
    // would darken where they overlap and hide what the panel is about.
    std::vector<Geometry> rings;
    for (const LonLat c : m_sites) rings.push_back(range_ring(c, r).area);
    layers::Layer reach = layers::ring_layer("reach", m_sites.front(), r, "", "", panel.theme, 0);
    reach.features.front().geometry = union_areas(rings);
    reach.style.fill = reach.style.stroke.with_alpha(0.18);
    reach.label = false;
    const auto first_places = std::find_if(panel.layers.begin(), panel.layers.end(),
                                           [](const layers::Layer& l) { return l.role == layers::Role::places; });
    panel.layers.insert(first_places, std::move(reach));
    return panel;
}

} // namespace rangemap::scenario
