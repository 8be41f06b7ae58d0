// SPDX-License-Identifier: MIT
#pragma once
/// @file What `rangemap render` is asked to draw, turned into the scenario to draw: the one
/// reading of its options for every front-end (the CLI, Python), so their figures are the same
/// bytes.

#include "tools/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace rangemap::scenario {

/// The options of a render, as typed.
struct RenderRequest {
    std::string scenario;         ///< scenario file; empty: the built-in article figure
    std::vector<std::string> set; ///< --set overrides, KEY.PATH=VALUE
    std::string size;             ///< "WIDTHxHEIGHT" or empty
    std::string crs;              ///< PROJ string, EPSG:code, auto, or empty
    std::string extent;           ///< "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT" or empty
};

/// The scenario file a request names: its own, or the built-in article figure.
std::string scenario_path(const RenderRequest& request);

/// Reads the request's scenario (read_scenario, or parse_scenario of `text` when not empty,
/// named `name`) and applies size, extent and CRS.
/// @throws usage_error for a bad size (100..20000 whole pixels per side), extent or CRS, with
///         the CLI's option names.
Scenario render_scenario(const RenderRequest& request, const std::string& text = {}, const std::string& name = {});

} // namespace rangemap::scenario
