// SPDX-License-Identifier: MIT
#include "area_mask.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap::render {

AreaMask::AreaMask(const Box& map, const std::vector<PageArea>& areas, double cell)
    : m_x0(map.x0), m_y0(map.y0), m_cell(std::max(cell, 1e-3)) {
    m_w = std::max(1, static_cast<int>(std::ceil(map.width() / m_cell)));
    m_h = std::max(1, static_cast<int>(std::ceil(map.height() / m_cell)));
    m_surface.reset(cairo_image_surface_create(CAIRO_FORMAT_A8, m_w, m_h));
    {
        CairoPtr cr(cairo_create(m_surface.get()));
        // Whole pixels, one level an area: antialiasing would blend neighbours into a third.
        cairo_set_antialias(cr.get(), CAIRO_ANTIALIAS_NONE);
        cairo_set_operator(cr.get(), CAIRO_OPERATOR_SOURCE);
        cairo_set_fill_rule(cr.get(), CAIRO_FILL_RULE_EVEN_ODD);
        cairo_scale(cr.get(), 1 / m_cell, 1 / m_cell);
        cairo_translate(cr.get(), -m_x0, -m_y0);
        const std::size_t n = std::min<std::size_t>(areas.size(), 255);
        for (std::size_t i = 0; i < n; ++i) {
            cairo_new_path(cr.get());
            const auto add = [&](const LinearRing& r) {
                for (std::size_t k = 0; k < r.size(); ++k) {
                    if (k == 0)
                        cairo_move_to(cr.get(), r[k].lon, r[k].lat);
                    else
                        cairo_line_to(cr.get(), r[k].lon, r[k].lat);
                }
                cairo_close_path(cr.get());
            };
            // Outer rings and holes alike: even-odd filling cuts the holes out.
            for (const auto& poly : areas[i].plane.polygons) {
                add(poly.outer);
                for (const auto& h : poly.holes) add(h);
            }
            cairo_set_source_rgba(cr.get(), 0, 0, 0, static_cast<double>(i + 1) / 255.0);
            cairo_fill(cr.get());
        }
    }
    cairo_surface_flush(m_surface.get());
    m_data = cairo_image_surface_get_data(m_surface.get());
    m_stride = cairo_image_surface_get_stride(m_surface.get());
}

int AreaMask::at(PagePoint p) const noexcept {
    const double fx = (p.x - m_x0) / m_cell, fy = (p.y - m_y0) / m_cell;
    if (!(fx >= 0 && fy >= 0 && fx < m_w && fy < m_h)) return 0;
    return m_data[static_cast<int>(fy) * m_stride + static_cast<int>(fx)];
}

} // namespace rangemap::render
