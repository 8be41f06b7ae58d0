// SPDX-License-Identifier: MIT
#pragma once
/// @file Draws a Scene with Cairo and Pango: one drawing path for PNG, SVG and PDF; only the
/// surface differs.

#include "geometry_types.hpp"
#include "label_report.hpp"
#include "output.hpp"

#include "layers/scene.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rangemap::render {

/// A zoom inset as drawn.
struct InsetReport {
    Box box;                                 ///< the inset with its frame, page units (also in the furniture)
    Box map_box;                             ///< where it draws its map, page units
    std::vector<PagePoint> frame_on_map;     ///< the outline of what it shows, as the main map draws it
    std::string crs;                         ///< its projection (PROJ definition)
    LonLat centre;                           ///< the middle of what it shows, WGS84 degrees
    double width_m = 0;                      ///< ground metres across its map
    double zoom = 0;                         ///< its page units per ground metre over the main map's, at `centre`
    std::optional<std::size_t> callout;      ///< the callout it zooms on (index into the scene's)
    std::array<LonLat, 2> callout_ends{};    ///< that callout's ends, WGS84 degrees (the scene's)
    std::array<PagePoint, 2> callout_page{}; ///< the same ends in the inset, page units
    std::string scale_text;                  ///< its scale bar's km length as printed ("100 km"); empty: none
    std::array<PagePoint, 2> scale_page{};   ///< the km bar's ends, page units
    std::array<LonLat, 2> scale_ends{};      ///< the same ends on the ground, WGS84 degrees
    double true_lat = 0;                     ///< the parallel the bar is true along, degrees
};

/// What a render produced besides the bytes.
struct RenderReport {
    std::string crs;                         ///< the map CRS used (PROJ definition)
    BBox extent;                             ///< the lon/lat extent shown whole
    Box map_box;                             ///< the map area on the page, page units
    std::vector<LabelBox> labels;            ///< every label drawn: on the map, the titles, the legend's
    std::vector<Box> furniture;              ///< legend/scale-bar panel, page units
    std::vector<DroppedLabel> dropped;       ///< labels left out: no room, or too small for their area
    std::vector<std::string> dropped_labels; ///< the texts of `dropped`, in order
    std::optional<InsetReport> inset;        ///< the zoom inset, when one is drawn
};

/// Renders the scene to the bytes of a PNG, SVG or PDF file. Identical inputs give identical
/// bytes (SVG and PDF carry no dates).
/// @throws usage_error for an invalid frame (see MapFrame); io_error when Cairo fails.
std::string render_to_bytes(const layers::Scene& scene, Format format, RenderReport* report = nullptr);

/// The largest PNG drawn: 4 bytes a pixel in memory, so 100 million pixels is about 400 MiB.
inline constexpr double k_max_png_pixels = 100e6;

/// The layout of a small-multiples figure.
struct PanelGrid {
    int count = 1;         ///< panels, at least one
    int columns = 1;       ///< panels a row, filled in order (clamped to 1..count)
    int panel_width = 640; ///< every panel's page, in place of its scene's frame size
    int panel_height = 460;
};

/// The page of a small-multiples figure, in page units (pixels for PNG).
struct PanelsPage {
    double width = 0, height = 0;
    double band = 0; ///< the title band above the panels
};

/// The panels side by side, under a title band when there is a title.
constexpr PanelsPage panels_page(const PanelGrid& grid, bool titled) {
    const int columns = std::clamp(grid.columns, 1, std::max(grid.count, 1));
    const int rows = (grid.count + columns - 1) / columns;
    const double band = titled ? std::max(40.0, grid.panel_width * 0.08) : 0.0;
    return {double(grid.panel_width) * columns, double(grid.panel_height) * rows + band, band};
}

/// Builds panel `index` (0 .. count - 1) of a small-multiples figure.
using PanelMaker = std::function<layers::Scene(int index)>;

/// Renders a small-multiples figure: the grid's panels side by side under one title. Each panel
/// is built by `make_panel`, drawn and released before the next is built, in order, so memory
/// holds one panel whatever their number. `shared` layers (a base map common to every panel) are
/// drawn in every panel beneath its graticule and its own layers, and drawn once for all panels
/// with the same frame: an SVG or PDF holds them once. They are only drawn: no legend entry,
/// label or marker, and no part of a fitted extent.
/// @throws usage_error when the page would exceed MapFrame::k_max_page (or, for PNG,
///         k_max_png_pixels) or a panel's frame is invalid; io_error when Cairo fails.
std::string render_panels_to_bytes(const PanelGrid& grid, const PanelMaker& make_panel, const std::string& title,
                                   Format format, std::span<const layers::Layer> shared = {});

} // namespace rangemap::render
