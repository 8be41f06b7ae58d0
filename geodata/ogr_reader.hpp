// SPDX-License-Identifier: MIT
#pragma once
/// @file Reads any vector source GDAL/OGR opens into Features in WGS84 lon/lat.

#include "engine/geometry.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rangemap::geodata {

/// A layer as read: its features in WGS84 lon/lat, and what was done to them on the way.
struct LayerData {
    std::string name;   ///< layer name, as the source calls it
    std::string source; ///< path or connection string
    std::vector<Feature> features;
    /// Each feature's id in the source (-1 when it has none), parallel to `features`, for a
    /// source read with read_layer; empty for other sources (CSV).
    std::vector<std::int64_t> fids;
    std::vector<std::string> notes; ///< e.g. "no CRS: assumed WGS84", "feature 12 (Foo): repaired"
};

/// How to read a layer.
struct ReadOptions {
    /// Keep only the features that meet this lon/lat box (max_lon may exceed 180, min_lon may
    /// fall below -180: the box then wraps across the antimeridian). Features are kept or left
    /// out whole, never clipped; one whose extent meets the box but whose shape does not may be
    /// kept too. A lon/lat source with a spatial index (GeoPackage) skips the rest unread.
    std::optional<BBox> region{};
    /// The source is known to be valid and split at the antimeridian already (the embedded
    /// default data, repaired when generated and checked by its tests): read it as is, without
    /// the validity check and repair or the antimeridian split.
    bool trusted = false;
    /// false: names and attributes only, every geometry left empty (and features without one
    /// kept): a listing of names costs little even for a large layer.
    bool geometry = true;
    /// Read only these features, by their id in the source (LayerData::fids), in this order,
    /// instead of the whole layer; `region` does not apply. An unknown id is a data_error.
    std::optional<std::vector<std::int64_t>> only_fids{};
};

/// Splits "path:LAYER" into path and layer; keeps "PG:..." connection strings and Windows-like
/// drive letters whole. The layer is empty when none was given.
std::pair<std::string, std::string> split_source_spec(const std::string& spec);

/// Reads one layer (the first when `layer` is empty) and brings it to WGS84 lon/lat.
/// Shapes jumping across the antimeridian are split there, and invalid polygons are repaired
/// with make-valid (the repair is noted per feature), unless `options.trusted`.
/// @throws data_error for a missing or unreadable source, an unknown layer (listing the
///         layers), an unknown CRS, geometry that cannot be repaired, or a layer with no
///         features (a region that meets none of them is no error: the result is then empty).
LayerData read_layer(const std::string& path, const std::string& layer = {}, const ReadOptions& options = {});

} // namespace rangemap::geodata
