// SPDX-License-Identifier: MIT
#include "tools/scenario/scenario_yaml.hpp"

#include "tools/scenario/scenario.hpp"

#include "engine/error.hpp"
#include "engine/length.hpp"
#include "engine/text.hpp"
#include "geodata/text_input.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rangemap::scenario {

std::string where(const YAML::Node& node, const std::string& file_name) {
    const YAML::Mark m = node.Mark();
    if (m.is_null() || m.line < 0) return file_name;
    return fmt::format("{}:{}:{}", file_name, m.line + 1, m.column + 1);
}

YAML::Node parse_yaml(const std::string& text, const std::string& file_name) {
    try {
        YAML::Node root = YAML::Load(text);
        if (!root || root.IsNull()) throw usage_error(fmt::format("{}: the scenario is empty", file_name));
        if (!root.IsMap()) {
            throw usage_error(fmt::format("{}: a scenario is a mapping of keys (title, rings, questions, ...)",
                                          where(root, file_name)));
        }
        return root;
    } catch (const YAML::ParserException& e) {
        throw usage_error(
            fmt::format("{}:{}:{}: YAML syntax error: {}", file_name, e.mark.line + 1, e.mark.column + 1, e.msg));
    } catch (const YAML::Exception& e) {
        throw usage_error(fmt::format("{}: YAML error: {}", file_name, e.msg));
    }
}

YAML::Node load_yaml_file(const std::string& path) {
    std::string text = geodata::read_text_input(path, "scenario", k_max_scenario_bytes);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    return parse_yaml(text, path);
}

namespace {

struct Step {
    std::string key; // empty for an index step
    long index = -1;
};

std::vector<Step> parse_path(const std::string& path) {
    std::vector<Step> steps;
    std::size_t i = 0;
    const auto bad = [&] {
        return usage_error(fmt::format("--set path '{}' is not of the form key.key[0].key", path));
    };
    while (i < path.size()) {
        if (path[i] == '[') {
            const auto close = path.find(']', i);
            if (close == std::string::npos) throw bad();
            const auto n = parse_double(std::string_view(path).substr(i + 1, close - i - 1));
            if (!n || !(*n >= 0 && *n <= 1e6) || *n != std::floor(*n)) throw bad(); // range first: no UB cast
            steps.push_back(Step{"", static_cast<long>(*n)});
            i = close + 1;
            if (i < path.size() && path[i] == '.') ++i;
        } else {
            const auto end = path.find_first_of(".[", i);
            const std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
            if (key.empty()) throw bad();
            steps.push_back(Step{key, -1});
            i = end == std::string::npos ? path.size() : end;
            if (i < path.size() && path[i] == '.') ++i;
        }
    }
    if (steps.empty()) throw bad();
    return steps;
}

std::string prefix(const std::vector<Step>& steps, std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        if (steps[i].index >= 0)
            s += fmt::format("[{}]", steps[i].index);
        else
            s += (s.empty() ? "" : ".") + steps[i].key;
    }
    return s;
}

} // namespace

void apply_override(YAML::Node& root, const std::string& assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0) {
        throw usage_error(fmt::format("--set '{}' is not KEY=VALUE (e.g. rings[0].radius=1500km)", assignment));
    }
    const std::string path(trim(std::string_view(assignment).substr(0, eq)));
    const std::string value_text = assignment.substr(eq + 1);
    const auto steps = parse_path(path);

    YAML::Node value;
    try {
        value = YAML::Load(value_text);
    } catch (const YAML::Exception& e) {
        throw usage_error(fmt::format("--set {}: value '{}' is not valid YAML: {}", path, value_text, e.msg));
    }
    if (!value || value.IsNull()) value = YAML::Node(value_text);

    YAML::Node cur(root); // yaml-cpp nodes are references: walk with reset(), never operator=
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        const bool last = i + 1 == steps.size();
        if (s.index >= 0) {
            if (!cur.IsSequence()) {
                throw usage_error(fmt::format("--set {}: '{}' is not a list", path, prefix(steps, i)));
            }
            if (static_cast<std::size_t>(s.index) >= cur.size()) {
                throw usage_error(fmt::format("--set {}: '{}' does not exist ({} has {} item{})", path,
                                              prefix(steps, i + 1), prefix(steps, i), cur.size(),
                                              cur.size() == 1 ? "" : "s"));
            }
            if (last) {
                cur[static_cast<std::size_t>(s.index)] = value;
                return;
            }
            YAML::Node next = cur[static_cast<std::size_t>(s.index)];
            cur.reset(next);
        } else {
            if (!cur.IsMap()) {
                throw usage_error(fmt::format("--set {}: '{}' is not a mapping of keys", path,
                                              i == 0 ? std::string("the scenario") : prefix(steps, i)));
            }
            if (last) {
                cur[s.key] = value; // a new key here is checked against the schema later
                return;
            }
            if (!cur[s.key]) {
                throw usage_error(
                    fmt::format("--set {}: '{}' does not exist in the scenario", path, prefix(steps, i + 1)));
            }
            YAML::Node next = cur[s.key];
            cur.reset(next);
        }
    }
}

namespace {

/// A variable's value as it reads inside text: a length is written for people ("1000km" ->
/// "1,000 km"), anything else as it is.
std::string as_text(const std::string& value) {
    std::size_t used = 0;
    const std::string_view v = trim(value);
    if (!parse_double_prefix(v, used) || used == v.size()) return value;
    try {
        const LengthUnit unit = parse_unit(v.substr(used));
        return format_length(Length::parse(v), unit, 3);
    } catch (const usage_error&) {
        return value;
    }
}

void substitute(YAML::Node node, const YAML::Node& vars, const std::string& file_name, int depth) {
    if (depth > 64) throw usage_error(fmt::format("{}: the scenario is nested too deeply", where(node, file_name)));
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) substitute(it->second, vars, file_name, depth + 1);
        return;
    }
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) substitute(node[i], vars, file_name, depth + 1);
        return;
    }
    if (!node.IsScalar()) return;
    const std::string text = node.Scalar();
    if (text.find("${") == std::string::npos) return;
    const auto lookup = [&](const std::string& name) {
        const YAML::Node v = vars[name];
        if (!v) {
            std::string known;
            for (auto it = vars.begin(); it != vars.end(); ++it)
                known += (known.empty() ? "" : ", ") + it->first.as<std::string>();
            throw usage_error(fmt::format("{}: unknown variable '${{{}}}' (variables: {})", where(node, file_name),
                                          name, known.empty() ? "none defined" : known));
        }
        return v;
    };
    if (text.size() > 3 && text.rfind("${", 0) == 0 && text.find('}') == text.size() - 1) {
        const YAML::Node v = lookup(text.substr(2, text.size() - 3));
        node = YAML::Clone(v); // the whole value, keeping lists as lists
        return;
    }
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto open = text.find("${", i);
        if (open == std::string::npos) {
            out += text.substr(i);
            break;
        }
        const auto close = text.find('}', open);
        if (close == std::string::npos) {
            throw usage_error(fmt::format("{}: unclosed '${{' in '{}'", where(node, file_name), text));
        }
        out += text.substr(i, open - i);
        const YAML::Node v = lookup(text.substr(open + 2, close - open - 2));
        if (!v.IsScalar()) {
            throw usage_error(
                fmt::format("{}: variable in '{}' is a list or mapping; use it alone", where(node, file_name), text));
        }
        out += as_text(v.Scalar());
        i = close + 1;
    }
    node = out;
}

} // namespace

void substitute_variables(YAML::Node& root, const std::string& file_name) {
    YAML::Node vars = root["variables"];
    if (vars && !vars.IsMap()) {
        throw usage_error(fmt::format("{}: 'variables' must be a mapping of names to values", where(vars, file_name)));
    }
    YAML::Node values = vars ? YAML::Clone(vars) : YAML::Node(YAML::NodeType::Map);
    root.remove("variables");
    substitute(root, values, file_name, 0);
}

} // namespace rangemap::scenario
