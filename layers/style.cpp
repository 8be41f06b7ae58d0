// SPDX-License-Identifier: MIT
#include "style.hpp"

#include "engine/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

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

std::string hex_text(const Rgba& c) {
    const auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return fmt::format("#{:02x}{:02x}{:02x}{:02x}", byte(c.r), byte(c.g), byte(c.b), byte(c.a));
}

std::string ogr_style_string(const Style& style) {
    std::string s = fmt::format("PEN(c:{},w:{:g}px)", hex_text(style.stroke), style.stroke_width);
    if (style.fill.a > 0) s += fmt::format(";BRUSH(fc:{})", hex_text(style.fill));
    return s;
}

} // namespace rangemap::layers
