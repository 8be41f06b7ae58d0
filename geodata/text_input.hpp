// SPDX-License-Identifier: MIT
#pragma once
/// @file Whole text inputs (batch CSVs, scenarios) read into memory with a size limit checked
/// while reading, so an endless or huge input stops at the limit, and a file changing under
/// the reader is an error, never a signal (no memory mapping).

#include <cstddef>
#include <string>

namespace rangemap::geodata {

/// Reads all of `path` ("-" for stdin).
/// @param what names the input in messages ("batch file", "scenario");
/// @param max_bytes the most it may hold.
/// @throws usage_error when it cannot be opened or is larger than `max_bytes`; data_error
///         when reading fails or a regular file changed (size or modification time) while read.
std::string read_text_input(const std::string& path, const std::string& what,
                            std::size_t max_bytes = std::size_t(4) << 30);

} // namespace rangemap::geodata
