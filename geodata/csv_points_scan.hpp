// SPDX-License-Identifier: MIT
#pragma once
/// @file One pass over a large points CSV that keeps only the rows in a lon/lat box: what a
/// `within` question needs of a file of millions of points, at the speed of reading it.

#include "ogr_reader.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace rangemap::geodata {

/// What a scan kept and saw.
struct CsvScan {
    LayerData layer;        ///< the rows whose point lies in the box, in file order
    std::size_t rows = 0;   ///< rows read in all
    bool word_seen = false; ///< some row's name or alias holds the word asked for (see below)
};

/// Reads the points CSV at `path` as read_points_csv does (the same columns, quoting, line
/// ends, coordinate rules and errors, naming file, line and column) but keeps, as features of a
/// layer called `layer_name`, only the rows whose point lies in `box` (a box as disc_bbox
/// makes it; it may wrap across the antimeridian). Rows left out cost no allocation. Unlike
/// read_points_csv it does not look for names used twice. `word` (a word as fold_name makes
/// words: lowercase letters and digits; empty for none): word_seen tells whether fold_name of
/// some row's name or "aliases" field contains it, so that a caller can tell whether the
/// file could answer to a place name. `progress`, when set, is told the fraction of the file
/// read (0..1) now and then.
/// @throws data_error as read_points_csv does.
CsvScan scan_points_csv(const std::string& path, const std::string& layer_name, const BBox& box, std::string_view word,
                        const std::function<void(double)>& progress = {});

} // namespace rangemap::geodata
