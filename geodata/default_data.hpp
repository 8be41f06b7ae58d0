// SPDX-License-Identifier: MIT
#pragma once
/// @file Where the embedded default data lives, and its layers.

#include "ogr_reader.hpp"

#include <optional>
#include <string>

namespace rangemap::geodata {

/// The folder holding natural_earth_10m.gpkg, bases.csv and the example scenarios:
/// $RANGEMAP_DATA when set, else <folder of the executable>/../share/rangemap when it holds
/// natural_earth_10m.gpkg (an installed tree, wherever it was moved), else the folder the build
/// was configured with (RANGEMAP_DATA_DIR, the source tree's geodata/).
std::string default_data_dir();
/// Path of the Natural Earth GeoPackage (layers "countries" and "land").
std::string natural_earth_path();
/// Reads a layer of the Natural Earth GeoPackage: "countries" (one MultiPolygon per country,
/// fields id and name) or "land" (one Polygon per row). The file is repaired when it is made
/// (tools/fetch_default_data) and checked by the tests, so it is read as trusted: no validity
/// repair, no antimeridian split. @param region as ReadOptions::region (a lon/lat box; the
/// file's spatial index skips what lies outside).
/// @throws data_error when the file cannot be read.
LayerData read_natural_earth(const std::string& layer, const std::optional<BBox>& region = std::nullopt);
/// As above with any ReadOptions (names only, some features by id); always trusted.
LayerData read_natural_earth(const std::string& layer, ReadOptions options);
/// Path of the curated bases list.
std::string bases_csv_path();

} // namespace rangemap::geodata
