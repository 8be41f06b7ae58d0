// SPDX-License-Identifier: MIT
#pragma once
/// @file Where the embedded default data lives, and its layers.

#include <string>

namespace rangemap::geodata {

/// The folder holding natural_earth_10m.gpkg and bases.csv: $RANGEMAP_DATA when set,
/// else the folder the build was configured with.
std::string default_data_dir();
/// Path of the Natural Earth GeoPackage (layers "countries" and "land").
std::string natural_earth_path();
/// Path of the curated bases list.
std::string bases_csv_path();

} // namespace rangemap::geodata
