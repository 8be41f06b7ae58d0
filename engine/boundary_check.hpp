// SPDX-License-Identifier: MIT
#pragma once
/// @file Fitting and measuring the boundary of a buffer against true geodesic distances: each
/// vertex is moved along the geodesic from its nearest input point to exactly the buffer
/// distance, each edge is sampled and split where it strays, and every distance measured on
/// the final boundary is recorded.

#include "geometry.hpp"
#include "segment_index.hpp"

#include <atomic>
#include <cstddef>
#include <limits>

namespace rangemap {

/// What the measurement of a boundary found, distances in metres.
struct BoundaryStats {
    double max_error_m = 0; ///< worst |distance - target| over the samples
    LonLat worst_at{};      ///< where it was measured
    double min_distance_m = std::numeric_limits<double>::infinity();
    double max_distance_m = 0;
    std::size_t samples = 0; ///< vertices and edge points measured
    std::size_t vertices_added = 0;
    std::size_t vertices_merged = 0; ///< dropped: settled on or behind their neighbour at a corner
    std::size_t holes_dropped = 0;   ///< holes of the planar buffer with no point beyond the distance

    void add(double d, double target, LonLat at) noexcept;
    void merge(const BoundaryStats& o) noexcept;
};

class BoundaryFitter {
public:
    /// @param index the input's boundary (built); @param distance the buffer distance, metres;
    /// @param accept largest error an edge may keep before it is split, metres;
    /// @param spacing greatest distance between measured points along an edge, metres.
    /// With `move` false, vertices stay where they are: the boundary is only measured.
    BoundaryFitter(const SegmentIndex& index, double distance, double accept, double spacing, bool move = true) noexcept
        : m_index(index), m_r(distance), m_accept(accept), m_spacing(spacing), m_move(move) {}

    /// A point moved onto the buffer distance from its nearest input point (a few steps, so
    /// that it settles where two parts of the input are equally near), and its distance.
    struct Snapped {
        LonLat p;
        double distance_m;
    };
    [[nodiscard]] Snapped snap(LonLat p) const;

    /// Fits every ring of `area` in place (polygons in lon/lat, [-180, 180], possibly cut at the
    /// antimeridian or closed over a pole: those cut edges are left alone and not measured) and
    /// returns the measurement of the final boundary.
    BoundaryStats fit(Geometry& area) const;

private:
    [[nodiscard]] Snapped snap_on_meridian(LonLat p) const;
    [[nodiscard]] LinearRing fit_ring(const LinearRing& ring, BoundaryStats& stats) const;
    void refine(const Snapped& a, const Snapped& b, int depth, LinearRing& out, BoundaryStats& stats) const;
    [[nodiscard]] double distance(LonLat p) const;
    /// The greatest distance to the input found inside a ring (a grid, then steps uphill).
    [[nodiscard]] double deepest_inside(const LinearRing& ring) const;

    const SegmentIndex& m_index;
    double m_r, m_accept, m_spacing;
    bool m_move;
    /// Vertices that splitting may still add: bounds the work whatever the input.
    mutable std::atomic<std::ptrdiff_t> m_budget{0};
}; // class BoundaryFitter

/// True for a vertex on the antimeridian cut or at a pole, where a buffer's ring is closed
/// artificially rather than lying at the buffer distance.
bool on_cut(LonLat p) noexcept;

} // namespace rangemap
