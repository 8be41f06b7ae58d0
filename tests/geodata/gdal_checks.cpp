// SPDX-License-Identifier: MIT
#include "gdal_checks.hpp"

#include "geodata/gdal_handles.hpp"
#include "geodata/ogr_convert.hpp"

#include <stdexcept>

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

std::vector<std::string> list_layers(const std::string& path) {
    ensure_gdal_ready();
    const GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw std::runtime_error("GDAL cannot open " + path);
    std::vector<std::string> names;
    for (auto* layer : ds->GetLayers()) names.emplace_back(layer->GetName());
    return names;
}

} // namespace rangemap::geodata
