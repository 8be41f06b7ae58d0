// SPDX-License-Identifier: MIT
#include "segment_index.hpp"

#include "geodesic_segment.hpp"

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
}

double SegmentIndex::seg_lb(const Vec3& q, const Seg& s) const noexcept {
    return geodesic_lower_bound(chord_lb(q, s));
}

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
    if (m_segs.empty()) return std::nullopt;
    const Vec3 pq = ecef(q);
    // The exact evaluation of the winning segment is repeated once, to keep no state here.
    const auto start = [&](const Seg& s) {
        const Vec3 d{s.pb.x - s.pa.x, s.pb.y - s.pa.y, s.pb.z - s.pa.z};
        const double dd = d.x * d.x + d.y * d.y + d.z * d.z;
        if (dd <= 0) return 0.0;
        const double t = ((pq.x - s.pa.x) * d.x + (pq.y - s.pa.y) * d.y + (pq.z - s.pa.z) * d.z) / dd;
        return std::clamp(t, 0.0, 1.0);
    };
    SegmentPoint last{0, {}};
    std::uint32_t last_item = ~0u;
    // Keys are squared straight-line (chord) distances: lower bounds for boxes and segments,
    // and for an evaluated segment the largest squared chord whose geodesic lower bound could
    // still reach its exact distance. The order matches geodesic lower bounds (a monotone
    // map), without an arcsine per box.
    const auto [item, key] = m_bvh.best_first(
        [&](const Box3& b) { return b.dist2(pq); },
        [&](std::uint32_t i) {
            const double c = chord_lb(pq, m_segs[i]);
            return c * c;
        },
        [&](std::uint32_t i) {
            const Seg& s = m_segs[i];
            last = nearest_on_segment(q, s.a, s.b, start(s));
            last_item = i;
            const double c = chord_upper_bound(last.distance_m);
            return c * c;
        },
        limit >= 1e300 ? limit : chord_upper_bound(limit) * chord_upper_bound(limit));
    if (item < 0) return std::nullopt;
    const Seg& s = m_segs[static_cast<std::size_t>(item)];
    if (last_item != static_cast<std::uint32_t>(item)) last = nearest_on_segment(q, s.a, s.b, start(s));
    if (last.distance_m > limit) return std::nullopt;
    return IndexedNearest{last.distance_m, last.point, s.feature};
}

} // namespace rangemap
