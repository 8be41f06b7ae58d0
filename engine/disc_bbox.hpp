// SPDX-License-Identifier: MIT
#pragma once
/// @file The lon/lat box that holds every point within a geodesic distance of a point: what a
/// reader's spatial filter needs to skip the rest of a large layer unread.

#include "geometry.hpp"

namespace rangemap {

/// A box holding every point within `radius_m` metres (geodesic, WGS84) of `centre`,
/// conservative by a small margin, never smaller than the disc. Latitudes: from the disc's
/// southern to its northern end along the meridian, clamped to [-90, 90]; when the disc holds
/// a pole the box runs through all longitudes up to that pole (a polar cap). Longitudes: from
/// the points of tangency of the disc with meridians, as min_lon..max_lon about centre.lon
/// brought into [-180, 180]; a box crossing the antimeridian has min_lon < -180 or
/// max_lon > 180 (the convention of geodata::ReadOptions::region); all longitudes are
/// -180..180.
/// @param centre WGS84 lon/lat, lat in [-90, 90]; @param radius_m metres, >= 0.
[[nodiscard]] BBox disc_bbox(LonLat centre, double radius_m) noexcept;

/// Whether `p` (lon in [-180, 180]) lies in `box`, a box as disc_bbox makes it (possibly wrapping).
[[nodiscard]] inline bool in_wrapped_box(LonLat p, const BBox& box) noexcept {
    if (p.lat < box.min_lat || p.lat > box.max_lat) return false;
    return (p.lon >= box.min_lon && p.lon <= box.max_lon) ||
           (p.lon + 360.0 >= box.min_lon && p.lon + 360.0 <= box.max_lon) ||
           (p.lon - 360.0 >= box.min_lon && p.lon - 360.0 <= box.max_lon);
}

} // namespace rangemap
