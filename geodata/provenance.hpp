// SPDX-License-Identifier: MIT
#pragma once
/// @file How figures and answers name their data, and how far the data's positions may be
/// from the truth: on coastline data the data, not the geodesic, limits an answer.

#include <optional>
#include <string>
#include <vector>

namespace rangemap::geodata {

/// The Natural Earth countries and land layers (world-atlas 2.0.2, see geodata/README.md).
inline constexpr const char* k_natural_earth_credit = "Natural Earth 1:10m";
/// The curated bases list, geodata/bases.csv: every row cites its public source.
inline constexpr const char* k_bases_credit = "sites from public sources";

/// Natural Earth 1:10m is made for maps at 1:10,000,000. The US National Map Accuracy
/// Standards (Bureau of the Budget, 1947) allow, at publication scales smaller than 1:20,000,
/// 1/50 inch (0.508 mm) on the map for 90% of well-defined points: 5,080 m at that scale.
inline constexpr double k_natural_earth_uncertainty_m = 0.0254 / 50.0 * 10'000'000.0;
/// geodata/README.md: each coordinate of the bases list is good to about 1 km.
inline constexpr double k_bases_uncertainty_m = 1000.0;

/// One source an answer used.
struct DataProvenance {
    std::string source; ///< e.g. "Natural Earth 1:10m countries (world-atlas 2.0.2)"
    /// How far a position of the data may be from the truth (90% of well-defined points),
    /// metres; std::nullopt when the data does not say.
    std::optional<double> uncertainty_m;
    std::string basis; ///< where that figure comes from; "" when unknown
    bool operator==(const DataProvenance&) const = default;
};

/// A layer of the embedded Natural Earth GeoPackage ("countries" or "land").
DataProvenance natural_earth_provenance(const std::string& layer);
/// The embedded bases list.
DataProvenance bases_provenance();
/// Coordinates (or shapes) the user gave: exact as given.
DataProvenance given_provenance();
/// A layer of the user's own file: its uncertainty is not known to rangemap.
DataProvenance file_provenance(const std::string& path, const std::string& layer);

/// The data an answer measured between: distances from a position of one of `from` (the
/// centres, the first place) to one of `to` (the targets, the second place).
struct DataUse {
    std::vector<DataProvenance> from, to;
};

/// Every source of `use` once, in first-use order.
std::vector<DataProvenance> sources_of(const DataUse& use);
/// How far a distance the answer gives may be off because of the data, metres: the least
/// accurate source on each side, summed (two positions each off by up to u move their distance
/// by up to 2u); std::nullopt when a source's uncertainty is not known or a side is empty.
std::optional<double> distance_uncertainty(const DataUse& use);

} // namespace rangemap::geodata
