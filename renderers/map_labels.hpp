// SPDX-License-Identifier: MIT
#pragma once
/// @file Collects the labels of a scene (callouts, ring edges, places), places them against
/// each other and the map's furniture, and draws them with halos and leader lines. renderers-internal.

#include "draw_context.hpp"
#include "label_placer.hpp"
#include "label_report.hpp"

#include "layers/scene.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rangemap::render {

/// A marker as drawn, for placement and legend avoidance.
struct DrawnMarker {
    PagePoint at;
    double size; ///< page units across
    const layers::Layer* layer;
    const Feature* feature;
};

/// The markers of every places layer, projected (points off the map area are left out).
std::vector<DrawnMarker> project_markers(const DrawContext& dc, const layers::Scene& scene);

/// A placed label and what it names.
struct MapLabel {
    PlacedLabel label;
    std::string kind;             ///< as the render report says
    std::optional<LonLat> anchor; ///< lon/lat of what it names
};

struct LabelOutcome {
    std::vector<MapLabel> placed;
    std::vector<DroppedLabel> dropped; ///< too small for its area, or no free place

    /// The placed labels as the render report tells of them.
    [[nodiscard]] std::vector<LabelBox> boxes() const;
};

/// Places and draws every label. `obstacles` are boxes labels must not cover (the legend).
/// `callouts_beyond_ends` also offers a callout's label centred above its upper end and below
/// its lower one before a leader: in a small frame (an inset) a long label may find no room
/// beside a steep line.
LabelOutcome draw_labels(const DrawContext& dc, const layers::Scene& scene, const std::vector<DrawnMarker>& markers,
                         const std::vector<Box>& obstacles, bool callouts_beyond_ends = false);

} // namespace rangemap::render
