// SPDX-License-Identifier: MIT
#include "curve_trace.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap {

namespace {

struct Vertex {
    double t;
    LonLat p; ///< longitude as geodesic.h gives it
};

class Tracer {
public:
    Tracer(const CurveSpec& c, std::size_t max_vertices) : m_c(c), m_max(max_vertices) {}

    Vertex vertex(double t) const { return {t, m_c.at(t)}; }

    /// Appends the vertices after `a` up to and including `b`, halving in t until each edge
    /// follows the curve within tolerance.
    void refine(const Vertex& a, const Vertex& b, int depth, std::vector<Vertex>& out) const {
        const LonLat bu{a.p.lon + std::remainder(b.p.lon - a.p.lon, 360.0), b.p.lat};
        // Near a ring's antipodal distance the lon/lat image becomes wild; a cap on the vertex
        // count keeps the curve finite, and the caller reports the error achieved.
        if (depth < 24 && out.size() < m_max && edge_off_curve(m_c, a.p, bu, 4) > m_c.tolerance_m) {
            const Vertex m = vertex((a.t + b.t) / 2);
            refine(a, m, depth + 1, out);
            refine(m, b, depth + 1, out);
            return;
        }
        out.push_back(b);
    }

    const CurveSpec& m_c;
    std::size_t m_max;
};

} // namespace

double edge_off_curve(const CurveSpec& curve, LonLat a, LonLat b, int samples) {
    double worst = 0;
    for (int i = 1; i < samples; ++i) {
        const double t = static_cast<double>(i) / samples;
        worst = std::max(worst, curve.off_curve({a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)}));
    }
    return worst;
}

void trace_curve(const CurveSpec& curve, LinearRing& out, std::size_t max_vertices) {
    const Tracer tr(curve, max_vertices);
    const int n0 = std::clamp(curve.min_steps, 1, 1 << 20);
    std::vector<Vertex> vs{tr.vertex(curve.t0)};
    for (int i = 1; i <= n0; ++i) {
        const Vertex next = tr.vertex((curve.t0 * (n0 - i) + curve.t1 * i) / n0);
        tr.refine(vs.back(), next, 0, vs);
    }
    if (out.empty()) out.push_back(vs.front().p);
    for (std::size_t i = 1; i < vs.size(); ++i) {
        const LonLat prev = out.back();
        const LonLat next{prev.lon + std::remainder(vs[i].p.lon - vs[i - 1].p.lon, 360.0), vs[i].p.lat};
        // Where the curve crosses the antimeridian, a vertex exactly on it, found on the curve
        // by bisection in t.
        const double k0 = std::floor((prev.lon + 180.0) / 360.0), k1 = std::floor((next.lon + 180.0) / 360.0);
        if (k0 != k1) {
            const double cut = 180.0 + 360.0 * std::min(k0, k1);
            double lo = vs[i - 1].t, hi = vs[i].t;
            LonLat at = prev;
            for (int it = 0; it < 60; ++it) {
                const double mid = (lo + hi) / 2;
                const LonLat p = curve.at(mid);
                at = {prev.lon + std::remainder(p.lon - prev.lon, 360.0), p.lat};
                if ((at.lon < cut) == (prev.lon < cut))
                    lo = mid;
                else
                    hi = mid;
            }
            out.push_back({cut, at.lat});
        }
        out.push_back(next);
    }
}

} // namespace rangemap
