// SPDX-License-Identifier: MIT
#pragma once
/// @file Questions about places shared by the verbs and scenarios: distances between resolved
/// places (point or feature) and selections of places from the loaded layers.

#include "place_resolver.hpp"
#include "scenario.hpp"
#include "session.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace rangemap::cli {

struct PlaceDistance {
    double distance_m = 0;   ///< geodesic, metres; 0 when the features touch or overlap
    LonLat from, to;         ///< witness points (the points themselves for two points)
    double azimuth_deg = 0;  ///< forward azimuth at `from`, [0, 360)
    double back_azimuth_deg = 0; ///< forward azimuth at `to`, continuing past it, [0, 360)
    double error_bound_m = 0;    ///< 0 for two points; the minimum-distance bound otherwise
    std::string method;
};

/// Geodesic distance between two places: the geodesic for two points, the minimum geodesic
/// distance with witness points when either is a line or polygon feature.
PlaceDistance distance_between(const ResolvedPlace& a, const ResolvedPlace& b);

/// An azimuth in degrees brought into [0, 360). Inline: the batch path calls it per row.
inline double azimuth_0_360(double azi_deg) {
    const double a = std::fmod(azi_deg, 360.0);
    const double b = a < 0 ? a + 360.0 : a;
    return b >= 360.0 ? 0.0 : b;
}

/// The places a filter selects, in layer order. Names are resolved through the gazetteer.
/// @throws usage_error for an unknown layer or name.
std::vector<Feature> select_places(Session& session, const PlaceFilter& filter);

} // namespace rangemap::cli
