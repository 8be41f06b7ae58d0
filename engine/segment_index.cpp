// SPDX-License-Identifier: MIT
#include "segment_index.hpp"

#include "geodesic_segment.hpp"

#include <cmath>

namespace rangemap {

void SegmentIndex::add_segment(LonLat a, LonLat b, std::uint32_t feature) {
    const Vec3 pa = ecef(a), pb = ecef(b);
    m_segs.push_back({a, b, pa, pb, arc_bulge(std::sqrt(dist2(pa, pb))), feature});
}

void SegmentIndex::add(const Geometry& g, std::uint32_t feature) {
    for (const auto& p : g.points) add_segment(p, p, feature);
    const auto chain = [&](const std::vector<LonLat>& l) {
        if (l.size() == 1) add_segment(l[0], l[0], feature);
        for (std::size_t i = 0; i + 1 < l.size(); ++i) {
            if (!(l[i] == l[i + 1])) add_segment(l[i], l[i + 1], feature);
        }
    };
    for (const auto& l : g.lines) chain(l);
    for (const auto& poly : g.polygons) {
        chain(poly.outer);
        for (const auto& h : poly.holes) chain(h);
    }
}

void SegmentIndex::build() {
    std::vector<Box3> boxes(m_segs.size());
    for (std::size_t i = 0; i < m_segs.size(); ++i) {
        boxes[i].expand(m_segs[i].pa);
        boxes[i].expand(m_segs[i].pb);
        boxes[i].inflate(m_segs[i].bulge);
    }
    m_bvh.build(boxes);
    m_azimuths = std::make_unique<std::atomic<double>[]>(2 * m_segs.size());
    for (std::size_t i = 0; i < 2 * m_segs.size(); ++i) {
        m_azimuths[i].store(std::numeric_limits<double>::quiet_NaN(), std::memory_order_relaxed);
    }
}

double SegmentIndex::end_azimuth(std::uint32_t i, bool at_b) const noexcept {
    std::atomic<double>& slot = m_azimuths[2 * std::size_t{i} + (at_b ? 1 : 0)];
    double azi = slot.load(std::memory_order_relaxed);
    if (std::isnan(azi)) {
        const Seg& s = m_segs[i];
        azi = at_b ? bearing(s.b, s.a).azi_deg : bearing(s.a, s.b).azi_deg;
        slot.store(azi, std::memory_order_relaxed);
    }
    return azi;
}

double SegmentIndex::seg_lb(const Vec3& q, const Seg& s) const noexcept { return geodesic_lower_bound(chord_lb(q, s)); }

double SegmentIndex::chord_lb(const Vec3& q, const Seg& s) const noexcept {
    // Distance from q to the chord pa-pb, less the arc's bulge away from the chord.
    const Vec3 d{s.pb.x - s.pa.x, s.pb.y - s.pa.y, s.pb.z - s.pa.z};
    const Vec3 w{q.x - s.pa.x, q.y - s.pa.y, q.z - s.pa.z};
    const double dd = d.x * d.x + d.y * d.y + d.z * d.z;
    double t = dd > 0 ? (w.x * d.x + w.y * d.y + w.z * d.z) / dd : 0;
    t = std::clamp(t, 0.0, 1.0);
    const Vec3 f{s.pa.x + t * d.x, s.pa.y + t * d.y, s.pa.z + t * d.z};
    return std::max(0.0, std::sqrt(dist2(q, f)) - s.bulge);
}

double SegmentIndex::lower_bound(LonLat q) const {
    if (m_segs.empty()) return std::numeric_limits<double>::infinity();
    return geodesic_lower_bound(std::sqrt(m_bvh.bounds().dist2(ecef(q))));
}

std::optional<IndexedNearest> SegmentIndex::nearest(LonLat q, double limit) const {
    if (m_segs.empty() || !(limit >= 0)) return std::nullopt;
    const Vec3 pq = ecef(q);
    // Where along a segment's chord q projects: the start of the iteration on the geodesic.
    const auto start = [&](const Seg& s) {
        const Vec3 d{s.pb.x - s.pa.x, s.pb.y - s.pa.y, s.pb.z - s.pa.z};
        const double dd = d.x * d.x + d.y * d.y + d.z * d.z;
        if (dd <= 0) return 0.0;
        const double t = ((pq.x - s.pa.x) * d.x + (pq.y - s.pa.y) * d.y + (pq.z - s.pa.z) * d.z) / dd;
        return std::clamp(t, 0.0, 1.0);
    };
    const auto sq = [](double x) { return x * x; };

    // 1. Candidates, by straight-line (chord) distances alone. A segment whose chord lower
    //    bound exceeds the upper bound of some segment's nearer end cannot hold the answer.
    //    Keys are squared chords: their order is that of the geodesic bounds.
    double ub = limit;                                                     // geodesic metres
    double max_d2 = limit >= 1e300 ? limit : sq(chord_upper_bound(limit)); // chord² for ub
    double best_end2 = std::numeric_limits<double>::infinity();
    thread_local std::vector<std::pair<double, std::uint32_t>> cand;
    cand.clear();
    m_bvh.nearest_first(pq, max_d2, [&](std::uint32_t i) {
        const Seg& s = m_segs[i];
        const double lb2 = sq(chord_lb(pq, s));
        if (lb2 > max_d2) return;
        cand.emplace_back(lb2, i);
        const double e2 = std::min(dist2(pq, s.pa), dist2(pq, s.pb));
        if (e2 < best_end2) {
            best_end2 = e2;
            const double u = geodesic_upper_bound(std::sqrt(e2));
            if (u < ub) {
                ub = u;
                max_d2 = sq(chord_upper_bound(ub));
            }
        }
    });
    std::sort(cand.begin(), cand.end());

    // 2. Exact distances, nearest bound first, until the bounds pass the best found. An end
    //    shared by consecutive segments is measured once; a segment whose nearest chord point
    //    is an end that turns away from q needs only its azimuth there.
    std::optional<IndexedNearest> best;
    double best_d2 = max_d2;
    LonLat probe_v{};
    Bearing probe{-1, 0};
    for (const auto& [lb2, i] : cand) {
        if (lb2 > best_d2) break;
        const Seg& s = m_segs[i];
        const double t = start(s);
        SegmentPoint sp{};
        bool done = false;
        if (t <= 0 || t >= 1 || s.a == s.b) {
            const LonLat v = t >= 1 ? s.b : s.a;
            if (probe.distance_m < 0 || !(probe_v == v)) {
                probe = bearing(v, q);
                probe_v = v;
            }
            if (s.a == s.b || probe.distance_m == 0 || turns_away(end_azimuth(i, t >= 1), probe.azi_deg)) {
                sp = {probe.distance_m, v};
                done = true;
            }
        }
        if (!done) sp = nearest_on_segment(q, s.a, s.b, t);
        if (!best || sp.distance_m < best->distance_m) {
            best = IndexedNearest{sp.distance_m, sp.point, s.feature};
            best_d2 = std::min(best_d2, sq(chord_upper_bound(sp.distance_m)));
        }
    }
    if (!best || best->distance_m > limit) return std::nullopt;
    return best;
}

} // namespace rangemap
