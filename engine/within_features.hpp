// SPDX-License-Identifier: MIT
#pragma once
/// @file Which features lie within a geodesic distance of a place: the one function behind
/// `rangemap within` and scenario `within` questions.

#include "geometry.hpp"

#include <cstddef>
#include <vector>

namespace rangemap {

struct FeatureWithin {
    std::size_t candidate; ///< position in the candidates given
    LonLat point;          ///< the feature's point nearest the centre (a witness for lines and polygons)
    double distance_m;     ///< geodesic distance on WGS84, metres (0 inside a polygon centre)
};

/// The candidates within `radius_m` metres of `centre` (a point, or a line or polygon: then
/// the distance to its nearest part), nearest first, ties in candidate order. Point features
/// go through one WithinIndex over all their points (a multipoint counts by its nearest
/// point); line and polygon candidates by their minimum geodesic distance.
/// @throws usage_error for an empty centre; data_error when GEOS rejects a geometry.
std::vector<FeatureWithin> features_within(const Geometry& centre, double radius_m,
                                           const std::vector<const Feature*>& candidates);

} // namespace rangemap
