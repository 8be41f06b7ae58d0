// SPDX-License-Identifier: MIT
#include "tools/scenario/scene_geojson.hpp"

#include "geodata/geojson_writer.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap::scenario {

namespace {

const char* role_name(layers::Role r) {
    switch (r) {
    case layers::Role::land: return "land";
    case layers::Role::borders: return "borders";
    case layers::Role::buffer: return "buffer";
    case layers::Role::ring: return "ring";
    case layers::Role::places: return "places";
    case layers::Role::callout: return "callout";
    case layers::Role::water: return "water";
    }
    return "other";
}

const char* marker_name(layers::Marker m) {
    switch (m) {
    case layers::Marker::none: return "none";
    case layers::Marker::circle: return "circle";
    case layers::Marker::square: return "square";
    case layers::Marker::triangle: return "triangle";
    case layers::Marker::diamond: return "diamond";
    case layers::Marker::star: return "star";
    }
    return "none";
}

int byte_of(double c) { return static_cast<int>(std::lround(std::clamp(c, 0.0, 1.0) * 255)); }

nlohmann::ordered_json feature_json(const Feature& f) {
    nlohmann::ordered_json j;
    j["type"] = "Feature";
    nlohmann::ordered_json props = nlohmann::ordered_json::object();
    props["name"] = f.name;
    for (const auto& [k, v] : f.attributes) props[k] = v;
    j["properties"] = std::move(props);
    j["geometry"] = geodata::geojson_geometry(f.geometry);
    return j;
}

} // namespace

std::string css_colour(const layers::Rgba& c) {
    return fmt::format("#{:02x}{:02x}{:02x}{:02x}", byte_of(c.r), byte_of(c.g), byte_of(c.b), byte_of(c.a));
}

nlohmann::ordered_json style_json(const layers::Style& s) {
    return {{"fill", css_colour(s.fill)},
            {"stroke", css_colour(s.stroke)},
            {"stroke_width", s.stroke_width},
            {"dash", s.dash},
            {"marker", marker_name(s.marker)},
            {"marker_size", s.marker_size},
            {"label_colour", css_colour(s.label_colour)},
            {"font_size", s.font_size},
            {"bold", s.bold}};
}

nlohmann::ordered_json scene_layers_json(const layers::Scene& scene) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& l : scene.layers) {
        nlohmann::ordered_json fc;
        fc["type"] = "FeatureCollection";
        fc["role"] = role_name(l.role);
        fc["legend"] = l.legend;
        fc["label"] = l.label;
        fc["style"] = style_json(l.style);
        fc["features"] = nlohmann::ordered_json::array();
        for (const auto& f : l.features) fc["features"].push_back(feature_json(f));
        out[l.id] = std::move(fc);
    }
    nlohmann::ordered_json callouts;
    callouts["type"] = "FeatureCollection";
    callouts["role"] = "callout";
    callouts["features"] = nlohmann::ordered_json::array();
    for (const auto& c : scene.callouts) {
        Geometry g;
        g.lines.push_back({c.from, c.to});
        nlohmann::ordered_json f;
        f["type"] = "Feature";
        f["properties"] = {{"label", c.label}};
        f["geometry"] = geodata::geojson_geometry(g);
        callouts["features"].push_back(std::move(f));
    }
    out["callout_lines"] = std::move(callouts);
    return out;
}

nlohmann::ordered_json theme_json(const layers::Theme& t) {
    nlohmann::ordered_json palette = nlohmann::ordered_json::array();
    for (const auto& c : t.ring_palette) palette.push_back(css_colour(c));
    return {{"paper", css_colour(t.paper)},
            {"sea", css_colour(t.sea)},
            {"land", css_colour(t.land)},
            {"coast", css_colour(t.coast)},
            {"border", css_colour(t.border)},
            {"graticule", css_colour(t.graticule)},
            {"frame", css_colour(t.frame)},
            {"text", css_colour(t.text)},
            {"muted_text", css_colour(t.muted_text)},
            {"halo", css_colour(t.halo)},
            {"panel", css_colour(t.panel)},
            {"ring_palette", std::move(palette)},
            {"font", t.font},
            {"label_size", t.label_size},
            {"halo_width", t.halo_width},
            {"land_width", t.land_width},
            {"border_width", t.border_width},
            {"ring_width", t.ring_width},
            {"ring_fill_alpha", t.ring_fill_alpha}};
}

} // namespace rangemap::scenario
