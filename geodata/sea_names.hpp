// SPDX-License-Identifier: MIT
#pragma once
/// @file The curated list of sea, strait and ocean names (geodata/seas.csv): where a figure
/// names the water.

#include "ogr_reader.hpp"

#include <string>

namespace rangemap::geodata {

/// Path of the sea names list, beside the bases list in the default data folder.
std::string seas_csv_path();

/// Reads a sea names CSV: columns name, kind (sea, strait, channel, ocean or gulf), lat, lon
/// (the label's anchor, over water), alt (an alternate name, may be empty), angle (degrees
/// counter-clockwise from the horizontal, may be empty) and source. Each feature keeps kind,
/// alt, angle and source as attributes.
/// @throws data_error as read_points_csv does, and naming the line of an unknown kind or an
///         angle that is not a number in -90..90.
LayerData read_sea_names(const std::string& path);

} // namespace rangemap::geodata
