// SPDX-License-Identifier: MIT
#pragma once
/// @file How figures and answers name the embedded default data.

namespace rangemap::geodata {

/// The Natural Earth countries and land layers (world-atlas 2.0.2, see geodata/README.md).
inline constexpr const char* k_natural_earth_credit = "Natural Earth 1:10m";
/// The curated bases list, geodata/bases.csv: every row cites its public source.
inline constexpr const char* k_bases_credit = "sites from public sources";

} // namespace rangemap::geodata
