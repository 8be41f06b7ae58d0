// SPDX-License-Identifier: MIT
#include "tools/scenario/shapes.hpp"

#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/text.hpp"
#include "geodata/ogr_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace rangemap::scenario {

namespace {

void check_vertices(int min_vertices) {
    if (min_vertices < 8 || min_vertices > 100000) {
        throw usage_error(fmt::format("--vertices {} is outside 8..100000", min_vertices));
    }
}

} // namespace

ShapeAnswer ring_answer(const ResolvedPlace& centre, Length radius, int min_vertices, double edge_tolerance_fraction) {
    check_vertices(min_vertices);
    RingOptions ro;
    ro.min_vertices = min_vertices;
    ro.edge_tolerance_fraction = edge_tolerance_fraction;
    const RangeRing ring = range_ring(centre.point(), radius, ro);

    ShapeAnswer s;
    Feature& f = s.feature;
    f.name = fmt::format("{} km ring around {}", format_number(radius.km(), 3), centre.name);
    f.layer = "ring";
    f.geometry = ring.area;
    f.attributes = {
        {"centre_name", centre.name},
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
    auto& p = s.geojson.properties;
    p["name"] = f.name;
    p["centre_name"] = centre.name;
    p["centre_lat"] = ring.centre.lat;
    p["centre_lon"] = ring.centre.lon;
    p["radius_m"] = radius.metres();
    p["max_vertex_error_m"] = ring.max_vertex_error_m;
    p["max_edge_error_m"] = ring.max_edge_error_m;
    p["contains_north_pole"] = ring.contains_north_pole;
    p["contains_south_pole"] = ring.contains_south_pole;
    p["method"] = ring.method;
    p["ellipsoid"] = k_ellipsoid_name;
    s.geojson.geometry = ring.area;
    return s;
}

ShapeAnswer buffer_answer(Session& session, const ResolvedPlace& place, Length distance, double tolerance_fraction) {
    // Held here: the memo may be the only other owner, or none (a place built by hand).
    const std::shared_ptr<const Buffer> held = session.buffer_of(place, distance, tolerance_fraction);
    const Buffer& b = *held;
    ShapeAnswer s;
    Feature& f = s.feature;
    f.name = fmt::format("{} km around {}", format_number(distance.km(), 3), place.name);
    f.layer = "buffer";
    f.geometry = b.area;
    f.attributes = {
        {"centre_name", place.name},
        {"distance_m", fmt::format("{}", distance.metres())},
        {"tolerance_m", fmt::format("{}", tolerance_fraction * distance.metres())},
        {"max_error_m", fmt::format("{:.1f}", b.max_error_m)},
        {"min_edge_distance_m", fmt::format("{:.1f}", b.min_edge_distance_m)},
        {"max_edge_distance_m", fmt::format("{:.1f}", b.max_edge_distance_m)},
        {"method", b.method},
        {"ellipsoid", k_ellipsoid_name},
    };
    auto& p = s.geojson.properties;
    p["name"] = f.name;
    p["centre_name"] = place.name;
    p["distance_m"] = distance.metres();
    p["tolerance_m"] = tolerance_fraction * distance.metres();
    p["max_error_m"] = b.max_error_m;
    p["min_edge_distance_m"] = b.min_edge_distance_m;
    p["max_edge_distance_m"] = b.max_edge_distance_m;
    p["method"] = b.method;
    p["ellipsoid"] = k_ellipsoid_name;
    s.geojson.geometry = b.area;
    return s;
}

ShapeAnswer reach_answer(Session& session, const ResolvedPlace& place, Length radius, int min_vertices,
                         double tolerance_fraction) {
    check_vertices(min_vertices);
    return place.is_point() ? ring_answer(place, radius, min_vertices,
                                          std::min(tolerance_fraction, RingOptions{}.edge_tolerance_fraction))
                            : buffer_answer(session, place, radius, tolerance_fraction);
}

std::string emit_shape(const ShapeAnswer& shape, const std::string& path) {
    if (!path.empty() && path != "-") {
        geodata::write_layer(path, shape.feature.layer, {shape.feature});
        return {};
    }
    return geodata::geojson_feature_collection({shape.geojson});
}

} // namespace rangemap::scenario
