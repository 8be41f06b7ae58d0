// SPDX-License-Identifier: MIT
#pragma once
// Reads the small GeoJSON extracts of the default data kept under tests/data/geodesic
// (see tests/data/geodesic/README.md for the commands that made them).

#include "engine/geometry.hpp"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace rangemap::test {

inline LinearRing ring_of(const nlohmann::json& coords) {
    LinearRing r;
    for (const auto& c : coords) r.push_back({c.at(0).get<double>(), c.at(1).get<double>()});
    return r;
}

inline Polygon polygon_of(const nlohmann::json& rings) {
    Polygon p;
    p.outer = ring_of(rings.at(0));
    for (std::size_t i = 1; i < rings.size(); ++i) p.holes.push_back(ring_of(rings.at(i)));
    return p;
}

/// Features of a GeoJSON file by their "name" property (polygons and multipolygons only).
inline std::map<std::string, Geometry> read_named_polygons(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    const auto j = nlohmann::json::parse(in);
    std::map<std::string, Geometry> out;
    for (const auto& f : j.at("features")) {
        Geometry g;
        const auto& geom = f.at("geometry");
        const std::string type = geom.at("type");
        if (type == "Polygon") g.polygons.push_back(polygon_of(geom.at("coordinates")));
        if (type == "MultiPolygon")
            for (const auto& p : geom.at("coordinates")) g.polygons.push_back(polygon_of(p));
        out[f.at("properties").at("name").get<std::string>()] = std::move(g);
    }
    return out;
}

inline std::string geodesic_data(const std::string& file) {
    return std::string(RANGEMAP_TEST_DATA) + "/geodesic/" + file;
}

} // namespace rangemap::test
