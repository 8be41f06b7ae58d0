// SPDX-License-Identifier: MIT
#include "disc_bbox.hpp"

#include "angles.hpp"
#include "geodesic.hpp"
#include "wgs84.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rangemap {

namespace {

// Margins that make the box conservative on the ellipsoid; the unit test checks them by brute
// force against points on the disc's boundary. Latitude ends come from the exact geodesic, so
// their margin only covers rounding; the longitude half-width comes from the sphere's point of
// tangency with the radius taken on the least radius of curvature (the meridian's at the
// equator), and grown by 0.5 %.
constexpr double k_lat_margin_deg = 1e-6;                               // about 0.1 m
constexpr double k_lon_growth = 1.005;                                  // of the angular radius
constexpr double k_lon_margin_deg = 1e-6;                               // rounding
constexpr double k_min_radius_m = wgs84::k_b * wgs84::k_b / wgs84::k_a; // the least radius of curvature

} // namespace

BBox disc_bbox(LonLat centre, double radius_m) noexcept {
    const Geodesic& g = Geodesic::wgs84();
    const double r = std::max(radius_m, 0.0) * (1 + 1e-12) + 1e-3; // a millimetre for rounding
    BBox box;
    box.min_lon = -180;
    box.max_lon = 180;
    // Along the meridian the disc reaches farthest in latitude; past a pole it holds the pole.
    const bool north_pole = g.distance(centre, {centre.lon, 90.0}) <= r;
    const bool south_pole = g.distance(centre, {centre.lon, -90.0}) <= r;
    box.max_lat = north_pole ? 90.0 : std::min(90.0, g.direct(centre, 0.0, r).point.lat + k_lat_margin_deg);
    box.min_lat = south_pole ? -90.0 : std::max(-90.0, g.direct(centre, 180.0, r).point.lat - k_lat_margin_deg);
    if (north_pole || south_pole) return box; // a polar cap: every longitude
    const double sigma = r / k_min_radius_m * k_lon_growth;
    const double cos_lat = std::cos(centre.lat * k_rad_per_deg);
    if (sigma >= std::numbers::pi / 2 || std::sin(sigma) >= cos_lat) return box;
    const double half = std::asin(std::sin(sigma) / cos_lat) * k_deg_per_rad + k_lon_margin_deg;
    if (half >= 180.0) return box;
    box.min_lon = centre.lon - half;
    box.max_lon = centre.lon + half;
    return box;
}

} // namespace rangemap
