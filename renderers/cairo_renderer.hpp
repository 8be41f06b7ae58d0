// SPDX-License-Identifier: MIT
#pragma once
/// @file Draws a Scene with Cairo and Pango: one drawing path for PNG, SVG and PDF; only the
/// surface differs.

#include "geometry_types.hpp"
#include "output.hpp"

#include "layers/scene.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

/// A label as placed, in page units (before the PNG HiDPI scale).
struct LabelBox {
    std::string text;
    Box box;
    bool leader = false; ///< moved away from its anchor and joined by a leader line
};

/// What a render produced besides the bytes.
struct RenderReport {
    std::string crs;                         ///< the map CRS used (PROJ definition)
    BBox extent;                             ///< the lon/lat extent shown whole
    Box map_box;                             ///< the map area on the page, page units
    std::vector<LabelBox> labels;            ///< every label placed on the map
    std::vector<Box> furniture;              ///< legend/scale-bar panel, page units
    std::vector<std::string> dropped_labels; ///< labels left out for lack of room, lowest priority first dropped
};

/// Renders the scene to the bytes of a PNG, SVG or PDF file. Identical inputs give identical
/// bytes (SVG and PDF carry no dates).
/// @throws usage_error for an invalid frame (see MapFrame); io_error when Cairo fails.
std::string render_to_bytes(const layers::Scene& scene, Format format, RenderReport* report = nullptr);

/// Renders panels side by side (`columns` per row, in order) under one title: a small-multiples
/// figure. Every panel has the first panel's page size.
/// @throws usage_error when the page would exceed MapFrame::k_max_page or a frame is invalid.
std::string render_panels_to_bytes(const std::vector<layers::Scene>& panels, const std::string& title, int columns,
                                   Format format);

} // namespace rangemap::render
