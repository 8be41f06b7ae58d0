// SPDX-License-Identifier: MIT
#pragma once
// Scenes and helpers shared by the renderer tests.

#include "layers/scene.hpp"
#include "renderers/raster.hpp"

#include "engine/ring.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace rangemap::render::test {

/// A bare scene: white paper and sea, no graticule, legend, scale bar or titles, so that
/// only the layers under test leave coloured pixels.
inline layers::Scene bare_scene(BBox extent, int w = 800, int h = 600) {
    layers::Scene s;
    s.frame.extent = extent;
    s.frame.width = w;
    s.frame.height = h;
    s.frame.graticule = false;
    s.frame.legend = false;
    s.frame.scale_bar = false;
    s.theme.sea = layers::Rgba::hex("#ffffff");
    s.theme.paper = layers::Rgba::hex("#ffffff");
    s.theme.frame = layers::Rgba::hex("#ffffff");
    return s;
}

inline layers::Layer point_layer(const std::vector<LonLat>& pts, const char* colour, double size) {
    layers::Layer l{"points", layers::Role::places, {}, {}, "", false, 0};
    for (const auto& p : pts) l.features.push_back(Feature{"", "points", {}, Geometry{{p}, {}, {}}});
    l.style.marker = layers::Marker::circle;
    l.style.marker_size = size;
    l.style.fill = layers::Rgba::hex(colour);
    return l;
}

inline layers::Layer ring_layer(LonLat centre, double radius_km, const char* colour, double width) {
    layers::Layer l{"ring", layers::Role::ring, {}, {}, "", false, 0};
    l.features.push_back(Feature{"ring", "ring", {}, range_ring(centre, Length::km(radius_km)).area});
    l.style.stroke = layers::Rgba::hex(colour);
    l.style.stroke_width = width;
    return l;
}

/// The scene of the golden image and the format comparisons: land, a ring with a label,
/// labelled places, a callout, graticule, legend, scale bar and titles.
inline layers::Scene rich_scene() {
    layers::Scene s;
    s.title = "Test figure";
    s.subtitle = "A ring, places and a callout";
    s.credit = "Synthetic data; distances on WGS84";
    s.frame.extent = BBox{120, 20, 135, 32};
    s.frame.width = 600;
    s.frame.height = 400;
    layers::Layer land{"land", layers::Role::land, {}, {}, "", false, 0};
    land.features.push_back(Feature{"island", "land", {},
                                    Geometry{{}, {}, {Polygon{{{124, 24}, {128, 23}, {129, 27}, {125, 28}, {124, 24}}, {}}}}});
    land.style.fill = s.theme.land;
    land.style.stroke = s.theme.coast;
    s.layers.push_back(land);
    auto ring = ring_layer({127.7675, 26.3556}, 500, "#c6361b", 2.0);
    ring.label = true;
    ring.legend = "500 km ring";
    ring.features[0].name = "500 km";
    ring.style.fill = ring.style.stroke.with_alpha(0.08);
    s.layers.push_back(ring);
    auto places = point_layer({{127.7675, 26.3556}, {127.8, 26.4}, {129.7, 33.1}, {122.95, 24.45}}, "#1d3f72", 9);
    places.features[0].name = "Kadena";
    places.features[1].name = "Camp Hansen";
    places.features[2].name = "Sasebo";
    places.features[3].name = "与那国 Yonaguni";
    places.label = true;
    places.legend = "Base";
    places.style.font_size = 13;
    s.layers.push_back(places);
    s.callouts.push_back({{121.93, 24.56}, {122.94, 24.45}, "~108 km"});
    return s;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

/// A fresh temporary folder.
inline std::string temp_dir() {
    char tmpl[] = "/tmp/rangemap-test-XXXXXX";
    const char* d = mkdtemp(tmpl);
    return d ? std::string(d) : std::string("/tmp");
}

} // namespace rangemap::render::test
