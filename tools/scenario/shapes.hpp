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

namespace rangemap::scenario {

/// A shape in both forms: `feature` with text attributes (for write_layer) and `geojson` with
/// typed properties (for stdout and HTTP). The same geometry in both.
struct ShapeAnswer {
    Feature feature;
    geodata::GeoJsonFeature geojson;
};

/// The geodesic circle of `radius` around a point place (engine range_ring).
/// @param min_vertices fewest vertices on the circle, 8..100000.
/// @param edge_tolerance_fraction largest straying of an edge from the circle, of the radius.
/// @throws usage_error for a radius past the antipode or a vertex count out of range.
ShapeAnswer ring_answer(const ResolvedPlace& centre, Length radius, int min_vertices = 360,
                        double edge_tolerance_fraction = RingOptions{}.edge_tolerance_fraction);

/// Everything within `distance` of a line or polygon place (engine buffer, through the
/// session's memo), with its achieved error, within `tolerance_fraction` of the distance.
/// @throws usage_error for a distance or tolerance beyond the buffer's limits; data_error
///         when the tolerance cannot be met.
ShapeAnswer buffer_answer(Session& session, const ResolvedPlace& feature, Length distance,
                          double tolerance_fraction = k_default_buffer_tolerance);

/// `ring_answer` for a point place (its edges within the tolerance too, if finer than the
/// ring's own), `buffer_answer` for a line or polygon.
ShapeAnswer reach_answer(Session& session, const ResolvedPlace& place, Length radius, int min_vertices = 360,
                         double tolerance_fraction = k_default_buffer_tolerance);

/// Writes the shape to `path` (a GIS file, the format from the extension), or returns its
/// GeoJSON FeatureCollection text when `path` is empty or "-".
/// @throws usage_error for an unknown extension; io_error when the file cannot be written.
std::string emit_shape(const ShapeAnswer& shape, const std::string& path);

} // namespace rangemap::scenario
