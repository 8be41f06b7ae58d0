// SPDX-License-Identifier: MIT
#include "boundary_check.hpp"

#include "geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>
#include <vector>

namespace rangemap {

void BoundaryStats::add(double d, double target) noexcept {
    max_error_m = std::max(max_error_m, std::abs(d - target));
    min_distance_m = std::min(min_distance_m, d);
    max_distance_m = std::max(max_distance_m, d);
    ++samples;
}

void BoundaryStats::merge(const BoundaryStats& o) noexcept {
    max_error_m = std::max(max_error_m, o.max_error_m);
    min_distance_m = std::min(min_distance_m, o.min_distance_m);
    max_distance_m = std::max(max_distance_m, o.max_distance_m);
    samples += o.samples;
    vertices_added += o.vertices_added;
}

bool on_cut(LonLat p) noexcept { return std::abs(p.lon) == 180.0 || std::abs(p.lat) == 90.0; }

namespace {

/// An edge that exists only because a ring was cut at the antimeridian or closed over a pole.
bool cut_edge(LonLat a, LonLat b) noexcept {
    if (std::abs(a.lat) == 90.0 && a.lat == b.lat) return true;
    return std::abs(a.lon) == 180.0 && a.lon == b.lon;
}

/// Rough length of a short lon/lat edge, metres (for choosing how many points to measure).
double rough_length(LonLat a, LonLat b) noexcept {
    const double k = 111'320.0;
    const double c = std::cos((a.lat + b.lat) * M_PI / 360.0);
    return std::hypot((b.lon - a.lon) * c * k, (b.lat - a.lat) * k);
}

} // namespace

double BoundaryFitter::distance(LonLat p) const {
    const auto n = m_index.nearest(p);
    return n ? n->distance_m : std::numeric_limits<double>::infinity();
}

BoundaryFitter::Snapped BoundaryFitter::snap(LonLat p) const {
    const Geodesic& g = Geodesic::wgs84();
    if (std::abs(p.lat) == 90.0) return {p, distance(p)};
    if (std::abs(p.lon) == 180.0) return snap_on_meridian(p);
    const LonLat start = p;
    for (int step = 0; step < 8; ++step) {
        const auto n = m_index.nearest(p);
        if (!n) return {p, std::numeric_limits<double>::infinity()};
        if (std::abs(n->distance_m - m_r) <= std::min(1e-3 * m_accept, 1e-4 * m_r) || n->distance_m <= 0) {
            return {p, n->distance_m};
        }
        const double azi = g.inverse(n->point, p).azi1_deg;
        LonLat q = g.direct(n->point, azi, m_r).point;
        if (std::abs(q.lon - start.lon) > 180.0) {
            // It would cross the antimeridian cut: stay on this side of it.
            q.lon = start.lon > 0 ? 180.0 : -180.0;
            return {q, distance(q)};
        }
        p = q;
    }
    return {p, distance(p)};
}

BoundaryFitter::Snapped BoundaryFitter::snap_on_meridian(LonLat p) const {
    // Newton steps in latitude along the cut (the distance changes smoothly along it).
    Snapped best{p, distance(p)};
    for (int step = 0; step < 6 && std::abs(best.distance_m - m_r) > 1e-3 * m_accept; ++step) {
        const double h = best.p.lat > 0 ? -1e-4 : 1e-4;
        const double dh = distance({p.lon, best.p.lat + h});
        const double slope = (dh - best.distance_m) / h;
        if (!(std::abs(slope) > 1.0)) break;
        const double lat = std::clamp(best.p.lat + (m_r - best.distance_m) / slope, -89.999999, 89.999999);
        const Snapped next{{p.lon, lat}, distance({p.lon, lat})};
        if (std::abs(next.distance_m - m_r) >= std::abs(best.distance_m - m_r)) break;
        best = next;
    }
    return best;
}

void BoundaryFitter::refine(const Snapped& a, const Snapped& b, int depth, LinearRing& out,
                            BoundaryStats& stats) const {
    if (cut_edge(a.p, b.p)) return;
    const int k = std::clamp(static_cast<int>(std::ceil(rough_length(a.p, b.p) / m_spacing)), 2, 64);
    const auto at = [&](double t) {
        return distance({a.p.lon + t * (b.p.lon - a.p.lon), a.p.lat + t * (b.p.lat - a.p.lat)});
    };
    double worst = 0, worst_t = 0;
    std::vector<double> ds(static_cast<std::size_t>(k - 1));
    for (int j = 1; j < k; ++j) {
        const double t = static_cast<double>(j) / k;
        const double d = at(t);
        ds[static_cast<std::size_t>(j - 1)] = d;
        if (std::abs(d - m_r) > worst) {
            worst = std::abs(d - m_r);
            worst_t = t;
        }
    }
    if (worst > m_accept / 2) {
        // Where the edge strays most is often a corner of the true boundary (two parts of the
        // input equally near), narrower than the sample spacing: close in on it.
        for (double h = 0.5 / k; h > 0.004 / k; h /= 2) {
            for (const double t : {worst_t - h, worst_t + h}) {
                if (t <= 0 || t >= 1) continue;
                const double d = at(t);
                if (std::abs(d - m_r) > worst) {
                    worst = std::abs(d - m_r);
                    worst_t = t;
                    ds.push_back(d);
                }
            }
        }
    }
    if (m_move && worst > m_accept && depth < 12 && m_budget.fetch_sub(1, std::memory_order_relaxed) > 0) {
        const Snapped m = snap({(a.p.lon + b.p.lon) / 2, (a.p.lat + b.p.lat) / 2});
        if (!on_cut(m.p)) {
            ++stats.vertices_added;
            refine(a, m, depth + 1, out, stats);
            out.push_back(m.p);
            stats.add(m.distance_m, m_r);
            refine(m, b, depth + 1, out, stats);
            return;
        }
    }
    for (double d : ds) stats.add(d, m_r);
}

namespace {

/// Runs f(begin, end, worker) over [0, n) split among up to four threads. An exception in any
/// worker (memory, a GEOS failure) reaches the caller after every thread has joined.
template <class F>
void parallel_ranges(std::size_t n, F&& f) {
    const std::size_t workers =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::min<std::size_t>(4, n / 64 + 1));
    if (workers <= 1) {
        f(0, n, 0);
        return;
    }
    std::vector<std::exception_ptr> failed(workers);
    const auto run = [&](std::size_t w) noexcept {
        try {
            f(n * w / workers, n * (w + 1) / workers, w);
        } catch (...) {
            failed[w] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> pool; // joined on every way out of this block
        for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(run, w);
        run(0);
    }
    for (const auto& e : failed) {
        if (e) std::rethrow_exception(e);
    }
}

} // namespace

LinearRing BoundaryFitter::fit_ring(const LinearRing& ring, BoundaryStats& stats) const {
    if (ring.size() < 4) return ring;
    const std::size_t n = ring.size() - 1; // closed: the last vertex repeats the first
    std::vector<Snapped> v(n);
    std::vector<LinearRing> added(n);
    std::vector<BoundaryStats> per(4);
    // Vertices first (each edge needs both ends settled), then the edges; each worker keeps its
    // own statistics and the vertices it adds per edge, merged in ring order afterwards.
    parallel_ranges(n, [&](std::size_t b, std::size_t e, std::size_t w) {
        for (std::size_t i = b; i < e; ++i) {
            // A vertex with cut edges on both sides lies inside the cut, not on the boundary.
            const LonLat prev = ring[(i + n - 1) % n], next = ring[(i + 1) % n];
            if (cut_edge(prev, ring[i]) && cut_edge(ring[i], next)) {
                v[i] = {ring[i], m_r};
                continue;
            }
            v[i] = m_move ? snap(ring[i]) : Snapped{ring[i], distance(ring[i])};
            if (std::abs(v[i].p.lat) != 90.0) per[w].add(v[i].distance_m, m_r);
        }
    });
    parallel_ranges(n, [&](std::size_t b, std::size_t e, std::size_t w) {
        for (std::size_t i = b; i < e; ++i) refine(v[i], v[(i + 1) % n], 0, added[i], per[w]);
    });
    for (const auto& s : per) stats.merge(s);
    LinearRing out;
    out.reserve(ring.size() * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(v[i].p);
        out.insert(out.end(), added[i].begin(), added[i].end());
    }
    out.push_back(out.front());
    return out;
}

BoundaryStats BoundaryFitter::fit(Geometry& area) const {
    BoundaryStats stats;
    std::ptrdiff_t vertices = 0;
    for (const auto& poly : area.polygons) {
        vertices += static_cast<std::ptrdiff_t>(poly.outer.size());
        for (const auto& h : poly.holes) vertices += static_cast<std::ptrdiff_t>(h.size());
    }
    m_budget = std::max<std::ptrdiff_t>(20'000, 2 * vertices);
    for (auto& poly : area.polygons) {
        poly.outer = fit_ring(poly.outer, stats);
        for (auto& h : poly.holes) h = fit_ring(h, stats);
    }
    return stats;
}

} // namespace rangemap
