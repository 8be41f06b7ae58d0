// SPDX-License-Identifier: MIT
#pragma once
/// @file The data options a scenario asks for, merged with the command line's.

#include "commands.hpp"
#include "scenario.hpp"

namespace rangemap::cli {

/// The command line's options plus the scenario's `data`: its sources (relative paths are
/// taken relative to the scenario file when they exist there) and `defaults: false`.
CommonOptions options_for(const Scenario& scenario, const CommonOptions& common);

} // namespace rangemap::cli
