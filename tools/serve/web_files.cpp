// SPDX-License-Identifier: MIT
#include "tools/serve/web_files.hpp"

#include "engine/error.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

#ifndef RANGEMAP_WEB_DIR
#define RANGEMAP_WEB_DIR ""
#endif

namespace rangemap::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t k_max_total_bytes = std::uintmax_t(64) << 20;

std::string type_of(const fs::path& p) {
    const std::string ext = p.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js") return "application/javascript; charset=utf-8"; // not compressed: see reply.hpp
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
    if (ext == ".svg") return "image/svg+xml; charset=utf-8";
    if (ext == ".png") return "image/png";
    return "application/octet-stream";
}

bool inside(const fs::path& p, const fs::path& root) {
    const auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
    return r == root.end();
}

} // namespace

WebFiles::WebFiles(const std::string& folder) {
    std::error_code ec;
    const fs::path root = fs::canonical(folder, ec);
    if (ec || !fs::is_regular_file(root / "index.html")) {
        throw io_error(
            fmt::format("the page's folder '{}' has no index.html (build the page, or set RANGEMAP_WEB)", folder));
    }
    std::uintmax_t total = 0;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const fs::path real = fs::canonical(it->path(), ec);
        if (ec || !inside(real, root) || !fs::is_regular_file(real)) {
            ec.clear();
            continue;
        }
        total += fs::file_size(real, ec);
        if (ec || total > k_max_total_bytes) throw io_error(fmt::format("the page's folder '{}' is too big", folder));
        std::ifstream in(real, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in) throw io_error(fmt::format("cannot read {}", real.string()));
        m_files["/" + fs::relative(it->path(), root).generic_string()] = {type_of(real), bytes.str()};
    }
}

const WebFile* WebFiles::find(const std::string& path) const {
    const auto it = m_files.find(path == "/" ? "/index.html" : path);
    return it == m_files.end() ? nullptr : &it->second;
}

std::string default_web_dir() {
    if (const char* env = std::getenv("RANGEMAP_WEB"); env && *env) return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "rangemap" / "web";
        if (fs::is_regular_file(installed / "index.html", ec)) return installed.string();
    }
    return RANGEMAP_WEB_DIR;
}

} // namespace rangemap::serve
