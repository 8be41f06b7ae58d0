// SPDX-License-Identifier: MIT
#pragma once
/// @file How the render report tells of a label: what it says, what it names and where.

#include "geometry_types.hpp"

#include "engine/geo_point.hpp"

#include <optional>
#include <string>

namespace rangemap::render {

/// A label as placed, in page units (before the PNG HiDPI scale).
struct LabelBox {
    std::string text;
    Box box;
    bool leader = false; ///< moved away from its anchor and joined by a leader line
    /// site, ring, sector, buffer, callout, country, sea, title or legend
    std::string kind;
    /// The lon/lat of what it names: a site, a point on its ring, a point inside its country or
    /// sea, a callout's midpoint; empty for titles and legend entries.
    std::optional<LonLat> anchor;
};

/// A label left out: its area too small for it, or no free place.
struct DroppedLabel {
    std::string text;
    std::string kind;
    std::optional<LonLat> anchor;
};

} // namespace rangemap::render
