// SPDX-License-Identifier: MIT
#include "tools/serve/reply.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <exception>
#include <new>
#include <nlohmann/json.hpp>

namespace rangemap::serve {

namespace {

constexpr std::size_t k_max_message_bytes = 300; // as tools/cli/main.cpp

} // namespace

Reply error_reply(int status, const std::string& message) {
    nlohmann::ordered_json j;
    j["error"] = printable(message, k_max_message_bytes);
    // Replacement characters for invalid UTF-8 keep the JSON writer from throwing.
    return {status, k_json, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

Reply reply_for_current_exception() noexcept {
    try {
        try {
            throw;
        } catch (const body_too_large&) {
            return error_reply(413, "the request body is over the limit of 1 MiB");
        } catch (const usage_error& e) {
            return error_reply(400, e.what());
        } catch (const std::bad_alloc&) {
            return error_reply(500, "out of memory");
        } catch (const std::exception& e) {
            return error_reply(500, e.what());
        } catch (...) {
            return error_reply(500, "unknown error");
        }
    } catch (...) {
        return {500, k_json, "{\"error\":\"out of memory\"}\n"};
    }
}

} // namespace rangemap::serve
