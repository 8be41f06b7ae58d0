// SPDX-License-Identifier: MIT
#pragma once
/// @file An index over the boundaries of many geometries (edges as geodesic segments, and
/// points), answering "nearest boundary point to P" with the exact geodesic distance on WGS84.

#include "ecef_bvh.hpp"
#include "geometry.hpp"

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace rangemap {

struct IndexedNearest {
    double distance_m;     ///< geodesic distance, metres
    LonLat point;          ///< the nearest point on the indexed boundary (the witness)
    std::uint32_t feature; ///< the id given to add()
};

class SegmentIndex {
public:
    /// Adds the boundary of `g` (polygon rings and line edges as geodesic segments, points as
    /// themselves) under the id `feature`. Call build() after the last add().
    void add(const Geometry& g, std::uint32_t feature);
    /// Adds one geodesic segment a-b (a == b for a point).
    void add_segment(LonLat a, LonLat b, std::uint32_t feature);
    void build();

    /// The nearest indexed point to `q`, or nothing when none lies within `limit` metres.
    /// Thread-safe once built.
    [[nodiscard]] std::optional<IndexedNearest> nearest(LonLat q,
                                                        double limit = std::numeric_limits<double>::infinity()) const;

    /// Lower bound on the geodesic distance from `q` to anything indexed, metres.
    [[nodiscard]] double lower_bound(LonLat q) const;
    [[nodiscard]] std::size_t size() const noexcept { return m_segs.size(); }
    [[nodiscard]] const Box3& bounds() const noexcept { return m_bvh.bounds(); }
    [[nodiscard]] bool empty() const noexcept { return m_segs.empty(); }

private:
    struct Seg {
        LonLat a, b;
        Vec3 pa, pb;
        double bulge;
        std::uint32_t feature;
    };
    /// Chord-based lower bound from q's ECEF position to segment i.
    [[nodiscard]] double seg_lb(const Vec3& q, const Seg& s) const noexcept;
    /// Lower bound on the straight-line distance from q to any point of segment s's arc.
    [[nodiscard]] double chord_lb(const Vec3& q, const Seg& s) const noexcept;
    /// Azimuth (degrees) of segment i at its end `a` (or `b`) towards the other end.
    [[nodiscard]] double end_azimuth(std::uint32_t i, bool at_b) const noexcept;
    std::vector<Seg> m_segs;
    Bvh m_bvh;
    /// end_azimuth per segment end, NaN until first asked for: a query whose nearest point is
    /// a vertex tests both segments at that vertex, and neighbouring queries (the samples along
    /// a buffer's boundary) ask about the same few vertices again and again. Computed once per
    /// end by any thread; threads racing on one store the same value.
    std::unique_ptr<std::atomic<double>[]> m_azimuths;
}; // class SegmentIndex

} // namespace rangemap
