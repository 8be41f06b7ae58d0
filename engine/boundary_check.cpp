// SPDX-License-Identifier: MIT
#include "boundary_check.hpp"

#include "geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

namespace rangemap {

void BoundaryStats::add(double d, double target, LonLat at) noexcept {
    if (std::abs(d - target) > max_error_m) {
        max_error_m = std::abs(d - target);
        worst_at = at;
    }
    min_distance_m = std::min(min_distance_m, d);
    max_distance_m = std::max(max_distance_m, d);
    ++samples;
}

void BoundaryStats::merge(const BoundaryStats& o) noexcept {
    if (o.max_error_m > max_error_m) {
        max_error_m = o.max_error_m;
        worst_at = o.worst_at;
    }
    min_distance_m = std::min(min_distance_m, o.min_distance_m);
    max_distance_m = std::max(max_distance_m, o.max_distance_m);
    samples += o.samples;
    vertices_added += o.vertices_added;
    vertices_merged += o.vertices_merged;
    holes_dropped += o.holes_dropped;
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

namespace {

/// Where a point `p` whose distances to the input points `a` and `b` differ from `r` should go
/// to lie at `r` from both: one Newton step on the tangent plane at `p`, where each distance
/// grows along the geodesic from its point. Nothing when the two directions are nearly the same
/// (the plain step along one of them is then as good) or the step would be long.
std::optional<LonLat> corner_step(const Geodesic& g, LonLat p, LonLat a, LonLat b, double r) {
    const Inverse ia = g.inverse(a, p), ib = g.inverse(b, p);
    const double ea = std::sin(ia.azi2_deg * M_PI / 180), na = std::cos(ia.azi2_deg * M_PI / 180);
    const double eb = std::sin(ib.azi2_deg * M_PI / 180), nb = std::cos(ib.azi2_deg * M_PI / 180);
    const double det = ea * nb - na * eb;
    if (std::abs(det) < 0.05 && ea * eb + na * nb < 0) {
        // `p` lies between the two, in a channel narrower than twice the distance: a step away
        // from one lands too near the other. The corner is along the channel, on the
        // perpendicular bisector of the two points, at the distance from both.
        const Inverse ab = g.inverse(a, b);
        const double half = ab.distance_m / 2;
        if (!(half < r)) return std::nullopt;
        const Direct mid = g.direct(a, ab.azi1_deg, half);
        const double side = std::sin((g.inverse(mid.point, p).azi1_deg - mid.azi2_deg) * M_PI / 180) >= 0 ? 90 : -90;
        return g.direct(mid.point, mid.azi2_deg + side, std::sqrt(r * r - half * half)).point;
    }
    if (std::abs(det) < 0.05) return std::nullopt;
    const double ra = r - ia.distance_m, rb = r - ib.distance_m;
    const double de = (ra * nb - na * rb) / det, dn = (ea * rb - ra * eb) / det;
    const double len = std::hypot(de, dn);
    if (!(len < 0.05 * r)) return std::nullopt;
    return g.direct(p, std::atan2(de, dn) * 180 / M_PI, len).point;
}

} // namespace

BoundaryFitter::Snapped BoundaryFitter::snap(LonLat p) const {
    const Geodesic& g = Geodesic::wgs84();
    if (std::abs(p.lat) == 90.0) return {p, distance(p)};
    if (std::abs(p.lon) == 180.0) return snap_on_meridian(p);
    const LonLat start = p;
    std::optional<LonLat> before; // the nearest input point of the step before
    // A few steps settle a vertex; one in a channel walks along it to the corner (tens of steps).
    for (int step = 0; step < 40; ++step) {
        const auto n = m_index.nearest(p);
        if (!n) return {p, std::numeric_limits<double>::infinity()};
        if (std::abs(n->distance_m - m_r) <= std::min(1e-3 * m_accept, 1e-4 * m_r) || n->distance_m <= 0) {
            return {p, n->distance_m};
        }
        // A different nearest point than the step before: `p` is near a corner of the boundary,
        // where two parts of the input are equally near and a step away from either one lands
        // too near the other; the corner is where both distances are right at once.
        std::optional<LonLat> corner;
        if (before && !(*before == n->point)) corner = corner_step(g, p, *before, n->point, m_r);
        before = n->point;
        LonLat q = corner ? *corner : g.direct(n->point, g.inverse(n->point, p).azi1_deg, m_r).point;
        if (std::abs(q.lon - start.lon) > 180.0) {
            // It would cross the antimeridian cut: it settles on the cut instead, where the
            // ring's own vertex on the cut settles too (fit_ring merges the two).
            return snap_on_meridian({start.lon > 0 ? 180.0 : -180.0, q.lat});
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
    const auto point = [&](double t) {
        return LonLat{a.p.lon + t * (b.p.lon - a.p.lon), a.p.lat + t * (b.p.lat - a.p.lat)};
    };
    const auto at = [&](double t) { return distance(point(t)); };
    double worst = 0, worst_t = 0;
    std::vector<std::pair<double, double>> ds(static_cast<std::size_t>(k - 1)); // (t, distance)
    for (int j = 1; j < k; ++j) {
        const double t = static_cast<double>(j) / k;
        const double d = at(t);
        ds[static_cast<std::size_t>(j - 1)] = {t, d};
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
                    ds.emplace_back(t, d);
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
            stats.add(m.distance_m, m_r, m.p);
            refine(m, b, depth + 1, out, stats);
            return;
        }
    }
    for (const auto& [t, d] : ds) stats.add(d, m_r, point(t));
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
    std::vector<BoundaryStats> per(4);
    // Vertices first (each edge needs both ends settled), then the edges; each worker keeps its
    // own statistics and the vertices it adds per edge, merged in ring order afterwards.
    parallel_ranges(n, [&](std::size_t b, std::size_t e, std::size_t) {
        for (std::size_t i = b; i < e; ++i) {
            // A vertex with cut edges on both sides lies inside the cut, not on the boundary.
            const LonLat prev = ring[(i + n - 1) % n], next = ring[(i + 1) % n];
            if (cut_edge(prev, ring[i]) && cut_edge(ring[i], next)) {
                v[i] = {ring[i], m_r};
                continue;
            }
            v[i] = m_move ? snap(ring[i]) : Snapped{ring[i], distance(ring[i])};
        }
    });
    // Vertices on both sides of a corner of the boundary (two parts of the input equally near)
    // settle on or beside the corner, metres apart and not always in their order along the
    // ring: a vertex that settles within centimetres of the one before it, or behind it (the
    // step between them points against the step between the two before fitting), is dropped,
    // so that no two of them cross; refine() then finds the corner between those kept. So is
    // a vertex that would have crossed the antimeridian, beside the ring's own vertex on the
    // cut, which is kept (two on the cut are both kept: they shape the cut).
    std::vector<std::size_t> kept;
    kept.reserve(n);
    const double merge = 0.05 * m_accept;
    const auto cut = [&](std::size_t i) { return on_cut(ring[i]); };
    const auto together = [&](std::size_t i, std::size_t j) {
        if (!m_move || (cut(i) && cut(j))) return false;
        const double d = rough_length(v[i].p, v[j].p);
        if (d < merge) return true;
        const double c = std::cos((ring[i].lat + ring[j].lat) * M_PI / 360.0);
        const double before = (ring[j].lon - ring[i].lon) * (v[j].p.lon - v[i].p.lon) * c * c +
                              (ring[j].lat - ring[i].lat) * (v[j].p.lat - v[i].p.lat);
        return before < 0;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (kept.empty() || !together(kept.back(), i)) {
            kept.push_back(i);
        } else if (cut(i)) {
            kept.back() = i;
        }
    }
    while (kept.size() > 1 && together(kept.back(), kept.front())) {
        if (cut(kept.back())) kept.front() = kept.back();
        kept.pop_back();
    }
    if (kept.size() < 3) {
        kept.resize(n);
        for (std::size_t i = 0; i < n; ++i) kept[i] = i;
    }
    per[0].vertices_merged += n - kept.size();
    for (const std::size_t i : kept) {
        if (std::abs(v[i].p.lat) != 90.0) per[0].add(v[i].distance_m, m_r, v[i].p);
    }
    const std::size_t m = kept.size();
    std::vector<LinearRing> added(m);
    parallel_ranges(m, [&](std::size_t b, std::size_t e, std::size_t w) {
        for (std::size_t k = b; k < e; ++k) refine(v[kept[k]], v[kept[(k + 1) % m]], 0, added[k], per[w]);
    });
    for (const auto& s : per) stats.merge(s);
    LinearRing out;
    out.reserve(ring.size() * 2);
    for (std::size_t k = 0; k < m; ++k) {
        out.push_back(v[kept[k]].p);
        out.insert(out.end(), added[k].begin(), added[k].end());
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
        std::vector<LinearRing> holes;
        for (const auto& h : poly.holes) {
            BoundaryStats hs;
            LinearRing fitted = fit_ring(h, hs);
            // A hole whose vertices cannot reach the distance may not exist at all: the planar
            // buffer opened it between parts of the input that are in truth nearer (a gap
            // between islands). It goes when no point inside it lies beyond the distance.
            if (m_move && hs.max_error_m > m_accept && deepest_inside(h) < m_r + m_accept) {
                ++stats.holes_dropped;
                continue;
            }
            stats.merge(hs);
            holes.push_back(std::move(fitted));
        }
        poly.holes = std::move(holes);
    }
    return stats;
}

double BoundaryFitter::deepest_inside(const LinearRing& ring) const {
    const Geodesic& g = Geodesic::wgs84();
    const auto contains = [&](LonLat p) {
        bool in = false;
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const LonLat a = ring[i], b = ring[j];
            if ((a.lat > p.lat) != (b.lat > p.lat) &&
                p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
                in = !in;
        }
        return in;
    };
    // The farthest of a 16 x 16 grid over the ring, then steps away from the nearest input
    // point (up the distance), halved whenever they would leave the ring or not gain.
    double lon0 = 180, lon1 = -180, lat0 = 90, lat1 = -90;
    for (const auto& p : ring) {
        lon0 = std::min(lon0, p.lon), lon1 = std::max(lon1, p.lon);
        lat0 = std::min(lat0, p.lat), lat1 = std::max(lat1, p.lat);
    }
    constexpr int k = 16;
    std::optional<Snapped> best;
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            const LonLat p{lon0 + (lon1 - lon0) * (i + 0.5) / k, lat0 + (lat1 - lat0) * (j + 0.5) / k};
            if (!contains(p)) continue;
            const double d = distance(p);
            if (!best || d > best->distance_m) best = Snapped{p, d};
        }
    }
    if (!best) return std::numeric_limits<double>::infinity(); // too thin to sample: keep it
    double step = std::max(m_r - best->distance_m, m_accept);
    for (int it = 0; it < 200 && step > 0.01 * m_accept; ++it) {
        const auto n = m_index.nearest(best->p);
        if (!n) break;
        const LonLat q = g.direct(n->point, g.inverse(n->point, best->p).azi1_deg, n->distance_m + step).point;
        const double d = contains(q) ? distance(q) : -1;
        if (d > best->distance_m) {
            best = Snapped{q, d};
        } else {
            step /= 2;
        }
    }
    return best->distance_m;
}

} // namespace rangemap
