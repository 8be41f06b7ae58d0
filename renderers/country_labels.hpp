// SPDX-License-Identifier: MIT
#pragma once
/// @file Country names, each inside its country's largest visible part, at the centre of the
/// largest circle that fits there and sized by that part's area. renderers-internal.

#include "area_mask.hpp"
#include "label_job.hpp"
#include "page_areas.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

struct CountryLabels {
    std::vector<LabelJob> jobs;
    std::vector<DroppedLabel> too_small; ///< named countries on the map too small to name
};

/// A job for each named country in `areas` whose largest visible part is big enough to name:
/// inside it, from the theme's largest country size down to its smallest, else (no room inside)
/// beside it with a leader, when it is cut by the frame or among `focus` (the countries the
/// figure is about). Countries whose part is smaller are left out, never crammed.
/// `mask` holds `areas` as painted.
CountryLabels country_label_jobs(const DrawContext& dc, const std::vector<PageArea>& areas, const AreaMask& mask,
                                 const std::vector<std::string>& focus, int priority);

} // namespace rangemap::render
