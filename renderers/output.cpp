// SPDX-License-Identifier: MIT
#include "output.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace rangemap::render {

Format format_from_path(const std::string& path) {
    const std::string ext = to_lower(std::filesystem::path(path).extension().string());
    if (ext == ".png") return Format::png;
    if (ext == ".svg") return Format::svg;
    if (ext == ".pdf") return Format::pdf;
    throw usage_error(fmt::format("output '{}': unknown extension '{}' (accepted: .png, .svg, .pdf)", path, ext));
}

} // namespace rangemap::render
