// SPDX-License-Identifier: MIT
#pragma once
/// @file The verbs of the `rangemap` command line; each file cmd_<verb>.cpp adds one.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace rangemap::cli {

/// Options every verb shares.
struct CommonOptions {
    std::vector<std::string> data; ///< --data PATH[:LAYER], repeatable
    bool no_default_data = false;  ///< --no-default-data
};

void add_distance_command(CLI::App& app, CommonOptions& common);
void add_render_command(CLI::App& app, CommonOptions& common);
void add_ring_command(CLI::App& app, CommonOptions& common);
void add_within_command(CLI::App& app, CommonOptions& common);
void add_places_command(CLI::App& app, CommonOptions& common);
void add_query_command(CLI::App& app, CommonOptions& common);

} // namespace rangemap::cli
