// SPDX-License-Identifier: MIT
#include "geodata/provenance.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace rangemap::geodata {

DataProvenance natural_earth_provenance(const std::string& layer) {
    return {fmt::format("{} {} (world-atlas 2.0.2)", k_natural_earth_credit, layer), k_natural_earth_uncertainty_m,
            "Natural Earth 1:10m is generalised for maps at 1:10,000,000; the US National Map Accuracy "
            "Standards allow 1/50 inch on such a map, 5,080 m on the ground, for 90% of well-defined points "
            "(world-atlas's quantisation to 1e5 steps per axis adds under 200 m)"};
}

DataProvenance bases_provenance() {
    return {"rangemap bases list (geodata/bases.csv)", k_bases_uncertainty_m,
            "each site's coordinates come from the public source its row cites, good to about 1 km"};
}

DataProvenance given_provenance() { return {"coordinates as given", 0.0, ""}; }

DataProvenance file_provenance(const std::string& path, const std::string& layer) {
    return {fmt::format("{} (layer {})", path, layer), std::nullopt, ""};
}

std::vector<DataProvenance> sources_of(const DataUse& use) {
    std::vector<DataProvenance> out;
    for (const auto* side : {&use.from, &use.to}) {
        for (const auto& s : *side) {
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
        }
    }
    return out;
}

namespace {

std::optional<double> least_accurate(const std::vector<DataProvenance>& side) {
    if (side.empty()) return std::nullopt;
    double worst = 0.0;
    for (const auto& s : side) {
        if (!s.uncertainty_m) return std::nullopt;
        worst = std::max(worst, *s.uncertainty_m);
    }
    return worst;
}

} // namespace

std::optional<double> distance_uncertainty(const DataUse& use) {
    const auto a = least_accurate(use.from), b = least_accurate(use.to);
    if (!a || !b) return std::nullopt;
    return *a + *b;
}

} // namespace rangemap::geodata
