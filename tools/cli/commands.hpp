// SPDX-License-Identifier: MIT
#pragma once
/// @file The verbs of the `rangemap` command line; each file cmd_<verb>.cpp adds one.

#include "tools/scenario/session.hpp"

#include <CLI/CLI.hpp>

namespace rangemap::cli {

/// Options every verb shares: the data sources (--data, --no-default-data).
using CommonOptions = scenario::DataOptions;

void add_distance_command(CLI::App& app, CommonOptions& common);
void add_render_command(CLI::App& app, CommonOptions& common);
void add_ring_command(CLI::App& app, CommonOptions& common);
void add_sector_command(CLI::App& app, CommonOptions& common);
void add_within_command(CLI::App& app, CommonOptions& common);
void add_places_command(CLI::App& app, CommonOptions& common);
void add_query_command(CLI::App& app, CommonOptions& common);
/// `serve`: `version` is what the health endpoint reports, as --version prints it.
void add_serve_command(CLI::App& app, CommonOptions& common, const std::string& version);

/// Writes `text` to stdout and flushes it. @throws io_error with the reason when stdout
/// cannot take it (a full disk, a closed pipe, /dev/full): a cut-off answer is a failure.
void print(std::string_view text);

} // namespace rangemap::cli
