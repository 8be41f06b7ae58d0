// SPDX-License-Identifier: MIT
// Fuzzes geometry input through the engine. Input: a first line holding a length (the ring and
// buffer radius; "1000km" when it does not parse), then WKT or GeoJSON (when it starts with '{').
// The geometry is read by GDAL, converted as the readers convert it (geodata::to_geometry), and
// handed to min_distance (against a fixed polygon and point, and against itself), area_m2,
// buffer (at most 2,000 km; few vertices, a boundary at most 50 radii long) and range_ring
// around its first vertex. Refusals must be rangemap errors; anything else is a finding. Sizes
// are bounded (vertex count, radius, boundary length) so each input runs in milliseconds.
#include "engine/area.hpp"
#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/length.hpp"
#include "engine/min_distance.hpp"
#include "engine/ring.hpp"
#include "geodata/ogr_convert.hpp"

#include <algorithm>
#include <cpl_error.h>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <string>
#include <vector>

namespace {

constexpr std::size_t k_max_vertices = 2000;
// Buffers cost far more per vertex than distances; keep each input fast.
constexpr std::size_t k_max_buffer_vertices = 200;
// A buffer's boundary needs vertices in proportion to its length over the radius, whatever the
// input's vertex count: a 50 km buffer of a polygon around the globe is seconds of exact work.
constexpr double k_max_buffer_length_per_radius = 50;

std::unique_ptr<OGRGeometry> parse_geometry(const std::string& text) {
    OGRGeometry* g = nullptr;
    if (!text.empty() && text.front() == '{') {
        g = OGRGeometry::FromHandle(OGR_G_CreateGeometryFromJson(text.c_str()));
    } else {
        const char* wkt = text.c_str();
        if (OGRGeometryFactory::createFromWkt(&wkt, nullptr, &g) != OGRERR_NONE) g = nullptr;
    }
    return std::unique_ptr<OGRGeometry>(g);
}

const rangemap::LonLat* first_vertex(const rangemap::Geometry& g) {
    if (!g.points.empty()) return &g.points.front();
    if (!g.lines.empty() && !g.lines.front().empty()) return &g.lines.front().front();
    if (!g.polygons.empty() && !g.polygons.front().outer.empty()) return &g.polygons.front().outer.front();
    return nullptr;
}

rangemap::Geometry reference() {
    rangemap::Geometry ref;
    ref.polygons.push_back({{{121.0, 22.0}, {122.0, 22.0}, {122.0, 25.3}, {121.0, 25.3}, {121.0, 22.0}}, {}});
    ref.points.push_back({144.79, 13.44});
    return ref;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto eol = input.find('\n');
    if (eol == std::string::npos) return 0;
    rangemap::Length radius = rangemap::Length::km(1000);
    try {
        radius = rangemap::Length::parse(input.substr(0, eol));
    } catch (const rangemap::usage_error&) {}
    const auto ogr = parse_geometry(input.substr(eol + 1));
    if (!ogr) return 0;
    try {
        std::vector<std::string> notes;
        const auto g = rangemap::geodata::to_geometry(*ogr, "fuzz", "feature 1", notes);
        if (g.empty() || g.vertex_count() > k_max_vertices) return 0;
        static const auto ref = reference();
        (void)rangemap::min_distance(g, ref);
        (void)rangemap::min_distance(ref, g);
        (void)rangemap::min_distance(g, g);
        (void)rangemap::area_m2(g);
        const auto buffer_radius = std::min(radius, rangemap::Length::km(2000));
        if (g.vertex_count() <= k_max_buffer_vertices &&
            rangemap::length_m(g) <= k_max_buffer_length_per_radius * buffer_radius.metres()) {
            try {
                (void)rangemap::buffer(g, buffer_radius);
            } catch (const rangemap::usage_error&) {}
        }
        if (const auto* v = first_vertex(g)) {
            try {
                (void)rangemap::range_ring(*v, radius);
            } catch (const rangemap::usage_error&) {
                // the vertex is out of range or the radius reaches past the antipode
            }
        }
    } catch (const rangemap::error&) {}
    return 0;
}
