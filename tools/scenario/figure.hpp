// SPDX-License-Identifier: MIT
#pragma once
/// @file A scenario's figures as file bytes: the map, and a sweep's small multiples.

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include "renderers/cairo_renderer.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace rangemap::scenario {

/// A drawn figure: the file's bytes and what was placed where.
struct Figure {
    std::string bytes;
    render::RenderReport report;
};

/// The scenario's map (scenario_scene), drawn in `format`.
/// @param scale HiDPI factor for PNG, 0.1..8. @throws usage_error for an invalid frame.
Figure render_figure(const Scenario& scenario, Session& session, render::Format format, double scale = 1.0);

/// The layout of a sweep's small multiples: `steps` panels of 640x460 in rows of about the
/// square root of their number. Smaller panels would make their labels too small to read; at the
/// step limit (k_max_sweep_steps) the page is 9600x6491, within the PNG limit (see figure.cpp).
constexpr render::PanelGrid sweep_grid(int steps) {
    int columns = 1;
    while (columns * columns < steps) ++columns;
    return {steps, columns, 640, 460};
}

/// A sweep question's small-multiples figure: one panel per swept radius (sweep_grid), under the
/// scenario's title and the question's id. The panels are built and drawn one at a time.
std::string render_sweep_figure(const Scenario& scenario, const Question& sweep, Session& session,
                                render::Format format);

/// The render report as JSON: crs, extent, map_box, labels (text, kind, box, anchor [lon, lat]
/// or null, leader), furniture, dropped (text, kind, anchor), dropped_labels (their texts) and
/// inset (null, or its box, map_box, frame_on_map, crs, centre, width_m, zoom, callout {index,
/// ends, page} and scale_bar {text, page, ends, true_lat}; its box is also in the furniture).
nlohmann::ordered_json report_json(const render::RenderReport& report);

} // namespace rangemap::scenario
