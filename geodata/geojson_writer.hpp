// SPDX-License-Identifier: MIT
#pragma once
/// @file GeoJSON text (RFC 7946: lon/lat, shapes split at the antimeridian) for answers that
/// go to stdout or over HTTP; GIS files go through write_layer.

#include "engine/geometry.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rangemap::geodata {

/// A feature as GeoJSON carries it: geometry plus typed properties.
struct GeoJsonFeature {
    Geometry geometry;
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
};

/// The geometry as a GeoJSON geometry object: Point/MultiPoint, LineString/MultiLineString,
/// Polygon/MultiPolygon, or a GeometryCollection when it mixes them.
nlohmann::ordered_json geojson_geometry(const Geometry& g);

/// A FeatureCollection of `features`, compact, without a trailing newline.
std::string geojson_feature_collection(const std::vector<GeoJsonFeature>& features);

} // namespace rangemap::geodata
