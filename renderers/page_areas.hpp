// SPDX-License-Identifier: MIT
#pragma once
/// @file Areas (countries, land) as the page shows them: projected, clipped to the frame and
/// thinned, for labels to find room inside them or keep out of them. renderers-internal.

#include "draw_context.hpp"

#include "layers/scene.hpp"

#include <vector>

namespace rangemap::render {

/// One feature's polygons on the page; x and y ride in LonLat's lon and lat.
struct PageArea {
    const Feature* feature = nullptr;
    Geometry plane;
    Box bounds;
};

/// The polygons of the layer's features, projected; features wholly off the frame are left out.
/// @param min_step thinning, page units: labels need the shape, not every vertex.
std::vector<PageArea> project_areas(const DrawContext& dc, const layers::Layer& layer, double min_step);

} // namespace rangemap::render
