// SPDX-License-Identifier: MIT
#pragma once
/// @file Plain geometry in WGS84 lon/lat: the one representation that crosses module borders.

#include "geo_point.hpp"

#include <map>
#include <string>
#include <vector>

namespace rangemap {

using LineString = std::vector<LonLat>;
/// A closed ring: first vertex repeated as the last.
using LinearRing = std::vector<LonLat>;

struct Polygon {
    LinearRing outer;
    std::vector<LinearRing> holes;
};

/// A collection: any mix of points, lines and polygons (covers Multi* types).
/// Longitudes lie in [-180, 180]; a shape crossing the antimeridian is split there (RFC 7946).
struct Geometry {
    std::vector<LonLat> points;
    std::vector<LineString> lines;
    std::vector<Polygon> polygons;

    [[nodiscard]] bool empty() const noexcept { return points.empty() && lines.empty() && polygons.empty(); }
    [[nodiscard]] std::size_t vertex_count() const noexcept;
};

/// Lon/lat bounding box in degrees.
struct BBox {
    double min_lon = 180, min_lat = 90, max_lon = -180, max_lat = -90;
    [[nodiscard]] bool empty() const noexcept { return min_lon > max_lon; }
    void expand(LonLat p) noexcept;
};
BBox bbox_of(const Geometry& g) noexcept;

/// A named geometry from a layer, with its attributes as text.
struct Feature {
    std::string name;
    std::string layer;
    std::map<std::string, std::string> attributes;
    Geometry geometry;

    /// The attribute's value, or "" when absent.
    [[nodiscard]] std::string attribute(const std::string& key) const;
};

} // namespace rangemap
