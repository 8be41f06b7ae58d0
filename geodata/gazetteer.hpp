// SPDX-License-Identifier: MIT
#pragma once
/// @file Names -> features, across every loaded layer.
///
/// Matching rule (names and aliases are compared after fold_name: case-, accent- and
/// punctuation-blind), in tiers; the first tier with any match decides:
///  1. exact: the query equals a name or an alias. When several features match, those matched
///     by their own name beat those matched only by an alias; then, if exactly one of them is a
///     point, the point beats the polygons (a base or city typed by its exact name wins over a
///     same-named country or territory). Otherwise the name is ambiguous.
///  2. prefix: the query starts a name or an alias ("Kadena" -> "Kadena Air Base"). It must
///     pick one feature, else ambiguous; points do not beat polygons here.
///  3. whole words: the query's words appear together in a name or an alias
///     ("Humphreys" -> "Camp Humphreys"). It must pick one feature, else ambiguous.
/// A name in no tier is unknown; the error lists the closest names by edit distance.

#include "ogr_reader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace rangemap::geodata {

/// One name the gazetteer knows.
struct GazetteerEntry {
    std::string name;                 ///< the feature's own name
    std::vector<std::string> aliases; ///< other names it answers to (attribute "aliases", split on '|')
    std::string layer;
    const Feature* feature = nullptr; ///< borrowed from the layers given to the constructor
};

class Gazetteer {
public:
    /// Indexes point names, polygon (country/territory) names and aliases of every layer.
    /// The layers must outlive the gazetteer.
    explicit Gazetteer(const std::vector<LayerData>& layers);

    /// Case-insensitive, accent- and punctuation-blind; exact names and aliases first, then unique
    /// prefixes, then whole words (see the file comment for the full rule).
    /// @throws usage_error: unknown (listing the closest names) or ambiguous (listing candidates and layers).
    [[nodiscard]] const GazetteerEntry& resolve(std::string_view name) const;

    [[nodiscard]] const std::vector<GazetteerEntry>& entries() const noexcept { return m_entries; }

private:
    /// Folded forms of one entry's name (first) and aliases.
    struct Keys {
        std::vector<std::string> folded;
        bool is_point = false;
    };
    std::vector<GazetteerEntry> m_entries;
    std::vector<Keys> m_keys; ///< parallel to m_entries
};                            // class Gazetteer

} // namespace rangemap::geodata
