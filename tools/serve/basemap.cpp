// SPDX-License-Identifier: MIT
#include "tools/serve/basemap.hpp"

#include "geodata/default_data.hpp"
#include "geodata/geojson_writer.hpp"

#include <cmath>

namespace rangemap::serve {

namespace {

/// The ring on the grid, repeats dropped; empty when fewer than 3 distinct vertices remain.
LinearRing thin(const LinearRing& ring, double grid) {
    LinearRing out;
    for (const LonLat p : ring) {
        const LonLat q{std::round(p.lon / grid) * grid, std::round(p.lat / grid) * grid};
        if (out.empty() || out.back().lon != q.lon || out.back().lat != q.lat) out.push_back(q);
    }
    if (out.size() < 4) return {};
    if (out.front().lon != out.back().lon || out.front().lat != out.back().lat) out.push_back(out.front());
    return out;
}

Geometry thin(const Geometry& g, double grid) {
    Geometry out;
    for (const auto& poly : g.polygons) {
        Polygon p{thin(poly.outer, grid), {}};
        if (p.outer.empty()) continue;
        for (const auto& h : poly.holes) {
            if (auto t = thin(h, grid); !t.empty()) p.holes.push_back(std::move(t));
        }
        out.polygons.push_back(std::move(p));
    }
    return out;
}

std::string layer_json(const std::string& name, const std::optional<BBox>& region, double grid) {
    std::vector<geodata::GeoJsonFeature> features;
    for (const auto& f : geodata::read_natural_earth(name, region).features) {
        Geometry g = thin(f.geometry, grid);
        if (g.empty()) continue;
        geodata::GeoJsonFeature gf{std::move(g), {{"name", f.name}}};
        features.push_back(std::move(gf));
    }
    return geodata::geojson_feature_collection(features);
}

} // namespace

std::string basemap_geojson(const std::optional<BBox>& region, double grid_deg) {
    return "{\"land\":" + layer_json("land", region, grid_deg) +
           ",\"countries\":" + layer_json("countries", region, grid_deg) + "}";
}

} // namespace rangemap::serve
