// SPDX-License-Identifier: MIT
#pragma once
// Independent truth for buffers: exact geodesic distances to a geometry, computed with PROJ's C
// geodesic routines (geodesic.h, equal to GeodSolve within nanometres) by a scan of every input
// edge, and plain point-in-polygon tests in lon/lat. Nothing of the engine's index
// (segment_index, ecef_bvh), its boundary fitter (boundary_check) or its point-to-segment
// solver is used, so a test built on these can catch the engine's own mistakes.

#include "engine/buffer.hpp"
#include "engine/geometry.hpp"

#include <algorithm>
#include <array>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <geodesic.h>
#include <limits>
#include <utility>
#include <vector>

namespace rangemap::test {

inline const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic e{};
        geod_init(&e, 6378137.0, 1 / 298.257223563);
        return e;
    }();
    return g;
}

/// Geodesic distance, metres (PROJ geod_inverse).
inline double geodesic_m(LonLat p, LonLat q) {
    double s = 0, a1 = 0, a2 = 0;
    geod_inverse(&wgs84(), p.lat, p.lon, q.lat, q.lon, &s, &a1, &a2);
    return s;
}

/// Every edge of every ring and line (geodesic segments), and the points.
inline std::vector<std::pair<LonLat, LonLat>> edges_of(const Geometry& g) {
    std::vector<std::pair<LonLat, LonLat>> e;
    const auto chain = [&](const std::vector<LonLat>& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i) e.emplace_back(r[i], r[i + 1]);
    };
    for (const auto& p : g.points) e.emplace_back(p, p);
    for (const auto& l : g.lines) chain(l);
    for (const auto& p : g.polygons) {
        chain(p.outer);
        for (const auto& h : p.holes) chain(h);
    }
    return e;
}

using Xyz = std::array<double, 3>;

/// Earth-centred coordinates on the WGS84 ellipsoid, metres.
inline Xyz xyz(LonLat x) {
    const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
    const double la = x.lat * M_PI / 180, lo = x.lon * M_PI / 180;
    const double n = a / std::sqrt(1 - e2 * std::sin(la) * std::sin(la));
    return {n * std::cos(la) * std::cos(lo), n * std::cos(la) * std::sin(lo), n * (1 - e2) * std::sin(la)};
}

/// Straight-line distance through the Earth, metres: never more than the geodesic distance.
inline double chord(const Xyz& a, const Xyz& b) { return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]); }

/// Least geodesic distance from q to the geodesic from a to b (length `len`): samples at most
/// 1 km apart, then a golden-section search to 1 mm between the neighbours of the nearest
/// sample (the distance along an edge this short, seen from this far, has a single minimum).
inline double to_edge(LonLat q, LonLat a, LonLat b, double len) {
    if (len == 0) return geodesic_m(q, a);
    geod_geodesicline line{};
    geod_inverseline(&line, &wgs84(), a.lat, a.lon, b.lat, b.lon, 0);
    const auto at = [&](double s) {
        double lat = 0, lon = 0;
        geod_position(&line, s, &lat, &lon, nullptr);
        return geodesic_m(q, {lon, lat});
    };
    const int n = std::max(2, static_cast<int>(std::ceil(len / 1000.0)));
    double best = std::numeric_limits<double>::infinity();
    int k_best = 0;
    for (int k = 0; k <= n; ++k) {
        const double d = at(len * k / n);
        if (d < best) {
            best = d;
            k_best = k;
        }
    }
    double lo = len * std::max(0, k_best - 1) / n, hi = len * std::min(n, k_best + 1) / n;
    const double g = (std::sqrt(5.0) - 1) / 2;
    double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo), f1 = at(x1), f2 = at(x2);
    while (hi - lo > 1e-3) {
        if (f1 < f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - g * (hi - lo);
            f1 = at(x1);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + g * (hi - lo);
            f2 = at(x2);
        }
    }
    return std::min({best, f1, f2});
}

/// Independent distance from q to the input: every edge, skipping only those that cannot hold
/// a point nearer than `limit`: each point of an edge is within its length of the edge's start
/// along the geodesic, hence through the Earth, and the chord never exceeds the geodesic, so
/// chord(q, start) - length is a lower bound of the distance to the whole edge.
struct BruteDistance {
    explicit BruteDistance(const Geometry& g) : edges(edges_of(g)) {
        for (const auto& [a, b] : edges) {
            lengths.push_back(geodesic_m(a, b));
            starts.push_back(xyz(a));
        }
    }
    /// The distance, within 1 mm.
    double operator()(LonLat q) const {
        const Xyz x = xyz(q);
        std::vector<double> ch(edges.size());
        std::size_t first = 0;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            ch[i] = chord(x, starts[i]);
            if (ch[i] < ch[first]) first = i;
        }
        double best = geodesic_m(q, edges[first].first);
        std::vector<std::pair<double, std::size_t>> maybe;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            if (ch[i] - lengths[i] < best) maybe.emplace_back(ch[i] - lengths[i], i);
        }
        std::sort(maybe.begin(), maybe.end());
        for (const auto& [bound, i] : maybe) {
            if (bound >= best) break; // no later edge can be nearer
            best = std::min(best, to_edge(q, edges[i].first, edges[i].second, lengths[i]));
        }
        return best;
    }
    /// Whether some point of the input lies within r of q (to 1 mm).
    bool within(LonLat q, double r) const {
        const Xyz x = xyz(q);
        std::size_t first = 0;
        double first2 = std::numeric_limits<double>::infinity();
        std::vector<std::size_t> maybe;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const double dx = x[0] - starts[i][0], dy = x[1] - starts[i][1], dz = x[2] - starts[i][2];
            const double c2 = dx * dx + dy * dy + dz * dz;
            if (c2 < first2) {
                first2 = c2;
                first = i;
            }
            if (c2 < (r + lengths[i]) * (r + lengths[i])) maybe.push_back(i);
        }
        if (geodesic_m(q, edges[first].first) < r) return true;
        return std::any_of(maybe.begin(), maybe.end(),
                           [&](std::size_t i) { return to_edge(q, edges[i].first, edges[i].second, lengths[i]) < r; });
    }
    std::vector<std::pair<LonLat, LonLat>> edges;
    std::vector<double> lengths;
    std::vector<Xyz> starts;
};

/// About `want` points spread along the boundary of the buffer, off the antimeridian cut and
/// the poles: vertices and the middles of lon/lat edges (the farthest from fitted vertices).
inline std::vector<LonLat> boundary_samples(const Geometry& area, std::size_t want) {
    std::vector<std::pair<LonLat, LonLat>> e;
    for (const auto& [a, b] : edges_of(area)) {
        const bool cut = (std::abs(a.lon) == 180 && a.lon == b.lon) || (std::abs(a.lat) == 90 && a.lat == b.lat);
        if (!cut) e.emplace_back(a, b);
    }
    std::vector<LonLat> out;
    const std::size_t stride = std::max<std::size_t>(1, e.size() / std::max<std::size_t>(1, want / 2));
    const std::size_t per = std::max<std::size_t>(1, (want + e.size() - 1) / e.size());
    for (std::size_t i = 0; i < e.size(); i += stride) {
        const auto& [a, b] = e[i];
        for (std::size_t k = 0; k < per; ++k) {
            const double t = (static_cast<double>(k) + 0.5) / static_cast<double>(per);
            const LonLat p{a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
            if (std::abs(p.lat) < 90) out.push_back(p);
        }
        if (std::abs(a.lon) != 180 && std::abs(a.lat) != 90) out.push_back(a);
    }
    return out;
}

struct EdgeCheck {
    double min_d = std::numeric_limits<double>::infinity(), max_d = 0, max_err = 0;
    std::size_t n = 0;
};

inline EdgeCheck check_edge(const Geometry& input, const Geometry& area, double r, std::size_t want) {
    const BruteDistance dist(input);
    EdgeCheck c;
    for (const auto& p : boundary_samples(area, want)) {
        const double d = dist(p);
        c.min_d = std::min(c.min_d, d);
        c.max_d = std::max(c.max_d, d);
        c.max_err = std::max(c.max_err, std::abs(d - r));
        ++c.n;
    }
    return c;
}

/// The reported error and range of boundary distances hold every distance measured here.
inline void check_reported(const Buffer& b, const EdgeCheck& c) {
    // 1 m slack: these samples fall between the points the buffer measured itself.
    BOOST_TEST(c.max_err <= b.max_error_m + 1.0);
    BOOST_TEST(b.min_edge_distance_m <= c.min_d + 1.0);
    BOOST_TEST(b.max_edge_distance_m >= c.max_d - 1.0);
}

/// Whether p lies inside `area` (lon/lat rings taken as drawn: the plain even-odd rule).
inline bool inside(const Geometry& area, LonLat p) {
    const auto in_ring = [&](const LinearRing& r) {
        bool in = false;
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            if ((r[i].lat > p.lat) != (r[j].lat > p.lat) &&
                p.lon < (r[j].lon - r[i].lon) * (p.lat - r[i].lat) / (r[j].lat - r[i].lat) + r[i].lon)
                in = !in;
        }
        return in;
    };
    for (const auto& poly : area.polygons) {
        if (!in_ring(poly.outer)) continue;
        if (std::none_of(poly.holes.begin(), poly.holes.end(), in_ring)) return true;
    }
    return false;
}

} // namespace rangemap::test
