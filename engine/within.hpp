// SPDX-License-Identifier: MIT
#pragma once
/// @file Which of many points lie within a geodesic distance of a place or of a feature.

#include "ecef_bvh.hpp"
#include "geometry.hpp"

#include <cstddef>
#include <vector>

namespace rangemap {

struct WithinHit {
    std::size_t index; ///< position of the point in the vector the index was built from
    double distance_m; ///< geodesic distance on WGS84, metres (0 inside a polygon)
};

/// An index built once over a set of points (ECEF bounding-volume hierarchy); each query
/// visits only the boxes that can hold points within the radius, then measures the candidates
/// on the geodesic. Thread-safe once built.
class WithinIndex {
public:
    /// @param points WGS84 lon/lat, each with lat in [-90, 90].
    explicit WithinIndex(std::vector<LonLat> points);

    /// The points within `radius_m` metres of `centre`, nearest first (ties by index).
    [[nodiscard]] std::vector<WithinHit> query(LonLat centre, double radius_m) const;
    /// The indices of the points within `radius_m` metres of `centre`, ascending. Straight-line
    /// (chord) bounds settle every point but those within a few metres of the boundary (about
    /// 21 m of chord at 1,000 km), which alone are measured on the geodesic: for asking which
    /// points are in range without paying for every distance.
    [[nodiscard]] std::vector<std::size_t> members(LonLat centre, double radius_m) const;
    /// Geodesic distance from `centre` to point `index`, metres.
    [[nodiscard]] double distance(LonLat centre, std::size_t index) const noexcept;
    /// The points within `radius_m` metres of the nearest part of `area` (its boundary, or
    /// anywhere inside one of its polygons: distance 0), nearest first.
    /// @throws usage_error for an empty geometry; data_error when GEOS rejects it.
    [[nodiscard]] std::vector<WithinHit> query(const Geometry& area, double radius_m) const;

    [[nodiscard]] std::size_t size() const noexcept { return m_points.size(); }
    [[nodiscard]] const std::vector<LonLat>& points() const noexcept { return m_points; }

private:
    std::vector<LonLat> m_points;
    std::vector<Vec3> m_xyz;
    Bvh m_bvh;
}; // class WithinIndex

} // namespace rangemap
