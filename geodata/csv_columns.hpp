// SPDX-License-Identifier: MIT
#pragma once
/// @file The columns of a points CSV and its coordinates, as read_points_csv and the scan of a
/// points CSV (scan_points_csv) both read them: one rule for both.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rangemap::geodata {

/// Where name, lat and lon sit in a header (0-based), and the header as written.
struct CsvColumns {
    std::size_t name = 0, lat = 0, lon = 0;
    std::vector<std::string> header;
};

/// Finds the columns, matched case-insensitively: `name`; `lat`, `latitude` or `y`; `lon`,
/// `lng`, `long`, `longitude` or `x`. @throws data_error naming the file, `line` and the
/// missing columns.
CsvColumns csv_columns(std::vector<std::string> header, const std::string& path, std::size_t line);

/// A coordinate field (trimmed) in degrees within [-limit, limit]. @throws data_error naming
/// the file, line and column (1-based) when it is not a finite number or out of range.
double csv_coordinate(std::string_view text, const char* what, double limit, const std::string& path, std::size_t line,
                      std::size_t column);

} // namespace rangemap::geodata
