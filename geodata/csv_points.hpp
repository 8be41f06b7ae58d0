// SPDX-License-Identifier: MIT
#pragma once
/// @file Reads a CSV of named points (name, lat, lon, any other columns) into a point layer.

#include "ogr_reader.hpp"

#include <string>

namespace rangemap::geodata {

/// Reads a points CSV. The header names the columns, matched case-insensitively:
/// `name`; `lat`, `latitude` or `y`; `lon`, `lng`, `long`, `longitude` or `x`. Other columns
/// become attributes (keyed by the header as written). Fields may be quoted ("a, b", "say ""hi""").
/// UTF-8 with or without a byte-order mark; LF or CRLF line ends; blank lines are skipped.
/// Latitude must lie in [-90, 90] and longitude in [-180, 180] degrees (WGS84).
/// @throws data_error naming the file, line and column: missing file, empty file, header only,
///         missing columns, a row with the wrong number of fields, an empty name, a number that
///         does not parse, a coordinate out of range, or a name already used (compared as the
///         gazetteer compares names: case-, accent- and punctuation-blind).
LayerData read_points_csv(const std::string& path, const std::string& layer_name);

/// As read_points_csv, from text already in memory; `path` is only used in messages.
LayerData parse_points_csv(const std::string& text, const std::string& path, const std::string& layer_name);

} // namespace rangemap::geodata
