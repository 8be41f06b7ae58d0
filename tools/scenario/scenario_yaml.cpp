// SPDX-License-Identifier: MIT
#include "tools/scenario/scenario_yaml.hpp"

#include "tools/scenario/scenario.hpp"

#include "engine/error.hpp"
#include "engine/length.hpp"
#include "engine/text.hpp"
#include "geodata/text_input.hpp"

#include <cmath>
#include <fmt/format.h>
#include <unordered_map>

namespace rangemap::scenario {

namespace {

constexpr int k_max_depth = 64;

std::string location(const YAML::Mark& m, const std::string& file_name) {
    if (m.is_null() || m.line < 0) return file_name;
    return fmt::format("{}:{}:{}", file_name, m.line + 1, m.column + 1);
}

/// `s` as a message may quote it: each byte that is not UTF-8 written as \xNN, so the message
/// itself stays UTF-8.
std::string shown(std::string_view s) {
    std::string out;
    for (auto bad = first_invalid_utf8(s); bad != std::string_view::npos; bad = first_invalid_utf8(s)) {
        out += s.substr(0, bad);
        out += fmt::format("\\x{:02X}", static_cast<unsigned char>(s[bad]));
        s.remove_prefix(bad + 1);
    }
    return out += s;
}

std::string utf8_problem(std::string_view s, std::size_t bad) {
    return fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {})", static_cast<unsigned char>(s[bad]), bad);
}

/// The document's size as the reader walks it. yaml-cpp gives an alias (*name) the anchored
/// node itself, so every use of it is walked again, and counts again: nine aliases of nine
/// aliases... are a few hundred bytes of YAML and hundreds of millions of values to walk.
struct Tally {
    std::size_t values = 0, text = 0;

    bool over() const { return values > k_max_scenario_values || text > k_max_scenario_text; }
    std::string problem() const {
        const std::string what = values > k_max_scenario_values
                                     ? format_number(static_cast<double>(k_max_scenario_values), 0) + " values"
                                     : fmt::format("{} MiB of text", k_max_scenario_text >> 20);
        return fmt::format("the scenario expands to more than {}, the limit (each use of an alias *name or a "
                           "${{variable}} counts its whole value)",
                           what);
    }
    /// Adds `node` whole, stopping once over a limit; false when it nests deeper than `depth_left`.
    bool add(const YAML::Node& node, int depth_left) {
        if (depth_left < 0) return false;
        ++values;
        if (node.IsScalar()) text += node.Scalar().size();
        for (auto it = node.begin(); it != node.end() && !over(); ++it) {
            const bool ok = node.IsMap() ? add(it->first, depth_left - 1) && add(it->second, depth_left - 1)
                                         : add(*it, depth_left - 1);
            if (!ok) return false;
        }
        return true;
    }
};

/// Walks a document as the reader will, each alias as often as it is used, and refuses what
/// must not reach the reader: more than the limits, nesting deeper than k_max_depth (an
/// anchor used inside itself is a cycle), and keys or text that are not UTF-8 (they would
/// reach labels, fonts and messages).
class Checker {
public:
    /// `set_path` names a --set value: its problems are reported as "--set PATH...", as its
    /// lines and columns are not the file's.
    Checker(std::string file_name, std::string set_path)
        : m_file(std::move(file_name)), m_set(!set_path.empty()), m_path(std::move(set_path)) {}

    void check(const YAML::Node& node) { walk(node, 0); }

private:
    [[noreturn]] void fail(const YAML::Mark& at, std::string_view path, const std::string& problem) const {
        if (m_set) throw usage_error(fmt::format("--set {}: {}", path, problem));
        if (path.empty()) throw usage_error(fmt::format("{}: {}", location(at, m_file), problem));
        throw usage_error(fmt::format("{}: {}: {}", location(at, m_file), path, problem));
    }

    void walk(const YAML::Node& node, int depth) {
        const YAML::Mark mark = node.Mark();
        // An alias carries its anchor's mark, from before the text the walk has passed; a limit
        // is reported where the outermost alias is used, as deeper marks are the anchor's.
        const bool alias = !m_in_alias && !mark.is_null() && mark.pos < m_passed.pos;
        if (alias) {
            m_in_alias = true;
            m_use = m_passed;
            m_use_path = m_path.size();
        } else if (!m_in_alias && !mark.is_null()) {
            m_passed = mark;
        }
        if (depth > k_max_depth) fail(mark, m_path, "the scenario is nested too deeply");
        ++m_tally.values;
        if (node.IsScalar()) {
            const std::string& s = node.Scalar();
            m_tally.text += s.size();
            if (const auto bad = first_invalid_utf8(s); bad != std::string_view::npos) {
                fail(mark, m_path, utf8_problem(s, bad));
            }
        }
        if (m_tally.over()) {
            if (m_in_alias) fail(m_use, std::string_view(m_path).substr(0, m_use_path), m_tally.problem());
            fail(mark, m_path, m_tally.problem());
        }
        const std::size_t n = m_path.size();
        if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                const YAML::Node key = it->first;
                m_path += n == 0 ? "" : ".";
                m_path += key.IsScalar() ? shown(key.Scalar()) : std::string("?");
                walk(key, depth + 1);
                walk(it->second, depth + 1);
                m_path.resize(n);
            }
        } else if (node.IsSequence()) {
            std::size_t i = 0;
            for (auto it = node.begin(); it != node.end(); ++it, ++i) {
                m_path += fmt::format("[{}]", i);
                walk(*it, depth + 1);
                m_path.resize(n);
            }
        }
        if (alias) m_in_alias = false;
    }

    std::string m_file;
    bool m_set;
    std::string m_path; // of the node being walked
    Tally m_tally;
    YAML::Mark m_passed = YAML::Mark::null_mark(); // the furthest into the text the walk has been
    bool m_in_alias = false;
    YAML::Mark m_use;           // where the alias being walked is used ...
    std::size_t m_use_path = 0; // ... and the length of its path
};

} // namespace

std::string where(const YAML::Node& node, const std::string& file_name) { return location(node.Mark(), file_name); }

void check_document(const YAML::Node& root, const std::string& file_name) { Checker(file_name, "").check(root); }

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
    const auto bad = first_invalid_utf8(assignment); // before any message quotes the text
    if (bad < eq) throw usage_error(fmt::format("--set: {} in the key path", utf8_problem(assignment, bad)));
    if (eq == std::string::npos || eq == 0) {
        throw usage_error(fmt::format("--set '{}' is not KEY=VALUE (e.g. rings[0].radius=1500km)", assignment));
    }
    const std::string path(trim(std::string_view(assignment).substr(0, eq)));
    const std::string value_text = assignment.substr(eq + 1);
    if (bad != std::string::npos)
        throw usage_error(fmt::format("--set {}: {}", path, utf8_problem(value_text, bad - eq - 1)));
    const auto steps = parse_path(path);

    YAML::Node value;
    try {
        value = YAML::Load(value_text);
    } catch (const YAML::Exception& e) {
        throw usage_error(fmt::format("--set {}: value '{}' is not valid YAML: {}", path, value_text, e.msg));
    }
    if (!value || value.IsNull()) value = YAML::Node(value_text);
    Checker("", path).check(value); // as the file is: an alias bomb fits on a command line

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

/// Substitutes ${name} through a document, counting the result as Checker counts a file: a
/// variable holding a long list, used at each of many places, is read again at each.
class Substitution {
public:
    Substitution(const YAML::Node& vars, std::string file_name) : m_file(std::move(file_name)) {
        // Looked up once here: a YAML mapping is searched key by key.
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            const std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
            m_names += (m_names.empty() ? "" : ", ") + name;
            m_vars.emplace(name, it->second);
        }
    }

    void run(YAML::Node node, int depth) {
        const YAML::Mark mark = node.Mark(); // of the text, before a variable replaces it
        if (depth > k_max_depth)
            throw usage_error(fmt::format("{}: the scenario is nested too deeply", location(mark, m_file)));
        ++m_tally.values;
        const std::size_t n = m_path.size();
        if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
                ++m_tally.values;
                m_tally.text += key.size();
                m_path += (n == 0 ? "" : ".") + key;
                run(it->second, depth + 1);
                m_path.resize(n);
            }
        } else if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i) {
                m_path += fmt::format("[{}]", i);
                run(node[i], depth + 1);
                m_path.resize(n);
            }
        } else if (node.IsScalar()) {
            scalar(node, mark, depth);
        }
        if (m_tally.over())
            throw usage_error(fmt::format("{}: {}: {}", location(mark, m_file), m_path, m_tally.problem()));
    }

private:
    const YAML::Node& lookup(const YAML::Node& node, const std::string& name) const {
        const auto v = m_vars.find(name);
        if (v == m_vars.end()) {
            throw usage_error(fmt::format("{}: unknown variable '${{{}}}' (variables: {})", where(node, m_file), name,
                                          m_names.empty() ? "none defined" : m_names));
        }
        return v->second;
    }

    void scalar(YAML::Node node, const YAML::Mark& mark, int depth) {
        const std::string text = node.Scalar();
        if (text.find("${") == std::string::npos) {
            m_tally.text += text.size();
            return;
        }
        if (text.size() > 3 && text.rfind("${", 0) == 0 && text.find('}') == text.size() - 1) {
            // The whole value, lists as lists. Shared, as an alias is, not copied: a copy of a long
            // list at each of many uses would cost seconds and hundreds of megabytes.
            node = lookup(node, text.substr(2, text.size() - 3));
            --m_tally.values; // counted again, whole
            if (!m_tally.add(node, k_max_depth - depth)) {
                throw usage_error(fmt::format("{}: the scenario is nested too deeply", location(mark, m_file)));
            }
            return;
        }
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const auto open = text.find("${", i);
            const auto close = open == std::string::npos ? open : text.find('}', open);
            if (open != std::string::npos && close == std::string::npos) {
                throw usage_error(fmt::format("{}: unclosed '${{' in '{}'", where(node, m_file), text));
            }
            std::string piece = text.substr(i, open == std::string::npos ? open : open - i);
            if (open != std::string::npos) {
                const YAML::Node& v = lookup(node, text.substr(open + 2, close - open - 2));
                if (!v.IsScalar()) {
                    throw usage_error(fmt::format("{}: variable in '{}' is a list or mapping; use it alone",
                                                  where(node, m_file), text));
                }
                piece += as_text(v.Scalar());
            }
            // Counted as the text grows: a long value used many times is refused before it is built.
            m_tally.text += piece.size();
            if (m_tally.over()) break; // refused by run(), which names the key
            out += piece;
            i = open == std::string::npos ? text.size() : close + 1;
        }
        node = out;
    }

    std::string m_file;
    std::unordered_map<std::string, YAML::Node> m_vars;
    std::string m_names; // for the message on an unknown variable
    std::string m_path;  // of the node being substituted
    Tally m_tally;
};

} // namespace

void substitute_variables(YAML::Node& root, const std::string& file_name) {
    YAML::Node vars = root["variables"];
    if (vars && !vars.IsMap()) {
        throw usage_error(fmt::format("{}: 'variables' must be a mapping of names to values", where(vars, file_name)));
    }
    YAML::Node values = vars ? YAML::Clone(vars) : YAML::Node(YAML::NodeType::Map);
    root.remove("variables");
    Substitution(values, file_name).run(root, 0);
}

} // namespace rangemap::scenario
