// SPDX-License-Identifier: MIT
#pragma once
/// @file The page's files, read into memory when the server starts: a request can only name
/// one of them, so no path (../, %2e%2e, an absolute path, a symlink out of the folder)
/// reaches any other file.

#include <map>
#include <optional>
#include <string>

namespace rangemap::serve {

struct WebFile {
    std::string type; ///< Content-Type
    std::string body;
};

class WebFiles {
public:
    /// Reads every regular file under `folder` whose real path lies inside it (at most
    /// 64 MiB in all). @throws io_error when the folder has no index.html.
    explicit WebFiles(const std::string& folder);
    /// The file for a request path ("/" is "/index.html"), or nullopt.
    [[nodiscard]] const WebFile* find(const std::string& path) const;

private:
    std::map<std::string, WebFile> m_files; ///< by request path, "/app.js"
};                                          // class WebFiles

/// Where the page's files are: $RANGEMAP_WEB when set; else <folder of the executable>/../
/// share/rangemap/web when it holds index.html (an installed tree); else the build tree's copy.
std::string default_web_dir();

} // namespace rangemap::serve
