// SPDX-License-Identifier: MIT
#pragma once
/// @file Output formats and atomic file writes.

#include <string>
#include <string_view>

namespace rangemap::render {

enum class Format { png, svg, pdf };

/// Format from a path's extension (.png, .svg, .pdf, case-insensitive).
/// @throws usage_error naming the extension and the accepted ones.
Format format_from_path(const std::string& path);

/// Checks, before any work, that `path` could be written: its folder exists and is writable
/// and `path` is not a folder. @throws io_error naming the path and the reason.
void check_writable(const std::string& path);

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so an
/// existing file is replaced whole or not at all. @throws io_error naming the path.
void write_file_atomically(const std::string& path, std::string_view bytes);

} // namespace rangemap::render
