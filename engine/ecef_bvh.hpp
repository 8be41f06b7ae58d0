// SPDX-License-Identifier: MIT
#pragma once
/// @file A bounding-volume hierarchy over items in Earth-centred (ECEF) coordinates.
/// Straight-line distance in ECEF never exceeds the geodesic distance, so box distances give
/// lower bounds on geodesic distances that hold everywhere: across the antimeridian, at the
/// poles, and for features spread over a hemisphere, with no projection to choose.

#include "geo_point.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <vector>

namespace rangemap {

struct Vec3 {
    double x = 0, y = 0, z = 0;
};

/// Geocentric coordinates of a point on the WGS84 ellipsoid (height 0), metres.
Vec3 ecef(LonLat p) noexcept;

inline double dist2(const Vec3& a, const Vec3& b) noexcept {
    const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
    return dx * dx + dy * dy + dz * dz;
}

/// A lower bound on the geodesic distance between two points of the WGS84 ellipsoid whose
/// straight-line (chord) distance is `chord` metres: the arc of a sphere with the ellipsoid's
/// largest radius of curvature (a²/b), which is flatter than the ellipsoid everywhere.
double geodesic_lower_bound(double chord) noexcept;
/// Inverse of geodesic_lower_bound: the largest chord whose lower bound is at most `distance`.
double chord_upper_bound(double distance) noexcept;
/// An upper bound on the geodesic distance between two points of the WGS84 ellipsoid whose
/// chord is `chord` metres (the arc of radius b²/a; see chord_lower_bound); infinity for chords
/// over 10,000 km, where it is not needed.
double geodesic_upper_bound(double chord) noexcept;
/// The smallest chord two points of the WGS84 ellipsoid at geodesic distance `distance` can
/// have, metres; 0 beyond 5,000 km (no use is made of it there). A geodesic's curvature is its
/// normal curvature, at most 1/(b²/a), so by Schur's comparison theorem its chord is at least
/// that of a circular arc of the same length and radius b²/a. Hence a chord below
/// chord_lower_bound(d) proves a geodesic distance below d.
double chord_lower_bound(double distance) noexcept;
/// How far a geodesic arc between points `chord` metres apart may stray from the chord, metres.
double arc_bulge(double chord) noexcept;

struct Box3 {
    Vec3 lo{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
            std::numeric_limits<double>::infinity()};
    Vec3 hi{-std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity()};
    void expand(const Vec3& p) noexcept {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
    }
    void expand(const Box3& b) noexcept {
        expand(b.lo);
        expand(b.hi);
    }
    void inflate(double m) noexcept {
        lo = {lo.x - m, lo.y - m, lo.z - m};
        hi = {hi.x + m, hi.y + m, hi.z + m};
    }
    /// Squared distance from `p` to the box (0 inside).
    [[nodiscard]] double dist2(const Vec3& p) const noexcept {
        const double dx = std::max({lo.x - p.x, 0.0, p.x - hi.x});
        const double dy = std::max({lo.y - p.y, 0.0, p.y - hi.y});
        const double dz = std::max({lo.z - p.z, 0.0, p.z - hi.z});
        return dx * dx + dy * dy + dz * dz;
    }
    /// Squared distance from `p` to the farthest point of the box.
    [[nodiscard]] double far2(const Vec3& p) const noexcept {
        const double dx = std::max(p.x - lo.x, hi.x - p.x);
        const double dy = std::max(p.y - lo.y, hi.y - p.y);
        const double dz = std::max(p.z - lo.z, hi.z - p.z);
        return dx * dx + dy * dy + dz * dz;
    }
    /// Squared distance between two boxes (0 when they overlap).
    [[nodiscard]] double dist2(const Box3& b) const noexcept {
        const double dx = std::max({lo.x - b.hi.x, 0.0, b.lo.x - hi.x});
        const double dy = std::max({lo.y - b.hi.y, 0.0, b.lo.y - hi.y});
        const double dz = std::max({lo.z - b.hi.z, 0.0, b.lo.z - hi.z});
        return dx * dx + dy * dy + dz * dz;
    }
};

/// A static BVH over item boxes (median splits, small leaves). Items are referred to by the
/// index they had in the vector given to build().
class Bvh {
public:
    void build(const std::vector<Box3>& boxes);
    [[nodiscard]] bool empty() const noexcept { return m_nodes.empty(); }
    [[nodiscard]] const Box3& bounds() const noexcept { return m_nodes.front().box; }

    /// Calls f(item) for every item whose box lies within sqrt(max_d2) of `q` (by box distance).
    template <class BoxDist2, class F>
    void range(BoxDist2 box_d2, double max_d2, F&& f) const {
        if (m_nodes.empty()) return;
        std::uint32_t stack[128];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& n = m_nodes[stack[--top]];
            if (box_d2(n.box) > max_d2) continue;
            if (n.count > 0) {
                for (std::uint32_t i = n.first; i < n.first + n.count; ++i) f(m_order[i]);
            } else if (top < 126) {
                stack[top++] = n.first;
                stack[top++] = n.first + 1;
            }
        }
    }

    /// Depth-first over the boxes within sqrt(max_d2) of `q`, the nearer child first, calling
    /// f(item) for the items of each leaf reached. `max_d2` is read again at every box, so f may
    /// shrink it as it finds better answers.
    template <class F>
    void nearest_first(const Vec3& q, const double& max_d2, F&& f) const {
        if (m_nodes.empty() || m_nodes[0].box.dist2(q) > max_d2) return;
        struct Pending {
            std::uint32_t node;
            double d2;
        };
        Pending stack[128];
        int top = 0;
        stack[top++] = {0, 0.0};
        while (top > 0) {
            const Pending p = stack[--top];
            if (p.d2 > max_d2) continue;
            const Node& n = m_nodes[p.node];
            if (n.count > 0) {
                for (std::uint32_t i = n.first; i < n.first + n.count; ++i) f(m_order[i]);
                continue;
            }
            const double dl = m_nodes[n.first].box.dist2(q), dr = m_nodes[n.first + 1].box.dist2(q);
            if (top > 125) continue; // cannot happen with median splits of 2^32 items
            // The farther child goes on the stack first, so the nearer is taken next.
            if (dl <= dr) {
                if (dr <= max_d2) stack[top++] = {n.first + 1, dr};
                if (dl <= max_d2) stack[top++] = {n.first, dl};
            } else {
                if (dl <= max_d2) stack[top++] = {n.first, dl};
                if (dr <= max_d2) stack[top++] = {n.first + 1, dr};
            }
        }
    }

    /// Splits the items near `q` in three: those whose boxes lie wholly within sqrt(lo2) of `q`
    /// go to inside(item) without a test of their own, whole subtrees at a time; those whose
    /// boxes reach within sqrt(hi2) but not wholly within sqrt(lo2) go to maybe(item); the
    /// rest are never visited.
    template <class Inside, class Maybe>
    void range_split(const Vec3& q, double lo2, double hi2, Inside&& inside, Maybe&& maybe) const {
        if (m_nodes.empty()) return;
        std::uint32_t stack[128];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& n = m_nodes[stack[--top]];
            if (n.box.dist2(q) > hi2) continue;
            if (n.box.far2(q) <= lo2) {
                for (std::uint32_t i = n.begin; i < n.end; ++i) inside(m_order[i]);
            } else if (n.count > 0) {
                for (std::uint32_t i = n.first; i < n.first + n.count; ++i) maybe(m_order[i]);
            } else if (top < 126) {
                stack[top++] = n.first;
                stack[top++] = n.first + 1;
            }
        }
    }

    /// Best-first search for the item of least exact value. `box_lb(box)` and `item_lb(item)`
    /// give lower bounds of the exact values below them; `exact(item)` the value itself.
    /// Items whose lower bound exceeds `limit` are never evaluated. Returns the item index and
    /// its value, or item -1 when nothing is within `limit`.
    template <class BoxLb, class ItemLb, class Exact>
    std::pair<std::int64_t, double> best_first(BoxLb box_lb, ItemLb item_lb, Exact exact, double limit) const {
        struct Entry {
            double key;
            std::int64_t id; // >= 0: node; < 0: item -(i+1) with a lower-bound key
            bool exact;
            bool operator>(const Entry& o) const noexcept { return key > o.key; }
        };
        if (m_nodes.empty()) return {-1, std::numeric_limits<double>::infinity()};
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> q;
        q.push({box_lb(m_nodes[0].box), 0, false});
        while (!q.empty()) {
            const Entry e = q.top();
            q.pop();
            if (e.key > limit) break;
            if (e.id < 0) {
                const std::int64_t item = -(e.id + 1);
                if (e.exact) return {item, e.key};
                q.push({exact(static_cast<std::uint32_t>(item)), e.id, true});
                continue;
            }
            const Node& n = m_nodes[static_cast<std::size_t>(e.id)];
            if (n.count > 0) {
                for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
                    const std::uint32_t item = m_order[i];
                    const double lb = item_lb(item);
                    if (lb <= limit) q.push({lb, -static_cast<std::int64_t>(item) - 1, false});
                }
            } else {
                for (std::uint32_t c : {n.first, n.first + 1}) {
                    const double lb = box_lb(m_nodes[c].box);
                    if (lb <= limit) q.push({lb, static_cast<std::int64_t>(c), false});
                }
            }
        }
        return {-1, std::numeric_limits<double>::infinity()};
    }

private:
    struct Node {
        Box3 box;
        std::uint32_t first = 0;          ///< leaf: first index into m_order; inner: left child (right = +1)
        std::uint32_t count = 0;          ///< leaf: item count; inner: 0
        std::uint32_t begin = 0, end = 0; ///< the items below this node: m_order[begin, end)
    };
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order;
}; // class Bvh

} // namespace rangemap
