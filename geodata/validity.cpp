// SPDX-License-Identifier: MIT
#include "validity.hpp"

#include "gdal_handles.hpp"
#include "ogr_convert.hpp"

namespace rangemap::geodata {

bool ogr_is_valid(const Geometry& g) {
    ensure_gdal_ready();
    for (const auto& poly : g.polygons) {
        // Rings as they are, not closed: an open ring is invalid.
        if (!to_ogr_polygon(poly, false)->IsValid()) return false;
    }
    for (const auto& line : g.lines) {
        if (!to_ogr_line(line)->IsValid()) return false;
    }
    if (g.polygons.size() > 1) {
        // Parts of a multipolygon must not overlap each other either.
        OGRMultiPolygon m;
        for (const auto& poly : g.polygons) {
            auto p = to_ogr_polygon(poly, false);
            if (m.addGeometryDirectly(p.get()) == OGRERR_NONE) static_cast<void>(p.release());
        }
        if (!m.IsValid()) return false;
    }
    return true;
}

} // namespace rangemap::geodata
