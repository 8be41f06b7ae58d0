// SPDX-License-Identifier: MIT
#pragma once
/// @file A scenario file as a JSON document, ${variables} substituted: what an editor (the
/// page of `rangemap serve`) changes and sends back to be read as a scenario again.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rangemap::scenario {

/// The file's document after --set overrides and ${variables}, as JSON: plain scalars that read
/// as numbers, booleans or null become those, everything else (and every quoted scalar) text.
/// Reading the JSON back as a scenario gives the scenario the file gives.
/// @throws usage_error as read_scenario for a file it cannot read or check.
nlohmann::ordered_json scenario_document(const std::string& path, const std::vector<std::string>& overrides);

} // namespace rangemap::scenario
