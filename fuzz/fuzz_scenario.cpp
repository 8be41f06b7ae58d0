// SPDX-License-Identifier: MIT
// Fuzzes the scenario reader with a --set override: the first line of the input is the
// override ("rings[0].radius=1500km"), the rest the YAML file. A bad scenario must be a
// usage_error (or data_error); anything else (another exception, a crash) is a finding.
#include "engine/error.hpp"
#include "tools/scenario/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto eol = input.find('\n');
    std::vector<std::string> overrides;
    std::string text;
    if (eol == std::string::npos) {
        text = input;
    } else {
        if (eol > 0) overrides.push_back(input.substr(0, eol));
        text = input.substr(eol + 1);
    }
    try {
        (void)rangemap::scenario::parse_scenario(text, "fuzz.yaml", overrides);
    } catch (const rangemap::error&) {}
    return 0;
}
