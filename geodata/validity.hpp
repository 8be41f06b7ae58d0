// SPDX-License-Identifier: MIT
#pragma once
/// @file OGC validity of our geometries, as GDAL/OGR (GEOS) judges it.

#include "engine/geometry.hpp"

#include <string>

namespace rangemap::geodata {

/// Whether every part of `g` is valid by OGR's IsValid (GEOS): rings closed and simple,
/// holes inside their shell, no self-intersection. An empty geometry is valid.
bool ogr_is_valid(const Geometry& g);

} // namespace rangemap::geodata
