// SPDX-License-Identifier: MIT
#pragma once
/// @file Range rings and buffers as answers: the feature a GIS file gets and the GeoJSON one,
/// with what they are and how exact, for every front-end.

#include "tools/scenario/resolved_place.hpp"
#include "tools/scenario/session.hpp"

#include "engine/length.hpp"
#include "engine/ring.hpp"
#include "engine/tolerance.hpp"
#include "geodata/geojson_writer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::scenario {

/// A shape in both forms: `feature` with text attributes (for write_layer) and `geojson` with
/// typed properties (for stdout and HTTP). The same geometry in both.
struct ShapeAnswer {
    Feature feature;
    geodata::GeoJsonFeature geojson;
};

/// The geodesic circle of `radius` around a point place (engine range_ring), or with a
/// `min_radius` above zero the annulus between the two circles (engine range_annulus).
/// @param min_vertices fewest vertices on the circle, 8..100000.
/// @param edge_tolerance_fraction largest straying of an edge from the circle, of the radius.
/// @throws usage_error for a radius past the antipode, a minimum radius not below the radius,
///         or a vertex count out of range.
ShapeAnswer ring_answer(const ResolvedPlace& centre, Length radius, int min_vertices = 360,
                        double edge_tolerance_fraction = RingOptions{}.edge_tolerance_fraction, Length min_radius = {});

/// A sector (range fan) around a point place (engine range_sector): azimuth and width in
/// degrees (width (0, 360]), radii in metres, `min_vertices` per full circle as for rings.
/// @throws usage_error for a bad azimuth, width, radii or vertex count.
ShapeAnswer sector_answer(const ResolvedPlace& centre, double azimuth_deg, double width_deg, Length radius,
                          Length min_radius = {}, int min_vertices = 360);

/// The azimuths of `count` radials (1..360): around a ring from north every 360/count
/// degrees; across a sector from one side to the other (its centre line for one).
/// @throws usage_error for a count out of range.
std::vector<double> radial_azimuths(int count, double azimuth_deg = 0, double width_deg = 360);

/// Geodesic bearing lines from a point place out to `length` (engine radial_line), one
/// LineString feature each with its bearing.
std::vector<ShapeAnswer> radial_answers(const ResolvedPlace& centre, Length length, const std::vector<double>& azimuths,
                                        Length start = {});

/// Everything within `distance` of a line or polygon place (engine buffer, through the
/// session's memo), with its achieved error, within `tolerance_fraction` of the distance.
/// @throws usage_error for a distance or tolerance beyond the buffer's limits; data_error
///         when the tolerance cannot be met.
ShapeAnswer buffer_answer(Session& session, const ResolvedPlace& feature, Length distance,
                          double tolerance_fraction = k_default_buffer_tolerance);

/// `ring_answer` for a point place (its edges within the tolerance too, if finer than the
/// ring's own), `buffer_answer` for a line or polygon.
/// With a `min_radius` above zero, the points within `radius` but not within `min_radius`
/// (an annulus, or a buffer less the nearer buffer).
ShapeAnswer reach_answer(Session& session, const ResolvedPlace& place, Length radius, int min_vertices = 360,
                         double tolerance_fraction = k_default_buffer_tolerance, Length min_radius = {});

/// What `rangemap ring` and /api/ring ask: a ring, annulus or buffer and its radials.
struct RingRequest {
    Length radius;
    Length min_radius;          ///< zero: none
    std::optional<int> radials; ///< 1..360 when given
    int vertices = 360;
    std::string tolerance; ///< a buffer's, as users write it ("0.1%", "50m"); empty: the default
};

/// The ring (or buffer) around `centre` and its radials, in that order.
/// @throws usage_error for a bad place or request, radials around a feature.
std::vector<ShapeAnswer> ring_shapes(Session& session, const std::string& centre, const RingRequest& request);
/// The same around a place already resolved (Python's shapes).
std::vector<ShapeAnswer> ring_shapes(Session& session, const ResolvedPlace& centre, const RingRequest& request);

/// What `rangemap sector` and /api/sector ask.
struct SectorRequest {
    std::string azimuth, width; ///< degrees, as given
    Length radius, min_radius;
    std::optional<int> radials;
    int vertices = 360;
};

/// The sector around the point place `centre` and its radials, in that order.
/// @throws usage_error for a bad place (or a feature) or request.
std::vector<ShapeAnswer> sector_shapes(Session& session, const std::string& centre, const SectorRequest& request);
/// The same around a place already resolved (Python's shapes).
std::vector<ShapeAnswer> sector_shapes(const ResolvedPlace& centre, const SectorRequest& request);

/// Writes the shapes to `path` (one layer of a GIS file, the format from the extension), or
/// returns their GeoJSON FeatureCollection text when `path` is empty or "-".
/// @throws usage_error for an unknown extension; io_error when the file cannot be written.
std::string emit_shapes(const std::vector<ShapeAnswer>& shapes, const std::string& path);
inline std::string emit_shape(const ShapeAnswer& shape, const std::string& path) { return emit_shapes({shape}, path); }

} // namespace rangemap::scenario
