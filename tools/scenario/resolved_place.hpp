// SPDX-License-Identifier: MIT
#pragma once
/// @file Turns what the user typed for a PLACE into a point or a feature.

#include "engine/geometry.hpp"
#include "engine/place_distance.hpp"

#include <string>

namespace rangemap::scenario {

/// A resolved place: a position, or a named feature (a polygon for a country).
struct ResolvedPlace {
    std::string query; ///< what was typed
    std::string name;  ///< the matched name (the text itself for coordinates)
    std::string layer; ///< the layer it came from ("" for coordinates)
    Feature feature;   ///< geometry in WGS84 lon/lat
    /// The session's own copy of the feature, which stays put while the session lives: what
    /// identifies the feature to the session's memo of buffers. Null for coordinates.
    const Feature* source = nullptr;
    [[nodiscard]] bool is_point() const noexcept { return is_single_point(feature.geometry); }
    [[nodiscard]] LonLat point() const { return feature.geometry.points.front(); }
};

} // namespace rangemap::scenario
