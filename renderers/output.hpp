// SPDX-License-Identifier: MIT
#pragma once
/// @file The output formats the renderer draws.

#include <string>

namespace rangemap::render {

enum class Format { png, svg, pdf };

/// Format from a path's extension (.png, .svg, .pdf, case-insensitive).
/// @throws usage_error naming the extension and the accepted ones.
Format format_from_path(const std::string& path);

} // namespace rangemap::render
