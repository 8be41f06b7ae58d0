// SPDX-License-Identifier: MIT
#pragma once
/// @file `rangemap serve`: the API and the page over HTTP, until SIGINT or SIGTERM.

#include "tools/serve/api.hpp"

#include <string>

namespace rangemap::serve {

struct ServeOptions {
    ApiOptions api;
    std::string host = "127.0.0.1"; ///< loopback unless asked otherwise
    int port = 8750;                ///< 0: a free port
    std::string web_dir;            ///< empty: default_web_dir()
    int threads = 8;                ///< requests served at once
};

/// Loads the data, listens, prints "rangemap: serving http://HOST:PORT/" on stderr, and serves
/// until SIGINT or SIGTERM; then lets the requests in flight finish and returns.
/// @throws usage_error for a bad scenario or option; io_error when it cannot listen.
void serve(const ServeOptions& options);

} // namespace rangemap::serve
