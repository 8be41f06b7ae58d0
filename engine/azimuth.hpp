// SPDX-License-Identifier: MIT
#pragma once
/// @file Azimuths as answers report them.

#include <cmath>

namespace rangemap {

/// An azimuth in degrees (any finite value) brought into [0, 360). Inline: the batch path
/// calls it for every row.
inline double azimuth_0_360(double azi_deg) noexcept {
    const double a = std::fmod(azi_deg, 360.0);
    const double b = a < 0 ? a + 360.0 : a;
    return b >= 360.0 ? 0.0 : b;
}

} // namespace rangemap
