// SPDX-License-Identifier: MIT
#pragma once
/// @file What a map shows: layers of features with styles, annotations and the frame.
/// Plain data: no GDAL and no Cairo here.

#include "style.hpp"

#include "engine/geometry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::layers {

/// What part a layer plays in the figure; the renderer draws roles in a fixed, legible order.
enum class Role { land, borders, coastline, buffer, ring, places, callout };

/// Features plus a style and a legend entry.
struct Layer {
    std::string id;
    Role role = Role::land;
    std::vector<Feature> features;
    Style style;
    std::string legend;    ///< legend text; empty: not in the legend
    bool label = false;    ///< label the features by name (places)
    int priority = 0;      ///< higher survives label crowding
};

/// A labelled line between two witness points, e.g. Taiwan–Yonaguni "108 km".
struct Callout {
    LonLat from;
    LonLat to;
    std::string label;
};

/// The map frame: projection, extent and page.
struct Frame {
    std::string crs = "auto";       ///< PROJ string, EPSG code, or "auto" (chosen for the extent)
    std::optional<BBox> extent;     ///< lon/lat box; empty: fitted to the content
    int width = 1500;               ///< pixels for PNG, points for SVG/PDF
    int height = 1000;
    double scale = 1.0;             ///< HiDPI factor for PNG
};

/// One figure.
struct Scene {
    std::string title;
    std::string subtitle;
    std::string credit;
    Frame frame;
    std::vector<Layer> layers;      ///< drawn in order
    std::vector<Callout> callouts;
};

} // namespace rangemap::layers
