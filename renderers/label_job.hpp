// SPDX-License-Identifier: MIT
#pragma once
/// @file One label waiting to be placed: what it says, how it looks, what it names. renderers-internal.

#include "label_placer.hpp"
#include "label_report.hpp"
#include "outline_labels.hpp"
#include "text.hpp"

#include "engine/geometry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::render {

struct LabelJob {
    LabelRequest request;
    TextStyle style;
    std::string drawn;            ///< the text as drawn, when it differs from the request's (capitals)
    std::string kind;             ///< site, ring, sector, buffer, callout, country, sea (the render report's)
    std::optional<LonLat> anchor; ///< the lon/lat of what it names
    double angle = 0;             ///< degrees counter-clockwise; the request's boxes hold the turned text
    /// Text along an outline: one placement per candidate of the request (whose boxes are
    /// theirs), drawn glyph by glyph; the report's anchor is the outline point under the text.
    std::vector<PathPlacement> along;
    int priority = 0; ///< higher is placed first; ties keep the order of collection
};

} // namespace rangemap::render
