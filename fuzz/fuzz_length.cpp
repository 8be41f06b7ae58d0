// SPDX-License-Identifier: MIT
// Fuzzes length parsing: Length::parse. A result must be finite and positive; refusing the text
// must be a usage_error. Anything else (another exception, a crash) is a finding.
#include "engine/error.hpp"
#include "engine/length.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto length = rangemap::Length::parse(text);
        if (!std::isfinite(length.metres()) || !(length.metres() > 0)) std::abort();
        (void)rangemap::format_length(length, rangemap::LengthUnit::km);
    } catch (const rangemap::usage_error&) {}
    return 0;
}
