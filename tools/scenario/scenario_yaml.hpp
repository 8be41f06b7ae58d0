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

/// Refuses a document the reader must not walk: more than k_max_scenario_values values or
/// k_max_scenario_text bytes of text with aliases (*name) expanded, nesting deeper than 64,
/// or a key or text value that is not UTF-8. Walks at most the limits, whatever the aliases.
/// @throws usage_error "FILE:LINE:COLUMN: key.path: <problem>".
void check_document(const YAML::Node& root, const std::string& file_name);

/// Applies one override "key.path=value" (e.g. "rings[0].radius=1500km", "title=Reach").
/// The value is read as YAML, so lists ("[Kadena, Sasebo]") work. Every key and index on the
/// path except the last key must exist; the value is checked as check_document checks a file.
/// @throws usage_error "--set key.path: <problem>".
void apply_override(YAML::Node& root, const std::string& assignment);

/// Replaces ${name} in every scalar by the value of `variables.name` (top level), then
/// removes `variables`. A scalar that is exactly "${name}" takes the variable's node whole
/// (so a variable may hold a list). @throws usage_error for an unknown variable, or when the
/// result exceeds k_max_scenario_values or k_max_scenario_text (each use of a variable counts).
void substitute_variables(YAML::Node& root, const std::string& file_name);

/// "FILE:LINE:COLUMN" for a node from the file (lines and columns from 1), or FILE alone.
std::string where(const YAML::Node& node, const std::string& file_name);

} // namespace rangemap::scenario
