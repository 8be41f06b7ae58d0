// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the scenario reader tests: the message a scenario's text is refused with.

#include "engine/error.hpp"
#include "tools/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace rangemap::scenario::test {

/// The usage_error message of parsing `text` as "s.yaml", or "" when it parses.
inline std::string error_of(const std::string& text, const std::vector<std::string>& overrides = {}) {
    try {
        parse_scenario(text, "s.yaml", overrides);
    } catch (const usage_error& e) {
        return e.what();
    }
    return "";
}

inline bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

} // namespace rangemap::scenario::test
