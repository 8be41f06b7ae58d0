// SPDX-License-Identifier: MIT
#include "style.hpp"

#include "engine/error.hpp"

#include <fmt/format.h>

namespace rangemap::layers {

namespace {
int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

Rgba Rgba::hex(std::string_view text) {
    const std::string_view t = (!text.empty() && text.front() == '#') ? text.substr(1) : text;
    if (t.size() != 6 && t.size() != 8) {
        throw usage_error(fmt::format("colour '{}' is not #rrggbb or #rrggbbaa", text));
    }
    double c[4] = {0, 0, 0, 1};
    for (std::size_t i = 0; i < t.size() / 2; ++i) {
        const int hi = hex_digit(t[2 * i]);
        const int lo = hex_digit(t[2 * i + 1]);
        if (hi < 0 || lo < 0) throw usage_error(fmt::format("colour '{}' is not #rrggbb or #rrggbbaa", text));
        c[i] = (hi * 16 + lo) / 255.0;
    }
    return {c[0], c[1], c[2], c[3]};
}

} // namespace rangemap::layers
