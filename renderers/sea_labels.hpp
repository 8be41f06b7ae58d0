// SPDX-License-Identifier: MIT
#pragma once
/// @file Names of seas, straits and oceans: italic, in the theme's water colour, and only where
/// the page shows water. renderers-internal.

#include "area_mask.hpp"
#include "label_job.hpp"

#include <vector>

namespace rangemap::render {

struct SeaLabels {
    std::vector<LabelJob> jobs;
    std::vector<DroppedLabel> on_land; ///< on the map, but with no place over water
};

/// The widest map, ground metres across its centre, that names straits, channels and gulfs.
inline constexpr double k_regional_width_m = 6.0e6;

/// Ground metres across the map at its centre (along the parallel); 0 when unknown.
double map_width_m(const MapFrame& frame);
/// True for a map at most k_regional_width_m across its centre.
inline bool is_regional(const MapFrame& frame) {
    const double w = map_width_m(frame);
    return w > 0 && w <= k_regional_width_m;
}

/// A job for each name of the water layer whose anchor is on the map: its positions are those
/// near the anchor where the (turned) text lies over water, `land` holding what the page shows as
/// land. Straits, channels and gulfs only on a map at most k_regional_width_m across.
SeaLabels sea_label_jobs(const DrawContext& dc, const layers::Layer& water, const AreaMask& land, int priority);

} // namespace rangemap::render
