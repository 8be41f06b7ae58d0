// SPDX-License-Identifier: MIT
#pragma once
/// @file Bulk point-to-point geodesic distances, CSV text in and CSV text out: the core of
/// `rangemap distance --batch`, parsed, computed and formatted in input order on every core.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rangemap {

/// The output's header line, newline included.
inline constexpr std::string_view k_batch_header = "distance_m,azi1_deg,azi2_deg\n";

/// The rows of the output, in input order, as consecutive pieces (one per worker): write them
/// one after the other after k_batch_header.
struct BatchDistances {
    std::vector<std::string> pieces;
    std::size_t rows = 0;
};

/// Reads a CSV whose header names the columns lat1, lon1, lat2, lon2 (any order, other
/// columns ignored, case-insensitive; a UTF-8 byte-order mark and CRLF line ends accepted)
/// and gives, per row, the WGS84 geodesic distance in metres (4 decimals) and the forward
/// azimuths at both ends in [0, 360) degrees (9 decimals).
/// @param csv the whole input; @param source_name names it in messages ("pairs.csv", "stdin");
/// @param threads workers to use, 0 for one per core (each takes whole lines).
/// @throws usage_error "SOURCE line N: ..." for the first bad header or row (a missing or
///         repeated column, an empty row, a field that is not a number, a latitude outside
///         [-90, 90] or a longitude outside [-180, 180], a row with the wrong field count).
/// @param progress when set, told the fraction of the input done (0..1) now and then, from any
/// worker's thread (it must be thread-safe).
BatchDistances batch_distances(std::string_view csv, const std::string& source_name, unsigned threads = 0,
                               const std::function<void(double)>& progress = {});

} // namespace rangemap
