// SPDX-License-Identifier: MIT
#pragma once
/// @file Names -> features, across every loaded layer.

#include "ogr_reader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace rangemap::geodata {

/// One name the gazetteer knows.
struct GazetteerEntry {
    std::string name;                  ///< the feature's own name
    std::vector<std::string> aliases;  ///< other names it answers to
    std::string layer;
    const Feature* feature = nullptr;  ///< borrowed from the layers given to the constructor
};

class Gazetteer {
public:
    /// Indexes point names, polygon (country/territory) names and aliases of every layer.
    /// The layers must outlive the gazetteer.
    explicit Gazetteer(const std::vector<LayerData>& layers);

    /// Case-insensitive, accent- and punctuation-blind; exact names and aliases first, then unique prefixes.
    /// @throws usage_error: unknown (listing the closest names) or ambiguous (listing candidates and layers).
    [[nodiscard]] const GazetteerEntry& resolve(std::string_view name) const;

    [[nodiscard]] const std::vector<GazetteerEntry>& entries() const noexcept { return m_entries; }

private:
    std::vector<GazetteerEntry> m_entries;
}; // class Gazetteer

} // namespace rangemap::geodata
