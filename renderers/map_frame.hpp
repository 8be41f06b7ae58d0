// SPDX-License-Identifier: MIT
#pragma once
/// @file The map frame: map CRS, lon/lat extent and page; maps lon/lat to page coordinates.

#include "engine/crs.hpp"
#include "layers/scene.hpp"

#include <string>

namespace rangemap::render {

/// A point on the page, in points (SVG/PDF) or pixels (PNG, before the HiDPI scale).
struct PagePoint {
    double x = 0, y = 0;
};

class MapFrame {
public:
    /// Builds the frame for a scene: resolves "auto" CRS and a missing extent.
    /// @throws usage_error for an empty or inverted extent, a page of 0 or more than
    ///         k_max_page pixels, an unknown CRS, or a projection that cannot show the extent.
    explicit MapFrame(const layers::Scene& scene);

    /// Lon/lat -> page. Non-finite when the projection cannot show the point.
    [[nodiscard]] PagePoint to_page(LonLat p) const noexcept;
    /// Page -> lon/lat.
    [[nodiscard]] LonLat to_lonlat(PagePoint p) const noexcept;

    /// The lon/lat box data is clipped to before projecting (the extent plus a margin).
    [[nodiscard]] const BBox& clip_box() const noexcept { return m_clip; }
    [[nodiscard]] const BBox& extent() const noexcept { return m_extent; }
    [[nodiscard]] const std::string& crs() const noexcept { return m_crs; }
    [[nodiscard]] int width() const noexcept { return m_width; }
    [[nodiscard]] int height() const noexcept { return m_height; }
    /// The map area on the page (inside the margins).
    [[nodiscard]] double map_left() const noexcept { return m_left; }
    [[nodiscard]] double map_top() const noexcept { return m_top; }
    [[nodiscard]] double map_right() const noexcept { return m_right; }
    [[nodiscard]] double map_bottom() const noexcept { return m_bottom; }
    /// Page units per projected metre.
    [[nodiscard]] double page_per_metre() const noexcept { return m_scale; }
    /// Ground metres per page unit at `p`, along the parallel (true scale for the scale bar).
    [[nodiscard]] double metres_per_page_unit_at(LonLat p) const noexcept;

    static constexpr int k_max_page = 20000;

private:
    Transform m_transform;
    std::string m_crs;
    BBox m_extent, m_clip;
    int m_width, m_height;
    double m_left, m_top, m_right, m_bottom;
    double m_scale = 1, m_x0 = 0, m_y0 = 0;
}; // class MapFrame

/// The CRS "auto" picks for an extent: conformal conic at mid latitudes, polar stereographic
/// near a pole, equidistant cylindrical centred on the extent otherwise (wide or equatorial).
std::string auto_crs(const BBox& extent);

} // namespace rangemap::render
