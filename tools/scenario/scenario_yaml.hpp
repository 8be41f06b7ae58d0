// SPDX-License-Identifier: MIT
#pragma once
/// @file Reading a scenario file: YAML syntax, --set overrides and ${variables}, before any
/// meaning is given to the keys (that is scenario_reader's job).

#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace rangemap::scenario {

/// Parses YAML text. @throws usage_error "FILE:LINE:COLUMN: <problem>" on a syntax error.
YAML::Node parse_yaml(const std::string& text, const std::string& file_name);
/// Reads and parses a file. @throws usage_error when unreadable or malformed.
YAML::Node load_yaml_file(const std::string& path);

/// Applies one override "key.path=value" (e.g. "rings[0].radius=1500km", "title=Reach").
/// The value is read as YAML, so lists ("[Kadena, Sasebo]") work. Every key and index on the
/// path except the last key must exist. @throws usage_error naming the path.
void apply_override(YAML::Node& root, const std::string& assignment);

/// Replaces ${name} in every scalar by the value of `variables.name` (top level), then
/// removes `variables`. A scalar that is exactly "${name}" takes the variable's node whole
/// (so a variable may hold a list). @throws usage_error for an unknown variable.
void substitute_variables(YAML::Node& root, const std::string& file_name);

/// "FILE:LINE:COLUMN" for a node from the file (lines and columns from 1), or FILE alone.
std::string where(const YAML::Node& node, const std::string& file_name);

} // namespace rangemap::scenario
