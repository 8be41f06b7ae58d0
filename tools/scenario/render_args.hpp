// SPDX-License-Identifier: MIT
#pragma once
/// @file What `rangemap render` and `/api/render` take as text besides the scenario: the page
/// size and the map extent, checked against the same limits.

#include "engine/geometry.hpp"

#include <string>
#include <utility>

namespace rangemap::scenario {

/// "WIDTHxHEIGHT" in whole pixels (points for SVG/PDF), each 100..MapFrame::k_max_page.
/// @throws usage_error naming the text and the limit.
std::pair<int, int> parse_page_size(const std::string& text);

/// "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT" in degrees, checked as a map extent.
/// @throws usage_error naming the text.
BBox parse_map_extent(const std::string& text);

} // namespace rangemap::scenario
