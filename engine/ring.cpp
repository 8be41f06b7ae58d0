// SPDX-License-Identifier: MIT
#include "ring.hpp"

#include "antimeridian.hpp"
#include "error.hpp"
#include "geodesic.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap {

namespace {

struct Vertex {
    double azi; ///< azimuth at the centre, degrees
    LonLat p;   ///< position, longitude wrapped by geodesic.h into [-180, 180]
};

constexpr std::size_t k_max_vertices = 200000;

class RingBuilder {
public:
    RingBuilder(LonLat centre, double r, double tol) : m_c(centre), m_r(r), m_tol(tol) {}

    Vertex vertex(double azi) const { return {azi, m_g.direct(m_c, azi, m_r).point}; }

    /// Worst |distance - R| at points along the straight lon/lat edge a-b (b's lon unwrapped
    /// next to a's), metres.
    double edge_error(LonLat a, LonLat b, int samples) const {
        double worst = 0;
        for (int i = 1; i < samples; ++i) {
            const double t = static_cast<double>(i) / samples;
            const LonLat m{a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
            worst = std::max(worst, std::abs(m_g.distance(m_c, m) - m_r));
        }
        return worst;
    }

    /// Appends the vertices after `a` up to and including `b`, subdividing in azimuth until
    /// each edge follows the circle within tolerance.
    void refine(const Vertex& a, const Vertex& b, int depth, std::vector<Vertex>& out) const {
        const LonLat bu{a.p.lon + std::remainder(b.p.lon - a.p.lon, 360.0), b.p.lat};
        // Near the antipodal distance the circle's lon/lat image becomes wild; a cap on the
        // vertex count keeps the ring finite, and max_edge_error_m reports what was achieved.
        if (depth < 24 && out.size() < k_max_vertices && edge_error(a.p, bu, 4) > m_tol) {
            const Vertex m = vertex((a.azi + b.azi) / 2);
            refine(a, m, depth + 1, out);
            refine(m, b, depth + 1, out);
            return;
        }
        out.push_back(b);
    }

    const Geodesic& m_g = Geodesic::wgs84();
    LonLat m_c;
    double m_r, m_tol;
};

} // namespace

double antipodal_distance(LonLat p) { return Geodesic::wgs84().distance(p, LonLat{wrap_lon(p.lon + 180.0), -p.lat}); }

RangeRing range_ring(LonLat centre, Length radius, const RingOptions& options) {
    const GeoPoint valid(centre.lat, centre.lon); // throws for out-of-range or non-finite
    (void)valid;
    const Geodesic& g = Geodesic::wgs84();
    const double r = radius.metres();
    if (!(r > 0)) throw usage_error("ring radius must be positive");
    if (r < k_min_ring_radius_m) {
        throw usage_error(
            fmt::format("ring radius {:g} m is below the smallest ring radius, {:g} m", r, k_min_ring_radius_m));
    }
    const double limit = antipodal_distance(centre);
    if (r >= limit) {
        throw usage_error(fmt::format("ring radius {} km reaches the antipode of {:.6f},{:.6f}: the largest "
                                      "radius there is just under {:.3f} km",
                                      format_number(r / 1000.0, 3), centre.lat, centre.lon, limit / 1000.0));
    }
    const double tol = std::max(options.edge_tolerance_fraction, 1e-7) * r;
    RingBuilder b(centre, r, tol);

    // Azimuths decreasing, so that a small ring runs counter-clockwise.
    const int n0 = std::clamp(options.min_vertices, 8, 1 << 20);
    std::vector<Vertex> vs{b.vertex(360.0)};
    vs.front().azi = 360.0;
    for (int i = 1; i <= n0; ++i) {
        const Vertex next = b.vertex(360.0 * (n0 - i) / n0);
        b.refine(vs.back(), next, 0, vs);
    }
    // vs runs from azimuth 360 to 0: the last vertex repeats the first.

    RangeRing out{centre, radius, {},    0,
                  0,      false,  false, "geodesic direct on WGS84 at adaptive azimuth steps (Karney 2013)",
                  {},     limit};
    LinearRing circle;
    circle.reserve(vs.size());
    circle.push_back(vs.front().p);
    for (std::size_t i = 1; i < vs.size(); ++i) {
        const LonLat prev = circle.back();
        const LonLat next{prev.lon + std::remainder(vs[i].p.lon - vs[i - 1].p.lon, 360.0), vs[i].p.lat};
        // Where the circle crosses the antimeridian, put a vertex exactly on it (found on the
        // circle by bisection in azimuth): the split at ±180 then cuts at a true circle point.
        const double k0 = std::floor((prev.lon + 180.0) / 360.0), k1 = std::floor((next.lon + 180.0) / 360.0);
        if (k0 != k1) {
            const double cut = 180.0 + 360.0 * std::min(k0, k1);
            double lo = vs[i - 1].azi, hi = vs[i].azi;
            LonLat at = prev;
            for (int it = 0; it < 60; ++it) {
                const double mid = (lo + hi) / 2;
                const LonLat p = b.vertex(mid).p;
                at = {prev.lon + std::remainder(p.lon - prev.lon, 360.0), p.lat};
                if ((at.lon < cut) == (prev.lon < cut))
                    lo = mid;
                else
                    hi = mid;
            }
            circle.push_back({cut, at.lat});
        }
        circle.push_back(next);
    }
    for (std::size_t i = 0; i < circle.size(); ++i) {
        out.max_vertex_error_m = std::max(out.max_vertex_error_m, std::abs(g.distance(centre, circle[i]) - r));
        if (i + 1 < circle.size()) {
            out.max_edge_error_m = std::max(out.max_edge_error_m, b.edge_error(circle[i], circle[i + 1], 8));
        }
    }

    const double winding = std::round((circle.back().lon - circle.front().lon) / 360.0);
    const double to_north = g.distance(centre, {centre.lon, 90.0});
    const double to_south = g.distance(centre, {centre.lon, -90.0});
    if (winding != 0) {
        // The circle goes once around the axis: it encloses exactly one pole.
        const bool north = to_north < r && (to_south >= r || to_north <= to_south);
        out.contains_north_pole = north;
        out.contains_south_pole = !north;
        const double pole_lat = north ? 90.0 : -90.0;
        LinearRing ringp = circle;
        ringp.push_back({circle.back().lon, pole_lat});
        ringp.push_back({circle.front().lon, pole_lat});
        ringp.push_back(circle.front());
        out.area = normalise_unwrapped({Polygon{ringp, {}}});
    } else if (to_north < r && to_south < r) {
        // Both poles inside: the ring is the world minus the small cap around the antipode.
        out.contains_north_pole = out.contains_south_pole = true;
        out.area = world_minus(normalise_unwrapped({Polygon{circle, {}}}));
    } else {
        out.area = normalise_unwrapped({Polygon{circle, {}}});
    }
    out.circle = std::move(circle);
    return out;
}

} // namespace rangemap
