// SPDX-License-Identifier: MIT
#pragma once
/// @file Degrees and radians, once.

#include <cmath>

namespace rangemap {

/// Radians in one degree: multiply degrees by it.
inline constexpr double k_rad_per_deg = M_PI / 180.0;
/// Degrees in one radian: multiply radians by it.
inline constexpr double k_deg_per_rad = 180.0 / M_PI;

} // namespace rangemap
