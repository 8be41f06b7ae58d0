// SPDX-License-Identifier: MIT
#pragma once
/// @file Reads any vector source GDAL/OGR opens into Features in WGS84 lon/lat.

#include "engine/geometry.hpp"

#include <string>
#include <vector>

namespace rangemap::geodata {

/// A layer as read: its features in WGS84 lon/lat, and what was done to them on the way.
struct LayerData {
    std::string name;                ///< layer name, as the source calls it
    std::string source;              ///< path or connection string
    std::vector<Feature> features;
    std::vector<std::string> notes;  ///< e.g. "no CRS: assumed WGS84", "feature 12 (Foo): repaired"
};

/// Splits "path:LAYER" into path and layer; keeps "PG:..." connection strings and Windows-like
/// drive letters whole. The layer is empty when none was given.
std::pair<std::string, std::string> split_source_spec(const std::string& spec);

/// Names of the layers in a source. @throws data_error when it cannot be opened.
std::vector<std::string> list_layers(const std::string& path);

/// Reads one layer (the first when `layer` is empty) and brings it to WGS84 lon/lat.
/// Invalid polygons are repaired with make-valid; the repair is noted per feature.
/// @throws data_error for a missing or unreadable source, an unknown layer (listing the
///         layers), an unknown CRS, or geometry that cannot be repaired.
LayerData read_layer(const std::string& path, const std::string& layer = {});

} // namespace rangemap::geodata
