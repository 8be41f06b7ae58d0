// SPDX-License-Identifier: MIT
#pragma once
/// @file The WGS84 ellipsoid, once: its defining constants and the radii derived from them.

namespace rangemap::wgs84 {

/// Equatorial radius (semi-major axis), metres.
inline constexpr double k_a = 6378137.0;
/// Flattening.
inline constexpr double k_f = 1.0 / 298.257223563;
/// Polar radius (semi-minor axis), metres.
inline constexpr double k_b = k_a * (1.0 - k_f);
/// First eccentricity squared.
inline constexpr double k_e2 = k_f * (2.0 - k_f);
/// Mean radius (2a + b) / 3, metres: for rough bounds only, never for reported distances.
inline constexpr double k_mean_radius = (2.0 * k_a + k_b) / 3.0;

} // namespace rangemap::wgs84
