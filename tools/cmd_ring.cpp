// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "session.hpp"

#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"
#include "geodata/ogr_writer.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

namespace rangemap::cli {

namespace {

struct RingCmdOptions {
    std::string centre;
    std::string radius;
    std::string out;
    int vertices = 360;
};

using Json = nlohmann::ordered_json;

Json ring_json(const LinearRing& r) {
    Json a = Json::array();
    for (const auto& p : r) a.push_back({p.lon, p.lat});
    return a;
}

/// RFC 7946 geometry: a Polygon, or a MultiPolygon when split at the antimeridian.
Json geometry_json(const Geometry& g) {
    const auto poly = [](const Polygon& p) {
        Json rings = Json::array({ring_json(p.outer)});
        for (const auto& h : p.holes) rings.push_back(ring_json(h));
        return rings;
    };
    Json out;
    if (g.polygons.size() == 1) {
        out["type"] = "Polygon";
        out["coordinates"] = poly(g.polygons.front());
        return out;
    }
    Json parts = Json::array();
    for (const auto& p : g.polygons) parts.push_back(poly(p));
    out["type"] = "MultiPolygon";
    out["coordinates"] = parts;
    return out;
}

/// Prints a one-feature FeatureCollection, or writes it to `out` when that names a file.
void emit(const Feature& f, const Json& props, const std::string& out) {
    if (!out.empty() && out != "-") {
        geodata::write_layer(out, f.layer, {f});
        return;
    }
    Json feature;
    feature["type"] = "Feature";
    feature["properties"] = props;
    feature["geometry"] = geometry_json(f.geometry);
    Json fc;
    fc["type"] = "FeatureCollection";
    fc["features"] = Json::array({feature});
    std::puts(fc.dump().c_str());
}

/// A line or polygon CENTER: everything within the radius of the feature (a geodesic buffer).
void write_buffer(const ResolvedPlace& place, Length radius, const std::string& out) {
    const Buffer b = buffer(place.feature.geometry, radius);
    Feature f;
    f.name = fmt::format("{} km around {}", format_number(radius.km(), 3), place.name);
    f.layer = "buffer";
    f.geometry = b.area;
    f.attributes = {
        {"centre_name", place.name},
        {"distance_m", fmt::format("{}", radius.metres())},
        {"max_error_m", fmt::format("{:.1f}", b.max_error_m)},
        {"min_edge_distance_m", fmt::format("{:.1f}", b.min_edge_distance_m)},
        {"max_edge_distance_m", fmt::format("{:.1f}", b.max_edge_distance_m)},
        {"method", b.method},
        {"ellipsoid", k_ellipsoid_name},
    };
    Json props;
    props["name"] = f.name;
    props["centre_name"] = place.name;
    props["distance_m"] = radius.metres();
    props["max_error_m"] = b.max_error_m;
    props["min_edge_distance_m"] = b.min_edge_distance_m;
    props["max_edge_distance_m"] = b.max_edge_distance_m;
    props["method"] = b.method;
    props["ellipsoid"] = k_ellipsoid_name;
    emit(f, props, out);
}

void run_ring(const RingCmdOptions& o, const CommonOptions& common) {
    const Length radius = Length::parse(o.radius);
    if (o.vertices < 8 || o.vertices > 100000) {
        throw usage_error(fmt::format("--vertices {} is outside 8..100000", o.vertices));
    }
    Session session(common);
    const ResolvedPlace place = session.resolve(o.centre);
    if (!place.is_point()) {
        write_buffer(place, radius, o.out);
        return;
    }
    RingOptions ro;
    ro.min_vertices = o.vertices;
    const RangeRing ring = range_ring(place.point(), radius, ro);

    Feature f;
    f.name = fmt::format("{} km ring around {}", format_number(radius.km(), 3), place.name);
    f.layer = "ring";
    f.geometry = ring.area;
    f.attributes = {
        {"centre_name", place.name},
        {"centre_lat", fmt::format("{}", ring.centre.lat)},
        {"centre_lon", fmt::format("{}", ring.centre.lon)},
        {"radius_m", fmt::format("{}", radius.metres())},
        {"max_vertex_error_m", fmt::format("{:.3g}", ring.max_vertex_error_m)},
        {"max_edge_error_m", fmt::format("{:.3f}", ring.max_edge_error_m)},
        {"contains_north_pole", ring.contains_north_pole ? "1" : "0"},
        {"contains_south_pole", ring.contains_south_pole ? "1" : "0"},
        {"method", ring.method},
        {"ellipsoid", k_ellipsoid_name},
    };
    if (!o.out.empty() && o.out != "-") {
        geodata::write_layer(o.out, "ring", {f});
        return;
    }
    Json props;
    props["name"] = f.name;
    props["centre_name"] = place.name;
    props["centre_lat"] = ring.centre.lat;
    props["centre_lon"] = ring.centre.lon;
    props["radius_m"] = radius.metres();
    props["max_vertex_error_m"] = ring.max_vertex_error_m;
    props["max_edge_error_m"] = ring.max_edge_error_m;
    props["contains_north_pole"] = ring.contains_north_pole;
    props["contains_south_pole"] = ring.contains_south_pole;
    props["method"] = ring.method;
    props["ellipsoid"] = k_ellipsoid_name;
    Json feature;
    feature["type"] = "Feature";
    feature["properties"] = props;
    feature["geometry"] = geometry_json(ring.area);
    Json fc;
    fc["type"] = "FeatureCollection";
    fc["features"] = Json::array({feature});
    std::puts(fc.dump().c_str());
}

} // namespace

void add_ring_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<RingCmdOptions>();
    CLI::App* cmd = app.add_subcommand("ring", "The geodesic circle of a radius around a place (or everything within it of a line or polygon feature), as GeoJSON or a GIS file");
    cmd->add_option("CENTER", opts->centre, "Place: LAT,LON or a name")->required();
    cmd->add_option("--radius", opts->radius, "Radius: 1000km, 621mi, 540nmi, 250000 (metres)")->required();
    cmd->add_option("--out", opts->out, "Write here instead of stdout; the extension picks the format (.geojson, .gpkg, .shp)")
        ->type_name("FILE");
    cmd->add_option("--vertices", opts->vertices, "Fewest vertices on the circle (more are added where needed)")
        ->capture_default_str();
    cmd->callback([opts, &common] { run_ring(*opts, common); });
}

} // namespace rangemap::cli
