// SPDX-License-Identifier: MIT
#include "tools/scenario/shapes.hpp"

#include "engine/antimeridian.hpp"
#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/overlay.hpp"
#include "engine/sector.hpp"
#include "engine/text.hpp"
#include "geodata/ogr_writer.hpp"
#include "layers/style.hpp"
#include "layers/theme.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace rangemap::scenario {

namespace {

void check_vertices(int min_vertices) {
    if (min_vertices < 8 || min_vertices > 100000) {
        throw usage_error(fmt::format("--vertices {} is outside 8..100000", min_vertices));
    }
}
/// The style of a shape as the map draws it (the theme's first ring colour), for KML files.
std::string shape_style(double fill_scale, double width_scale) {
    const layers::Theme theme = layers::default_theme();
    layers::Style s;
    s.stroke = layers::ring_colour(theme, 0);
    s.fill = s.stroke.with_alpha(theme.ring_fill_alpha * fill_scale);
    s.stroke_width = theme.ring_width * width_scale;
    return layers::ogr_style_string(s);
}

/// The typed properties as the text attributes a GIS file gets ("name" is the feature's own).
std::map<std::string, std::string> text_attributes(const nlohmann::ordered_json& properties) {
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : properties.items()) {
        if (key == "name") continue;
        if (value.is_string()) {
            out[key] = value.get<std::string>();
        } else if (value.is_boolean()) {
            out[key] = value.get<bool>() ? "1" : "0";
        } else {
            out[key] = value.dump();
        }
    }
    return out;
}

} // namespace

ShapeAnswer ring_answer(const ResolvedPlace& centre, Length radius, int min_vertices, double edge_tolerance_fraction,
                        Length min_radius) {
    check_vertices(min_vertices);
    RingOptions ro;
    ro.min_vertices = min_vertices;
    ro.edge_tolerance_fraction = edge_tolerance_fraction;
    const RangeRing ring = range_annulus(centre.point(), radius, min_radius, ro);

    ShapeAnswer s;
    Feature& f = s.feature;
    f.name = min_radius.metres() > 0 ? fmt::format("{}–{} km annulus around {}", format_number(min_radius.km(), 3),
                                                   format_number(radius.km(), 3), centre.name)
                                     : fmt::format("{} km ring around {}", format_number(radius.km(), 3), centre.name);
    f.layer = "ring";
    f.geometry = ring.area;
    f.attributes = {
        {"centre_name", centre.name},
        {"centre_lat", fmt::format("{}", ring.centre.lat)},
        {"centre_lon", fmt::format("{}", ring.centre.lon)},
        {"radius_m", fmt::format("{}", radius.metres())},
    };
    if (min_radius.metres() > 0) f.attributes["min_radius_m"] = fmt::format("{}", min_radius.metres());
    f.attributes["max_vertex_error_m"] = fmt::format("{:.3g}", ring.max_vertex_error_m);
    f.attributes["max_edge_error_m"] = fmt::format("{:.3f}", ring.max_edge_error_m);
    f.attributes["contains_north_pole"] = ring.contains_north_pole ? "1" : "0";
    f.attributes["contains_south_pole"] = ring.contains_south_pole ? "1" : "0";
    f.attributes["method"] = ring.method;
    f.attributes["ellipsoid"] = k_ellipsoid_name;
    auto& p = s.geojson.properties;
    p["name"] = f.name;
    p["centre_name"] = centre.name;
    p["centre_lat"] = ring.centre.lat;
    p["centre_lon"] = ring.centre.lon;
    p["radius_m"] = radius.metres();
    if (min_radius.metres() > 0) p["min_radius_m"] = min_radius.metres();
    p["max_vertex_error_m"] = ring.max_vertex_error_m;
    p["max_edge_error_m"] = ring.max_edge_error_m;
    p["contains_north_pole"] = ring.contains_north_pole;
    p["contains_south_pole"] = ring.contains_south_pole;
    p["method"] = ring.method;
    p["ellipsoid"] = k_ellipsoid_name;
    s.geojson.geometry = ring.area;
    return s;
}

ShapeAnswer sector_answer(const ResolvedPlace& centre, double azimuth_deg, double width_deg, Length radius,
                          Length min_radius, int min_vertices) {
    check_vertices(min_vertices);
    RingOptions ro;
    ro.min_vertices = min_vertices;
    const RangeSector sec = range_sector(centre.point(), azimuth_deg, width_deg, radius, min_radius, ro);

    ShapeAnswer s;
    Feature& f = s.feature;
    f.name = fmt::format("{} km sector around {}, {}° ± {}°", format_number(radius.km(), 3), centre.name,
                         format_number(sec.azimuth_deg, 3), format_number(width_deg / 2, 3));
    f.layer = "sector";
    f.geometry = sec.area;
    auto& p = s.geojson.properties;
    p["name"] = f.name;
    p["centre_name"] = centre.name;
    p["centre_lat"] = sec.centre.lat;
    p["centre_lon"] = sec.centre.lon;
    p["azimuth_deg"] = sec.azimuth_deg;
    p["width_deg"] = width_deg;
    p["radius_m"] = radius.metres();
    p["min_radius_m"] = min_radius.metres();
    p["max_arc_error_m"] = sec.max_arc_error_m;
    p["max_side_error_deg"] = sec.max_side_error_deg;
    p["max_edge_error_m"] = sec.max_edge_error_m;
    p["contains_north_pole"] = sec.contains_north_pole;
    p["contains_south_pole"] = sec.contains_south_pole;
    p["method"] = sec.method;
    p["ellipsoid"] = k_ellipsoid_name;
    s.geojson.geometry = sec.area;
    f.attributes = text_attributes(p);
    return s;
}

std::vector<double> radial_azimuths(int count, double azimuth_deg, double width_deg) {
    if (count < 1 || count > 360) throw usage_error(fmt::format("--radials {} is outside 1..360", count));
    std::vector<double> out;
    if (width_deg >= 360) {
        for (int k = 0; k < count; ++k) out.push_back(azimuth_deg + 360.0 * k / count);
    } else if (count == 1) {
        out.push_back(azimuth_deg);
    } else {
        for (int k = 0; k < count; ++k) out.push_back(azimuth_deg - width_deg / 2 + width_deg * k / (count - 1));
    }
    for (double& a : out) a = std::fmod(std::fmod(a, 360.0) + 360.0, 360.0);
    return out;
}

std::vector<ShapeAnswer> radial_answers(const ResolvedPlace& centre, Length length, const std::vector<double>& azimuths,
                                        Length start) {
    std::vector<ShapeAnswer> out;
    for (const double azi : azimuths) {
        ShapeAnswer s;
        Feature& f = s.feature;
        f.name = fmt::format("{}°", format_number(azi, 1));
        f.layer = "radial";
        f.geometry = radial_line(centre.point(), azi, length, {}, start);
        auto& p = s.geojson.properties;
        p["name"] = f.name;
        p["centre_name"] = centre.name;
        p["bearing_deg"] = azi;
        p["length_m"] = length.metres();
        if (start.metres() > 0) p["start_m"] = start.metres();
        p["method"] = "geodesic direct on WGS84 (Karney 2013)";
        s.geojson.geometry = f.geometry;
        f.attributes = text_attributes(p);
        f.attributes[geodata::k_style_attribute] = shape_style(0, 0.5);
        out.push_back(std::move(s));
    }
    return out;
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
                         double tolerance_fraction, Length min_radius) {
    check_vertices(min_vertices);
    if (place.is_point()) {
        return ring_answer(place, radius, min_vertices,
                           std::min(tolerance_fraction, RingOptions{}.edge_tolerance_fraction), min_radius);
    }
    ShapeAnswer s = buffer_answer(session, place, radius, tolerance_fraction);
    if (min_radius.metres() > 0) {
        if (min_radius >= radius) {
            throw usage_error(fmt::format("minimum radius {} km is not below the radius {} km",
                                          format_number(min_radius.km(), 3), format_number(radius.km(), 3)));
        }
        const std::shared_ptr<const Buffer> inner = session.buffer_of(place, min_radius, tolerance_fraction);
        s.feature.geometry = subtract_areas(s.feature.geometry, inner->area);
        orient_rfc7946(s.feature.geometry);
        s.geojson.geometry = s.feature.geometry;
        s.feature.name = fmt::format("{}–{} km around {}", format_number(min_radius.km(), 3),
                                     format_number(radius.km(), 3), place.name);
        s.geojson.properties["name"] = s.feature.name;
        s.geojson.properties["min_radius_m"] = min_radius.metres();
        s.feature.attributes["min_radius_m"] = fmt::format("{}", min_radius.metres());
    }
    return s;
}

namespace {

/// A number of degrees from user text. @throws usage_error naming what it is.
double degrees(const std::string& text, const char* what) {
    if (const std::string_view problem = number_problem(text); !problem.empty()) {
        throw usage_error(fmt::format("{} '{}' {} (expected degrees, e.g. 270)", what, text, problem));
    }
    return *parse_double(text);
}

std::string geometry_kind(const ResolvedPlace& p) { return p.feature.geometry.polygons.empty() ? "line" : "polygon"; }

} // namespace

std::vector<ShapeAnswer> ring_shapes(Session& session, const std::string& centre, const RingRequest& request) {
    return ring_shapes(session, session.resolve(centre), request);
}

std::vector<ShapeAnswer> ring_shapes(Session& session, const ResolvedPlace& place, const RingRequest& request) {
    const double tolerance = request.tolerance.empty() ? k_default_buffer_tolerance
                                                       : parse_buffer_tolerance(request.tolerance, request.radius);
    const std::vector<double> azimuths = request.radials ? radial_azimuths(*request.radials) : std::vector<double>{};
    if (!azimuths.empty() && !place.is_point()) {
        throw usage_error(
            fmt::format("--radials need a point CENTER; '{}' is a {} feature", place.query, geometry_kind(place)));
    }
    std::vector<ShapeAnswer> shapes{
        reach_answer(session, place, request.radius, request.vertices, tolerance, request.min_radius)};
    shapes.front().feature.attributes[geodata::k_style_attribute] = shape_style(place.is_point() ? 1.0 : 1.5, 1.0);
    for (auto& r : radial_answers(place, request.radius, azimuths, request.min_radius)) shapes.push_back(std::move(r));
    return shapes;
}

std::vector<ShapeAnswer> sector_shapes(Session& session, const std::string& centre, const SectorRequest& request) {
    return sector_shapes(session.resolve(centre), request);
}

std::vector<ShapeAnswer> sector_shapes(const ResolvedPlace& place, const SectorRequest& request) {
    const double azimuth = degrees(request.azimuth, "--azimuth"), width = degrees(request.width, "--width");
    const std::vector<double> azimuths =
        request.radials ? radial_azimuths(*request.radials, azimuth, width) : std::vector<double>{};
    if (!place.is_point()) {
        throw usage_error(
            fmt::format("sector CENTER must be a point; '{}' is a {} feature", place.query, geometry_kind(place)));
    }
    std::vector<ShapeAnswer> shapes{
        sector_answer(place, azimuth, width, request.radius, request.min_radius, request.vertices)};
    shapes.front().feature.attributes[geodata::k_style_attribute] = shape_style(1.0, 1.0);
    for (auto& r : radial_answers(place, request.radius, azimuths, request.min_radius)) shapes.push_back(std::move(r));
    return shapes;
}

std::string emit_shapes(const std::vector<ShapeAnswer>& shapes, const std::string& path) {
    if (!path.empty() && path != "-") {
        std::vector<Feature> features;
        for (const auto& s : shapes) features.push_back(s.feature);
        geodata::write_layer(path, shapes.empty() ? "shapes" : shapes.front().feature.layer, features);
        return {};
    }
    std::vector<geodata::GeoJsonFeature> features;
    for (const auto& s : shapes) features.push_back(s.geojson);
    return geodata::geojson_feature_collection(features);
}

} // namespace rangemap::scenario
