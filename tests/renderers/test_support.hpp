// SPDX-License-Identifier: MIT
#pragma once
// Scenes and helpers shared by the renderer tests.

#include "layers/scene.hpp"
#include "raster.hpp"
#include "renderers/geometry_types.hpp"

#include "engine/ring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <proj.h>
#include <sstream>
#include <stdexcept>
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
    layers::Layer l{"points", layers::Role::places, {}, {}, "", false, 0, "site"};
    for (const auto& p : pts) l.features.push_back(Feature{"", "points", {}, Geometry{{p}, {}, {}}});
    l.style.marker = layers::Marker::circle;
    l.style.marker_size = size;
    l.style.fill = layers::Rgba::hex(colour);
    return l;
}

inline layers::Layer ring_layer(LonLat centre, double radius_km, const char* colour, double width) {
    layers::Layer l{"ring", layers::Role::ring, {}, {}, "", false, 0, "ring"};
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
    layers::Layer land{"land", layers::Role::land, {}, {}, "", false, 0, ""};
    land.features.push_back(
        Feature{"island",
                "land",
                {},
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

/// Lon/lat -> page, the expected value of the renderer tests, made without MapFrame's
/// projection: PROJ's C API projects (EPSG:4326 to the map's CRS, lon/lat order), and the page
/// mapping is the one the map frame promises, written out: the projected bounds of the extent
/// (a 96 x 96 grid over it) shown whole, as large as the map box allows, centred in it, y down.
class ProjPage {
public:
    ProjPage(const std::string& crs, const BBox& extent, const Box& map) : m_map(map) {
        m_ctx = proj_context_create();
        PJ* raw = proj_create_crs_to_crs(m_ctx, "EPSG:4326", crs.c_str(), nullptr);
        if (!raw) throw std::runtime_error("PROJ does not know " + crs);
        m_pj = proj_normalize_for_visualization(m_ctx, raw);
        proj_destroy(raw);
        if (!m_pj) throw std::runtime_error("PROJ cannot normalise " + crs);
        double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
        const int n = 96;
        for (int i = 0; i <= n; ++i) {
            for (int j = 0; j <= n; ++j) {
                const double lon = extent.min_lon + (extent.max_lon - extent.min_lon) * i / n;
                const double lat = extent.min_lat + (extent.max_lat - extent.min_lat) * j / n;
                const PJ_COORD c = project({lon, lat});
                x0 = std::min(x0, c.xy.x);
                x1 = std::max(x1, c.xy.x);
                y0 = std::min(y0, c.xy.y);
                y1 = std::max(y1, c.xy.y);
            }
        }
        m_scale = std::min(map.width() / (x1 - x0), map.height() / (y1 - y0));
        m_cx = (x0 + x1) / 2;
        m_cy = (y0 + y1) / 2;
    }
    ~ProjPage() {
        proj_destroy(m_pj);
        proj_context_destroy(m_ctx);
    }
    ProjPage(const ProjPage&) = delete;
    ProjPage& operator=(const ProjPage&) = delete;

    [[nodiscard]] PagePoint page(LonLat p) const {
        const PJ_COORD c = project(p);
        return {(m_map.x0 + m_map.x1) / 2 + (c.xy.x - m_cx) * m_scale,
                (m_map.y0 + m_map.y1) / 2 - (c.xy.y - m_cy) * m_scale};
    }
    /// Page -> lon/lat, the inverse of page().
    [[nodiscard]] LonLat lonlat(PagePoint q) const {
        const double x = m_cx + (q.x - (m_map.x0 + m_map.x1) / 2) / m_scale;
        const double y = m_cy - (q.y - (m_map.y0 + m_map.y1) / 2) / m_scale;
        const PJ_COORD c = proj_trans(m_pj, PJ_INV, proj_coord(x, y, 0, 0));
        return {c.lp.lam, c.lp.phi};
    }
    /// Page units per projected metre.
    [[nodiscard]] double scale() const noexcept { return m_scale; }

private:
    [[nodiscard]] PJ_COORD project(LonLat p) const {
        return proj_trans(m_pj, PJ_FWD, proj_coord(std::remainder(p.lon, 360.0), p.lat, 0, 0));
    }
    PJ_CONTEXT* m_ctx = nullptr;
    PJ* m_pj = nullptr;
    Box m_map;
    double m_scale = 1, m_cx = 0, m_cy = 0;
}; // class ProjPage

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
