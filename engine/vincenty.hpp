// SPDX-License-Identifier: MIT
#pragma once
/// @file Vincenty's (1975) iterative inverse geodesic, for batches where it settles quickly.

#include "geodesic.hpp"

#include <optional>

namespace rangemap {

/// Vincenty's inverse on the ellipsoid of equatorial radius `a` (metres) and flattening `f`
/// (|f| < 0.01): distance and azimuths. Nothing where it is not both fast and as good as Karney's
/// (within 0.1 mm and 1e-7°, tests/engine): points less than about 6 km apart (cancellation
/// spoils the azimuths), nearly antipodal points (the iteration converges slowly or not at
/// all), non-finite input. Latitudes in [-90, 90], any longitude, degrees.
std::optional<Inverse> vincenty_inverse(LonLat from, LonLat to, double a, double f) noexcept;

} // namespace rangemap
