// SPDX-License-Identifier: MIT
#pragma once
/// @file Lon/lat geometry -> page paths: clipped to the map's lon/lat box before projecting,
/// densified so long edges follow the projection, thinned to the page's resolution, and with
/// the artificial edges of shapes split at the antimeridian or closed at a pole marked, so
/// they are filled but never stroked. renderers-internal.

#include "map_frame.hpp"

#include <cairo.h>
#include <optional>
#include <vector>

namespace rangemap::render {

/// One projected ring or line.
struct PagePath {
    std::vector<PagePoint> points;
    std::vector<char> seam; ///< seam[i]: the edge ending at points[i] is artificial (not stroked)
    bool closed = false;
};

struct PathOptions {
    double densify_deg = 0; ///< split lon/lat edges longer than this (0: never)
    double min_step = 0;    ///< drop vertices closer than this to the last kept one, page units
    double simplify = 0; ///< then Douglas–Peucker: no drawn edge farther than this from a dropped vertex, page units
    bool unwrap = false; ///< make longitudes continuous (shapes not split at the antimeridian)
    bool around_centre = false; ///< place each longitude within 180° of the map's centre (clipped shapes)
};

/// Projects lon/lat geometry for one frame.
class PathProjector {
public:
    explicit PathProjector(const MapFrame& frame) : m_frame(frame) {}

    /// Projects one ring or line; vertices the projection cannot show are left out.
    [[nodiscard]] PagePath project(const std::vector<LonLat>& pts, bool closed, const PathOptions& o) const;
    /// Projects every polygon ring and line of `g` (points are ignored).
    [[nodiscard]] std::vector<PagePath> project(const Geometry& g, const PathOptions& o) const;
    /// The part of `g` inside the frame's clip box (split at the antimeridian when the box crosses it).
    [[nodiscard]] Geometry clip(const Geometry& g) const;

private:
    const MapFrame& m_frame;
    /// Most page units a degree of latitude or longitude spans anywhere in the clip box (with a
    /// margin), for thinning before projecting: 0 when unknown (no thinning before). Found when
    /// first needed.
    mutable std::optional<double> m_page_per_degree;
    mutable std::vector<double> m_x, m_y;
    mutable std::vector<char> m_seam;
}; // class PathProjector

/// Adds the paths to the current Cairo path whole (for filling), but for those wholly outside
/// the clip (a band of the page, the map): a ring encloses nothing outside its own box.
void add_fill_path(cairo_t* cr, const std::vector<PagePath>& paths);
/// Adds the paths to the current Cairo path without their seam edges (for stroking), but for
/// those farther outside the clip than `ink` user-space units (half the line's width or more).
void add_stroke_path(cairo_t* cr, const std::vector<PagePath>& paths, double ink);

} // namespace rangemap::render
