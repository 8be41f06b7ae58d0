// SPDX-License-Identifier: MIT
#pragma once
/// @file One position that stands for a feature: for listings, labels and JSON output.

#include "engine/geometry.hpp"

#include <optional>

namespace rangemap::geodata {

/// The point itself for a point feature; for lines and polygons, a point on the largest part
/// (largest by area in degrees², then by vertex count), inside it when it is a polygon
/// (OGR PointOnSurface). Returns nullopt for an empty geometry.
std::optional<LonLat> label_point(const Geometry& g);

} // namespace rangemap::geodata
