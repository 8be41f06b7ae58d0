// SPDX-License-Identifier: MIT
#include "gazetteer.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <fmt/format.h>

namespace rangemap::geodata {

Gazetteer::Gazetteer(const std::vector<LayerData>& layers) {
    for (const auto& layer : layers) {
        for (const auto& f : layer.features) {
            if (f.name.empty()) continue;
            m_entries.push_back(GazetteerEntry{f.name, {}, layer.name, &f});
        }
    }
}

const GazetteerEntry& Gazetteer::resolve(std::string_view name) const {
    const std::string key = fold_name(name);
    for (const auto& e : m_entries) {
        if (fold_name(e.name) == key) return e;
    }
    throw usage_error(fmt::format("unknown place '{}'", name));
}

} // namespace rangemap::geodata
