// SPDX-License-Identifier: MIT
#pragma once
/// @file Which area (country) the page shows at a point: the areas painted once into a coarse
/// raster, one grey level each, so a label's many sample points cost a lookup each rather than a
/// walk round a coastline. renderers-internal.

#include "cairo_handles.hpp"
#include "page_areas.hpp"

#include <vector>

namespace rangemap::render {

class AreaMask {
public:
    /// Paints `areas` (at most 255; the rest are left out) over the map area, `cell` page units a pixel.
    AreaMask(const Box& map, const std::vector<PageArea>& areas, double cell);

    /// 1 + the index in `areas` of the area at `p`; 0 for none (water, or off the map).
    [[nodiscard]] int at(PagePoint p) const noexcept;
    [[nodiscard]] bool land(PagePoint p) const noexcept { return at(p) != 0; }

private:
    SurfacePtr m_surface;
    const unsigned char* m_data = nullptr;
    int m_w = 0, m_h = 0, m_stride = 0;
    double m_x0 = 0, m_y0 = 0, m_cell = 1;
}; // class AreaMask

} // namespace rangemap::render
