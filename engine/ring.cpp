// SPDX-License-Identifier: MIT
#include "ring.hpp"

#include "antimeridian.hpp"
#include "curve_trace.hpp"
#include "error.hpp"
#include "geodesic.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap {

namespace {

constexpr std::size_t k_max_vertices = 200000;

} // namespace

double antipodal_distance(LonLat p) { return Geodesic::wgs84().distance(p, LonLat{wrap_lon(p.lon + 180.0), -p.lat}); }

double check_ring_radius(LonLat centre, Length radius) {
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
    return limit;
}

RangeRing range_ring(LonLat centre, Length radius, const RingOptions& options) {
    const GeoPoint valid(centre.lat, centre.lon); // throws for out-of-range or non-finite
    (void)valid;
    const Geodesic& g = Geodesic::wgs84();
    const double r = radius.metres();
    const double limit = check_ring_radius(centre, radius);
    const double tol = std::max(options.edge_tolerance_fraction, 1e-7) * r;
    // Azimuths decreasing, so that a small ring runs counter-clockwise.
    const CurveSpec arc{[&](double azi) { return g.direct(centre, azi, r).point; },
                        [&](LonLat p) { return std::abs(g.distance(centre, p) - r); },
                        360.0,
                        0.0,
                        std::clamp(options.min_vertices, 8, 1 << 20),
                        tol};
    LinearRing circle;
    trace_curve(arc, circle, k_max_vertices);

    RangeRing out{centre, radius, {},    0,
                  0,      false,  false, "geodesic direct on WGS84 at adaptive azimuth steps (Karney 2013)",
                  {},     limit};
    for (std::size_t i = 0; i < circle.size(); ++i) {
        out.max_vertex_error_m = std::max(out.max_vertex_error_m, std::abs(g.distance(centre, circle[i]) - r));
        if (i + 1 < circle.size()) {
            out.max_edge_error_m = std::max(out.max_edge_error_m, edge_off_curve(arc, circle[i], circle[i + 1], 8));
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
    } else if (to_north < r && to_south < r) {
        out.contains_north_pole = out.contains_south_pole = true;
    }
    out.area = area_inside(circle, out.contains_north_pole, out.contains_south_pole);
    out.circle = std::move(circle);
    return out;
}

} // namespace rangemap
