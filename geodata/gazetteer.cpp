// SPDX-License-Identifier: MIT
#include "gazetteer.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>

namespace rangemap::geodata {

namespace {

constexpr std::size_t k_max_listed = 10;   ///< candidates named in an ambiguity error
constexpr std::size_t k_suggestions = 5;   ///< closest names offered for an unknown one
constexpr std::size_t k_max_compared = 64; ///< bytes of a name compared for suggestions
constexpr std::size_t k_max_echoed = 80;   ///< bytes of an unknown name quoted back

bool is_single_point(const Feature& f) {
    return f.geometry.points.size() == 1 && f.geometry.lines.empty() && f.geometry.polygons.empty();
}

/// Whether `words` (folded) appears in `text` (folded) as whole words.
bool contains_words(const std::string& text, const std::string& words) {
    return (" " + text + " ").find(" " + words + " ") != std::string::npos;
}

std::string describe(const GazetteerEntry& e) { return fmt::format("{} ({})", e.name, e.layer); }

} // namespace

Gazetteer::Gazetteer(const std::vector<LayerData>& layers) {
    for (const auto& layer : layers) {
        for (const auto& f : layer.features) {
            if (trim(f.name).empty()) continue;
            GazetteerEntry e{f.name, {}, layer.name, &f};
            Keys k;
            k.is_point = is_single_point(f);
            k.folded.push_back(fold_name(f.name));
            const std::string aliases = f.attribute("aliases"); // split() returns views into it
            for (const auto part : split(aliases, '|')) {
                const auto alias = trim(part);
                if (alias.empty()) continue;
                const std::string folded = fold_name(alias);
                if (folded.empty() || std::find(k.folded.begin(), k.folded.end(), folded) != k.folded.end()) continue;
                e.aliases.emplace_back(alias);
                k.folded.push_back(folded);
            }
            if (k.folded.front().empty()) continue; // a name of punctuation only cannot be typed back
            m_entries.push_back(std::move(e));
            m_keys.push_back(std::move(k));
        }
    }
}

const GazetteerEntry& Gazetteer::resolve(std::string_view name) const {
    const std::string query = fold_name(name);
    if (query.empty()) throw usage_error(fmt::format("place name '{}' has no letters or digits", name));

    const auto ambiguous = [&](const std::vector<std::size_t>& hits, const char* how) -> usage_error {
        std::string list;
        for (std::size_t i = 0; i < hits.size() && i < k_max_listed; ++i) {
            list += (i ? ", " : "") + describe(m_entries[hits[i]]);
        }
        if (hits.size() > k_max_listed) list += fmt::format(", and {} more", hits.size() - k_max_listed);
        return usage_error(
            fmt::format("ambiguous place '{}': {} {} places: {}; give more of the name", name, how, hits.size(), list));
    };

    // Tier 1: exact name or alias.
    std::vector<std::size_t> by_name, by_alias;
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const auto& f = m_keys[i].folded;
        if (f.front() == query)
            by_name.push_back(i);
        else if (std::find(f.begin() + 1, f.end(), query) != f.end())
            by_alias.push_back(i);
    }
    if (!by_name.empty() || !by_alias.empty()) {
        const auto& hits = by_name.empty() ? by_alias : by_name;
        if (hits.size() == 1) return m_entries[hits.front()];
        std::vector<std::size_t> points;
        for (const auto i : hits)
            if (m_keys[i].is_point) points.push_back(i);
        if (points.size() == 1) return m_entries[points.front()];
        throw ambiguous(hits, "the name of");
    }

    // Tier 2: unique prefix; tier 3: unique whole-word match.
    std::vector<std::size_t> prefix, words;
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        bool p = false, w = false;
        for (const auto& key : m_keys[i].folded) {
            p = p || key.rfind(query, 0) == 0;
            w = w || contains_words(key, query);
        }
        if (p) prefix.push_back(i);
        if (w) words.push_back(i);
    }
    if (!prefix.empty()) {
        if (prefix.size() == 1) return m_entries[prefix.front()];
        throw ambiguous(prefix, "the start of");
    }
    if (!words.empty()) {
        if (words.size() == 1) return m_entries[words.front()];
        throw ambiguous(words, "words in");
    }

    // Unknown: suggest the closest names. A key is also compared by its start, so that a
    // misspelt first word ("Kadina") finds the long name it begins ("Kadena Air Base").
    // Both sides are cut to k_max_compared bytes: the cost stays bounded whatever is typed.
    const std::string_view q = std::string_view(query).substr(0, k_max_compared);
    std::vector<std::pair<std::size_t, std::size_t>> scored; // (score, entry)
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& folded : m_keys[i].folded) {
            const std::string_view key = std::string_view(folded).substr(0, k_max_compared);
            best = std::min(best, edit_distance(q, key));
            if (key.size() > q.size()) best = std::min(best, edit_distance(q, key.substr(0, q.size())) + 1);
        }
        scored.emplace_back(best, i);
    }
    const std::size_t n = std::min(k_suggestions, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end());
    std::string list;
    for (std::size_t i = 0; i < n; ++i) list += (i ? ", " : "") + m_entries[scored[i].second].name;
    const std::string shown = printable(name, k_max_echoed);
    if (list.empty()) throw usage_error(fmt::format("unknown place '{}': no named places are loaded", shown));
    throw usage_error(fmt::format("unknown place '{}' (closest: {}); `rangemap places` lists every name", shown, list));
}

} // namespace rangemap::geodata
