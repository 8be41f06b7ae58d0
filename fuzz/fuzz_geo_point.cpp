// SPDX-License-Identifier: MIT
// Fuzzes place parsing: GeoPoint::try_parse. A result must be a valid WGS84 position; refusing
// the text must be a usage_error. Anything else (another exception, a crash) is a finding.
#include "engine/error.hpp"
#include "engine/geo_point.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        if (const auto p = rangemap::GeoPoint::try_parse(text)) {
            const bool valid = std::isfinite(p->lat()) && std::isfinite(p->lon()) && p->lat() >= -90 &&
                               p->lat() <= 90 && p->lon() >= -180 && p->lon() <= 180;
            if (!valid) std::abort();
        }
    } catch (const rangemap::usage_error&) {}
    return 0;
}
