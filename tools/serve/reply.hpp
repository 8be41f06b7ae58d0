// SPDX-License-Identifier: MIT
#pragma once
/// @file An HTTP answer as the API builds it, before any socket: status, type and body.

#include <map>
#include <string>

namespace rangemap::serve {

/// A query string's parameters, by name (a name given twice is refused before this).
using Params = std::map<std::string, std::string>;

/// The JSON type. With its charset, as every type the server sends except small text files:
/// httplib compresses exactly "application/json", "image/svg+xml", "application/javascript"
/// and text/* for a client that accepts it, with Brotli at its slowest setting (12 s for the
/// 4 MB base map), and loopback needs no compression.
inline constexpr const char* k_json = "application/json; charset=utf-8";

struct Reply {
    int status = 200;
    std::string type = k_json;
    std::string body;
};

/// {"error": "<message>"} with the CLI's one line: at most about 300 characters, control
/// characters escaped, as `rangemap: error: <message>` prints it.
Reply error_reply(int status, const std::string& message);

/// The reply for the exception being handled (call inside a catch block): 400 for a usage
/// error, 413 for a body too large, 500 for anything else, with the message.
Reply reply_for_current_exception() noexcept;

/// Thrown for a request body over the limit (413).
struct body_too_large {};

} // namespace rangemap::serve
