// SPDX-License-Identifier: MIT
#pragma once
/// @file Large point sources that a `within` question reads only where they can be in reach,
/// instead of loading them: a points CSV (one pass keeping the rows in a box) or a point layer
/// with a spatial index (a GeoPackage: a spatial filter reads only the features in the box).

#include "ogr_reader.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace rangemap::geodata {

/// A point source worth reading in part.
struct PointFile {
    std::string spec; ///< as given: PATH[:LAYER]
    std::string path;
    std::string layer;     ///< the layer's name as the session calls it (CSV: its stem, or the one given)
    std::string ogr_layer; ///< the layer asked for in the source spec ("" for the first); OGR only
    bool csv = false;
};

/// Below these a source is loaded whole: reading it costs little, and its names then join the
/// gazetteer as every loaded layer's do.
inline constexpr std::uintmax_t k_point_file_min_csv_bytes = std::uintmax_t{1} << 20;
inline constexpr std::int64_t k_point_file_min_features = 10000;

/// The source `spec` (PATH[:LAYER], as --data takes it) as a PointFile when it is a points CSV
/// of at least k_point_file_min_csv_bytes, or a layer of points or multipoints whose driver
/// filters by rectangle fast (a spatial index) and knows its count to be at least
/// k_point_file_min_features; std::nullopt otherwise, and when it cannot be opened (loading it
/// then says why).
std::optional<PointFile> point_file(const std::string& spec);

/// What a partial read kept.
struct PointFileRead {
    LayerData layer;        ///< the features whose point lies in the box, in source order
    bool word_seen = false; ///< see scan_points_csv; for an OGR layer, among the features read only
};

/// The features of `file` whose point lies in `box` (a box as disc_bbox makes it), read as
/// loading the whole source would read them. `word` and `progress` as for scan_points_csv.
/// @throws data_error as loading the source would.
PointFileRead read_point_file(const PointFile& file, const BBox& box, std::string_view word,
                              const std::function<void(double)>& progress = {});

} // namespace rangemap::geodata
