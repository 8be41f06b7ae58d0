// SPDX-License-Identifier: MIT
#pragma once
/// @file Checks of geodata's results through GDAL/OGR itself: OGC validity (as OGR's GEOS
/// judges it) and the layers a source holds.

#include "engine/geometry.hpp"

#include <string>
#include <vector>

namespace rangemap::geodata {

/// Whether every part of `g` is valid by OGR's IsValid (GEOS): rings closed and simple,
/// holes inside their shell, no self-intersection. An empty geometry is valid.
bool ogr_is_valid(const Geometry& g);

/// The layer names of a source GDAL opens. @throws std::runtime_error when it cannot.
std::vector<std::string> list_layers(const std::string& path);

} // namespace rangemap::geodata
