// SPDX-License-Identifier: MIT
#include "sector.hpp"

#include "antimeridian.hpp"
#include "curve_trace.hpp"
#include "error.hpp"
#include "geo_point.hpp"
#include "geodesic.hpp"
#include "overlay.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap {

namespace {

/// Whether azimuth `a` lies clockwise within `width` of `from`, degrees.
bool within_span(double a, double from, double width) noexcept {
    return std::fmod(std::fmod(a - from, 360.0) + 360.0, 360.0) <= width;
}

/// Angle between two azimuths, [0, 180] degrees.
double azimuth_gap(double a, double b) noexcept { return std::abs(std::remainder(a - b, 360.0)); }

/// The geodesic from `centre` at azimuth `azi`, from distance `from` to `to` (metres).
CurveSpec side_curve(LonLat centre, double azi, double from, double to, double tolerance_m) {
    const Geodesic& g = Geodesic::wgs84();
    // How far a point lies across the geodesic: its distance times the sine of its azimuth's gap.
    return CurveSpec{[&g, centre, azi](double s) { return g.direct(centre, azi, s).point; },
                     [&g, centre, azi](LonLat p) {
                         const Inverse i = g.inverse(centre, p);
                         return i.distance_m * std::sin(azimuth_gap(i.azi1_deg, azi) * M_PI / 180);
                     },
                     from,
                     to,
                     8,
                     tolerance_m};
}

void check_min_radius(Length radius, Length min_radius) {
    if (min_radius.metres() >= radius.metres()) {
        throw usage_error(fmt::format("minimum radius {} km is not below the radius {} km",
                                      format_number(min_radius.km(), 3), format_number(radius.km(), 3)));
    }
    if (min_radius.metres() > 0 && min_radius.metres() < k_min_ring_radius_m) {
        throw usage_error(fmt::format("minimum radius {:g} m is below the smallest ring radius, {:g} m",
                                      min_radius.metres(), k_min_ring_radius_m));
    }
}

} // namespace

RangeRing range_annulus(LonLat centre, Length radius, Length min_radius, const RingOptions& options) {
    RangeRing outer = range_ring(centre, radius, options);
    if (min_radius.metres() == 0) return outer;
    check_min_radius(radius, min_radius);
    const RangeRing inner = range_ring(centre, min_radius, options);
    outer.area = subtract_areas(outer.area, inner.area);
    orient_rfc7946(outer.area);
    outer.max_vertex_error_m = std::max(outer.max_vertex_error_m, inner.max_vertex_error_m);
    outer.max_edge_error_m = std::max(outer.max_edge_error_m, inner.max_edge_error_m);
    // A pole inside the inner circle is not in the annulus.
    outer.contains_north_pole = outer.contains_north_pole && !inner.contains_north_pole;
    outer.contains_south_pole = outer.contains_south_pole && !inner.contains_south_pole;
    outer.method += fmt::format("; inner circle at {} km cut out", format_number(min_radius.km(), 3));
    return outer;
}

RangeSector range_sector(LonLat centre, double azimuth_deg, double width_deg, Length radius, Length min_radius,
                         const RingOptions& options) {
    const GeoPoint valid(centre.lat, centre.lon); // throws for out-of-range or non-finite
    (void)valid;
    if (!std::isfinite(azimuth_deg)) throw usage_error("sector azimuth is not a finite number of degrees");
    if (!std::isfinite(width_deg) || width_deg <= 0 || width_deg > 360) {
        throw usage_error(fmt::format("sector width {} is outside (0, 360] degrees", width_deg));
    }
    check_ring_radius(centre, radius);
    check_min_radius(radius, min_radius);
    const double azimuth = std::fmod(std::fmod(azimuth_deg, 360.0) + 360.0, 360.0);

    RangeSector out;
    out.centre = centre;
    out.azimuth_deg = azimuth;
    out.width_deg = width_deg;
    out.radius = radius;
    out.min_radius = min_radius;
    if (width_deg == 360) {
        const RangeRing ring = range_annulus(centre, radius, min_radius, options);
        out.area = ring.area;
        out.max_arc_error_m = ring.max_vertex_error_m;
        out.max_edge_error_m = ring.max_edge_error_m;
        out.contains_north_pole = ring.contains_north_pole;
        out.contains_south_pole = ring.contains_south_pole;
        out.method = "full circle: " + ring.method;
        return out;
    }

    const Geodesic& g = Geodesic::wgs84();
    const double r = radius.metres(), r0 = min_radius.metres();
    const double a1 = azimuth - width_deg / 2, a2 = azimuth + width_deg / 2;
    const double tol = std::max(options.edge_tolerance_fraction, 1e-7) * r;
    const int arc_steps = std::max(2, static_cast<int>(std::ceil(options.min_vertices * width_deg / 360.0)));

    const auto arc = [&](double radius_m, double from, double to) {
        return CurveSpec{[&g, centre, radius_m](double azi) { return g.direct(centre, azi, radius_m).point; },
                         [&g, centre, radius_m](LonLat p) { return std::abs(g.distance(centre, p) - radius_m); },
                         from,
                         to,
                         std::max(2, static_cast<int>(std::ceil(arc_steps * radius_m / r))),
                         tol * radius_m / r};
    };
    const auto side = [&](double azi, double from, double to) { return side_curve(centre, azi, from, to, tol); };

    // Clockwise from the inner end of the first side; each piece continues the one before.
    struct Piece {
        CurveSpec curve;
        bool is_arc;
        double value; ///< the arc's radius or the side's azimuth
    };
    std::vector<Piece> pieces;
    pieces.push_back({side(a1, r0, r), false, a1});
    pieces.push_back({arc(r, a1, a2), true, r});
    pieces.push_back({side(a2, r, r0), false, a2});
    if (r0 > 0) pieces.push_back({arc(r0, a2, a1), true, r0});

    LinearRing outline;
    if (r0 == 0) outline.push_back(centre);
    for (const auto& piece : pieces) {
        const std::size_t first = outline.empty() ? 0 : outline.size() - 1;
        trace_curve(piece.curve, outline);
        for (std::size_t i = first; i < outline.size(); ++i) {
            const bool apex = r0 == 0 && (i == 0 || i + 1 == outline.size()) && !piece.is_arc;
            if (piece.is_arc) {
                out.max_arc_error_m =
                    std::max(out.max_arc_error_m, std::abs(g.distance(centre, outline[i]) - piece.value));
            } else if (!apex && g.distance(centre, outline[i]) > 0) {
                out.max_side_error_deg =
                    std::max(out.max_side_error_deg, azimuth_gap(g.inverse(centre, outline[i]).azi1_deg, piece.value));
            }
            if (i + 1 < outline.size()) {
                out.max_edge_error_m =
                    std::max(out.max_edge_error_m, edge_off_curve(piece.curve, outline[i], outline[i + 1], 8));
            }
        }
    }

    // A pole is inside when it is within the radii and its azimuth within the span (0 to the
    // north pole, 180 to the south from anywhere but the poles themselves).
    const auto holds = [&](double pole_lat) {
        const double d = g.distance(centre, {centre.lon, pole_lat});
        return d > 0 && d >= r0 && d <= r && within_span(pole_lat > 0 ? 0.0 : 180.0, a1, width_deg);
    };
    out.contains_north_pole = holds(90.0);
    out.contains_south_pole = holds(-90.0);
    out.area = area_inside(outline, out.contains_north_pole, out.contains_south_pole);
    out.method = fmt::format("geodesic sides by the direct problem at azimuths {:.6f} and {:.6f}, arcs at adaptive "
                             "azimuth steps, on WGS84 (Karney 2013)",
                             std::fmod(a1 + 360.0, 360.0), std::fmod(a2, 360.0));
    return out;
}

Geometry radial_line(LonLat centre, double azimuth_deg, Length length, const RingOptions& options, Length start) {
    const GeoPoint valid(centre.lat, centre.lon);
    (void)valid;
    if (!std::isfinite(azimuth_deg)) throw usage_error("radial azimuth is not a finite number of degrees");
    check_ring_radius(centre, length);
    check_min_radius(length, start);
    const double r = length.metres();
    LinearRing line;
    trace_curve(side_curve(centre, azimuth_deg, start.metres(), r, std::max(options.edge_tolerance_fraction, 1e-7) * r),
                line);
    // Cut into pieces at every multiple of 180 the unwrapped line crosses (the tracer put a
    // vertex exactly there), each shifted back into [-180, 180].
    Geometry out;
    std::vector<LonLat> piece;
    double shift = -360.0 * std::floor((line.front().lon + 180.0) / 360.0);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const LonLat p{line[i].lon + shift, line[i].lat};
        piece.push_back(p);
        if (i + 1 == line.size() || std::abs(p.lon) != 180.0) continue;
        if (const double next = line[i + 1].lon + shift; next > 180.0 || next < -180.0) {
            if (piece.size() >= 2) out.lines.push_back(std::move(piece));
            piece.clear();
            shift += p.lon > 0 ? -360.0 : 360.0;
            piece.push_back({line[i].lon + shift, p.lat});
        }
    }
    if (piece.size() >= 2) out.lines.push_back(std::move(piece));
    return out;
}

} // namespace rangemap
