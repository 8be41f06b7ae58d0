// SPDX-License-Identifier: MIT
#pragma once
/// @file A polygon geometry (a country) cut once into small pieces, so that the land within a
/// region (the union of range rings) is measured by overlaying only the pieces near it, and the
/// pieces wholly inside it cost no overlay at all.

#include "geometry.hpp"

#include <cstddef>
#include <vector>

namespace rangemap {

class AreaPieces {
public:
    /// Repairs the polygons of `g` where GEOS finds them invalid, then cuts them along the
    /// meridians and parallels of a grid (a power of two degrees) until each piece has at most
    /// `max_vertices` vertices or is one cell. Each edge first gets a vertex on its geodesic
    /// where it crosses a grid line, and a piece a vertex at each grid corner along a cut on a
    /// parallel, so the pieces on either side of a cut share its vertices and their ellipsoidal
    /// areas add up to the whole (a parallel is no geodesic: without that, the two sides would
    /// measure different edges). @throws data_error when GEOS fails.
    explicit AreaPieces(const Geometry& g, std::size_t max_vertices = 128);

    /// The ellipsoidal area of the polygons of `g` as given, m² (area_m2).
    [[nodiscard]] double area_m2() const noexcept { return m_area_m2; }
    /// How many pieces the polygons were cut into.
    [[nodiscard]] std::size_t size() const noexcept { return m_pieces.size(); }

private:
    friend std::vector<double> areas_within_m2(const Geometry& region, const std::vector<const AreaPieces*>& areas);
    struct Piece {
        Geometry geometry; ///< polygons only, valid for GEOS
        BBox box;
        double area_m2 = 0;
    };
    std::vector<Piece> m_pieces;
    BBox m_box;
    double m_area_m2 = 0;
    double m_step_deg = 0; ///< the cuts' spacing (a power of two); 0: not cut
};                         // class AreaPieces

/// For each of `areas`, the ellipsoidal area of its polygons inside the polygons of `region`,
/// m²: area_m2(intersect_areas(region, g)) up to rounding, computed piece by piece — pieces
/// beyond the region's bounding box are skipped, pieces the region covers add their own area.
/// @throws data_error when GEOS fails.
std::vector<double> areas_within_m2(const Geometry& region, const std::vector<const AreaPieces*>& areas);

} // namespace rangemap
