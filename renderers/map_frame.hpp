// SPDX-License-Identifier: MIT
#pragma once
/// @file The map frame: map CRS, lon/lat extent and page layout; maps lon/lat to page coordinates.

#include "geometry_types.hpp"

#include "engine/crs.hpp"
#include "layers/scene.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>

namespace rangemap::render {

class MapFrame {
public:
    /// Builds the frame for a scene: resolves "auto" CRS and a missing extent (fitted to the
    /// content), and lays out
    /// the page (title band on top, the map, graticule labels and credit below). The map area
    /// is filled: the extent is centred and shown whole, the longer way gets more.
    /// @throws usage_error when there is no extent and nothing to fit one to; for an extent with min >= max, beyond the
    /// poles or wider than the
    ///         world; a page outside 1..k_max_page in either direction; an unknown CRS; or a
    ///         projection that cannot show the extent (naming the first failing point).
    explicit MapFrame(const layers::Scene& scene);

    /// A frame drawn inside another's page (an inset): `crs` (a PROJ definition whose origin is
    /// what the frame centres on, e.g. an azimuthal equidistant) shows `ground_width_m` metres of
    /// its plane across `map_box`, centred on the origin, with the styling unit `unit` of the page.
    /// @param page_width, page_height the page it is drawn on, page units (1..k_max_page).
    /// @throws usage_error for an unknown CRS, a width that is not positive and finite, an empty
    ///         box, or a box the projection cannot show.
    MapFrame(const std::string& crs, double ground_width_m, const Box& map_box, double unit, int page_width,
             int page_height);

    /// Lon/lat -> page, or nullopt when the projection cannot show the point.
    [[nodiscard]] std::optional<PagePoint> to_page(LonLat p) const noexcept;
    /// In-place bulk lon/lat -> page: x holds longitudes, y latitudes on entry. Returns how
    /// many points the projection cannot show; their x and y are NaN.
    std::size_t to_page(std::span<double> x, std::span<double> y) const noexcept;
    /// Page -> lon/lat, or nullopt outside the projection's domain.
    [[nodiscard]] std::optional<LonLat> to_lonlat(PagePoint p) const noexcept;

    /// The lon/lat box data is clipped to before projecting: what the map area shows, plus a
    /// margin. Its longitudes may run past 180 when the extent does.
    [[nodiscard]] const BBox& clip_box() const noexcept { return m_clip; }
    [[nodiscard]] const BBox& extent() const noexcept { return m_extent; }
    [[nodiscard]] const std::string& crs() const noexcept { return m_crs; }
    /// Central longitude of the map, degrees in [-180, 180).
    [[nodiscard]] double central_lon() const noexcept { return m_lon0; }
    [[nodiscard]] int width() const noexcept { return m_width; }
    [[nodiscard]] int height() const noexcept { return m_height; }
    /// Styling unit: page units per point of a style (the page's short side is 1000 points).
    [[nodiscard]] double unit() const noexcept { return m_unit; }
    /// The map area on the page.
    [[nodiscard]] Box map_box() const noexcept { return {m_left, m_top, m_right, m_bottom}; }
    [[nodiscard]] double map_left() const noexcept { return m_left; }
    [[nodiscard]] double map_top() const noexcept { return m_top; }
    [[nodiscard]] double map_right() const noexcept { return m_right; }
    [[nodiscard]] double map_bottom() const noexcept { return m_bottom; }
    /// Page units per projected metre.
    [[nodiscard]] double page_per_metre() const noexcept { return m_scale; }
    /// Ground metres per page unit at `p`, along the parallel (true scale for the scale bar);
    /// nullopt when the projection cannot show `p` and its surroundings.
    [[nodiscard]] std::optional<double> metres_per_page_unit_at(LonLat p) const noexcept;
    /// Direction of north at `p`: angle of the meridian from page-up, degrees, clockwise
    /// positive; nullopt when the projection cannot show `p`.
    [[nodiscard]] std::optional<double> north_angle_at(LonLat p) const noexcept;

    static constexpr int k_max_page = 20000;
    /// How far short of the meridian opposite the centre a whole-world clip box stops, degrees
    /// (about 1 cm): edges there are the world's rim, not the shape's.
    static constexpr double k_seam_margin_deg = 1e-7;

private:
    /// The clip box from what the map area shows; `centre_lon` keeps longitudes continuous.
    void fit_clip_box(double centre_lon);

    Transform m_transform;
    std::string m_crs;
    BBox m_extent, m_clip;
    int m_width, m_height;
    double m_unit = 1, m_lon0 = 0;
    double m_left = 0, m_top = 0, m_right = 0, m_bottom = 0;
    double m_scale = 1, m_x0 = 0, m_y0 = 0;
}; // class MapFrame

/// The CRS "auto" picks for an extent, one that can draw all of it: polar stereographic for an
/// extent on one side of the equator reaching within 10° of its pole or wholly beyond 60°
/// (Lambert azimuthal equal-area when it also reaches below 30°, up to a hemisphere); Lambert
/// conformal conic for a mid-latitude region up to 100° wide; Equal Earth for the world, a
/// hemisphere, a band wider than 150° or taller than 120°, or an extent past 80° on both sides
/// of the equator; Mercator for the rest, near the equator. Always centred on the extent's
/// middle longitude, so Pacific maps across the antimeridian stay whole.
std::string auto_crs(const BBox& extent);

/// The narrowest map extent, degrees of longitude and of latitude (about 110 m north-south): the
/// data is drawn at 1:10m scale, and narrower maps only magnify rounding.
inline constexpr double k_min_extent_deg = 0.001;

/// Checks an extent. @throws usage_error naming the extent and what is wrong.
void validate_extent(const BBox& e);

} // namespace rangemap::render
