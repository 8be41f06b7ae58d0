// SPDX-License-Identifier: MIT
#pragma once
/// @file Draws a Scene with Cairo and Pango: one drawing path for PNG, SVG and PDF.

#include "output.hpp"

#include "layers/scene.hpp"

#include <string>
#include <vector>

namespace rangemap::render {

/// What a render produced besides the bytes.
struct RenderReport {
    std::string crs;                         ///< the map CRS used
    std::vector<std::string> dropped_labels; ///< labels left out for lack of room
};

/// Renders the scene to the bytes of a PNG, SVG or PDF file.
/// @throws usage_error for an invalid frame; io_error when Cairo fails.
std::string render_to_bytes(const layers::Scene& scene, Format format, RenderReport* report = nullptr);

/// Renders and writes atomically to `path`; the format comes from the extension.
RenderReport render_to_file(const layers::Scene& scene, const std::string& path);

} // namespace rangemap::render
