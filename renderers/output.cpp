// SPDX-License-Identifier: MIT
#include "output.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangemap::render {

Format format_from_path(const std::string& path) {
    const std::string ext = to_lower(std::filesystem::path(path).extension().string());
    if (ext == ".png") return Format::png;
    if (ext == ".svg") return Format::svg;
    if (ext == ".pdf") return Format::pdf;
    throw usage_error(fmt::format("output '{}': unknown extension '{}' (accepted: .png, .svg, .pdf)", path, ext));
}

void check_writable(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw io_error(fmt::format("cannot write '{}': folder '{}' does not exist", path, dir.string()));
    }
    if (fs::is_directory(target, ec)) throw io_error(fmt::format("cannot write '{}': it is a folder", path));
    if (::access(dir.c_str(), W_OK) != 0) {
        throw io_error(fmt::format("cannot write '{}': folder '{}' is not writable", path, dir.string()));
    }
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw io_error(fmt::format("cannot write '{}': folder '{}' does not exist", path, dir.string()));
    if (fs::is_directory(target, ec)) throw io_error(fmt::format("cannot write '{}': it is a folder", path));

    std::string tmp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(tmp.data());
    if (fd < 0) throw io_error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
    FILE* f = fdopen(fd, "wb");
    if (!f) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw io_error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
    }
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && std::fflush(f) == 0;
    const int saved = errno;
    std::fclose(f);
    if (!ok) {
        ::unlink(tmp.c_str());
        throw io_error(fmt::format("cannot write '{}': {}", path, std::strerror(saved)));
    }
    ::chmod(tmp.c_str(), 0644);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw io_error(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
    }
}

} // namespace rangemap::render
