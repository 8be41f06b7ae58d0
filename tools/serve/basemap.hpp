// SPDX-License-Identifier: MIT
#pragma once
/// @file The page's base map: Natural Earth land and countries, thinned for the screen.
/// Display only: no answer is computed from it.

#include "engine/geometry.hpp"

#include <optional>
#include <string>

namespace rangemap::serve {

/// {"land": FeatureCollection, "countries": FeatureCollection} of the embedded data meeting
/// `region` (the world when empty), each vertex snapped to a grid of `grid_deg` degrees and
/// repeats dropped: about 1 km at 0.01°, below a pixel at any zoom the page offers for a
/// region. @throws data_error when the embedded data cannot be read.
std::string basemap_geojson(const std::optional<BBox>& region, double grid_deg);

} // namespace rangemap::serve
