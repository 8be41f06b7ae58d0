// SPDX-License-Identifier: MIT
#include "geojson_writer.hpp"

namespace rangemap::geodata {

namespace {

using Json = nlohmann::ordered_json;

Json position(LonLat p) { return Json::array({p.lon, p.lat}); }

Json positions(const std::vector<LonLat>& line) {
    Json a = Json::array();
    for (const auto& p : line) a.push_back(position(p));
    return a;
}

Json polygon(const Polygon& p) {
    Json rings = Json::array({positions(p.outer)});
    for (const auto& h : p.holes) rings.push_back(positions(h));
    return rings;
}

Json typed(const char* type, Json coordinates) {
    Json out;
    out["type"] = type;
    out["coordinates"] = std::move(coordinates);
    return out;
}

Json points_json(const std::vector<LonLat>& pts) {
    return pts.size() == 1 ? typed("Point", position(pts.front())) : typed("MultiPoint", positions(pts));
}

Json lines_json(const std::vector<LineString>& lines) {
    if (lines.size() == 1) return typed("LineString", positions(lines.front()));
    Json all = Json::array();
    for (const auto& l : lines) all.push_back(positions(l));
    return typed("MultiLineString", std::move(all));
}

Json polygons_json(const std::vector<Polygon>& polys) {
    if (polys.size() == 1) return typed("Polygon", polygon(polys.front()));
    Json all = Json::array();
    for (const auto& p : polys) all.push_back(polygon(p));
    return typed("MultiPolygon", std::move(all));
}

} // namespace

nlohmann::ordered_json geojson_geometry(const Geometry& g) {
    const int kinds = !g.points.empty() + !g.lines.empty() + !g.polygons.empty();
    if (kinds == 0) return nullptr; // RFC 7946 3.2: an unlocated feature
    if (kinds == 1) {
        if (!g.polygons.empty()) return polygons_json(g.polygons);
        if (!g.lines.empty()) return lines_json(g.lines);
        return points_json(g.points);
    }
    Json parts = Json::array();
    if (!g.points.empty()) parts.push_back(points_json(g.points));
    if (!g.lines.empty()) parts.push_back(lines_json(g.lines));
    if (!g.polygons.empty()) parts.push_back(polygons_json(g.polygons));
    Json out;
    out["type"] = "GeometryCollection";
    out["geometries"] = std::move(parts);
    return out;
}

std::string geojson_feature_collection(const std::vector<GeoJsonFeature>& features) {
    Json all = Json::array();
    for (const auto& f : features) {
        Json feature;
        feature["type"] = "Feature";
        feature["properties"] = f.properties;
        feature["geometry"] = geojson_geometry(f.geometry);
        all.push_back(std::move(feature));
    }
    Json fc;
    fc["type"] = "FeatureCollection";
    fc["features"] = std::move(all);
    return fc.dump();
}

} // namespace rangemap::geodata
