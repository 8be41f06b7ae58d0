// SPDX-License-Identifier: MIT
#pragma once
/// @file A zoom inset: whether a scene gets one, what it shows, where on the map it goes and its
/// frame on the map. The drawing itself is the renderer's, with the inset's own MapFrame.
/// renderers-internal.

#include "draw_context.hpp"
#include "geometry_path.hpp"
#include "inset_layout.hpp"
#include "map_labels.hpp"

#include "layers/scene.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rangemap::render {

/// What an inset shows, before it has a place on the page.
struct InsetPlan {
    std::string crs;                    ///< azimuthal equidistant centred on `centre`
    LonLat centre;                      ///< WGS84 degrees
    double ground_width_m = 0;          ///< metres across the inset
    double width = 0, height = 0;       ///< the inset's size, page units
    std::optional<std::size_t> callout; ///< the callout it zooms on
    /// Its outline as the main map draws it (page units), round from the top left.
    std::vector<PagePoint> footprint;
    [[nodiscard]] Box footprint_box() const noexcept;
};

/// Decides whether `scene` gets an inset on `main` (Scene::inset): automatic only for a callout
/// shorter than k_inset_trigger of the map's width that the inset magnifies at least 1.5 times.
/// nullopt: no inset.
/// @throws usage_error when a set callout index is out of range or the inset's projection fails.
std::optional<InsetPlan> plan_inset(const layers::Scene& scene, const MapFrame& main);

/// The land the main map draws, painted coarsely as it is drawn (no second projection), to tell
/// how much of a place on the map is land.
class LandCover {
public:
    /// Over `map`, `cell` page units a pixel (> 0).
    LandCover(const Box& map, double cell);
    /// Paints projected polygons (outer rings and holes, even-odd) as land.
    void add(const std::vector<PagePath>& polygons);
    /// The share of `b` (clipped to the map) that is land, 0..1; 0 for a box off the map.
    [[nodiscard]] double share(const Box& b) const;

private:
    SurfacePtr m_surface;
    int m_w = 0, m_h = 0;
    double m_x0 = 0, m_y0 = 0, m_cell = 1;
}; // class LandCover

/// Finds the inset's box on the main map: clear of `furniture`, of its own frame and of every
/// callout, over as little of the map's sites, sea names, rings and land as may be (open water
/// first). nullopt: no room.
std::optional<Box> place_inset(const DrawContext& main, const layers::Scene& scene, const InsetPlan& plan,
                               const std::vector<DrawnMarker>& markers, const std::vector<Box>& furniture,
                               const LandCover& land);

/// What an inset on `frame` draws of `scene`: the same, less the base map's features (land,
/// borders, coast, focus) wholly outside the frame's clip box, so the inset walks a few
/// coastlines rather than the map's every one, and less the callouts it does not show whole.
layers::Scene inset_scene(const layers::Scene& scene, const MapFrame& frame);

/// The inset's frame, drawn in `box` on the page of `main`.
MapFrame inset_frame(const InsetPlan& plan, const MapFrame& main, const Box& box);

} // namespace rangemap::render
