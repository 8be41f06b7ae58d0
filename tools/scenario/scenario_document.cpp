// SPDX-License-Identifier: MIT
#include "tools/scenario/scenario_document.hpp"

#include "tools/scenario/scenario_yaml.hpp"

#include "engine/text.hpp"

#include <cmath>

namespace rangemap::scenario {

namespace {

nlohmann::ordered_json scalar_json(const YAML::Node& node) {
    const std::string& s = node.Scalar();
    if (node.Tag() != "?") return s; // quoted: text whatever it reads as
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (const auto d = parse_double(s); d && std::isfinite(*d)) {
        // Whole numbers stay integers ("1500" is not "1500.0" when read back).
        if (*d == std::floor(*d) && std::abs(*d) < 9e15 && s.find_first_of(".eE") == std::string::npos) {
            return static_cast<long long>(*d);
        }
        return *d;
    }
    return s;
}

nlohmann::ordered_json to_json(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        for (const auto& kv : node) j[kv.first.Scalar()] = to_json(kv.second);
        return j;
    }
    case YAML::NodeType::Sequence: {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto& v : node) j.push_back(to_json(v));
        return j;
    }
    case YAML::NodeType::Scalar: return scalar_json(node);
    default: return nullptr;
    }
}

} // namespace

nlohmann::ordered_json scenario_document(const std::string& path, const std::vector<std::string>& overrides) {
    YAML::Node root = load_yaml_file(path);
    check_document(root, path);
    for (const auto& o : overrides) apply_override(root, o);
    substitute_variables(root, path);
    return to_json(root);
}

} // namespace rangemap::scenario
