// SPDX-License-Identifier: MIT
// Fuzzes the points CSV reader (geodata::parse_points_csv, the in-memory half of
// read_points_csv). Every point read must be a valid position with a name; bad input must be a
// data_error. Anything else (another exception, a crash) is a finding.
#include "engine/error.hpp"
#include "geodata/csv_points.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto layer = rangemap::geodata::parse_points_csv(text, "fuzz.csv", "fuzz");
        for (const auto& f : layer.features) {
            if (f.name.empty() || f.geometry.points.size() != 1) std::abort();
            const auto p = f.geometry.points.front();
            if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || std::abs(p.lat) > 90 || std::abs(p.lon) > 180) {
                std::abort();
            }
        }
    } catch (const rangemap::data_error&) {}
    return 0;
}
