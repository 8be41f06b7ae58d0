// SPDX-License-Identifier: MIT
#pragma once
/// @file Decimal numbers in and out at the speed bulk CSV needs, equal to the standard
/// library's correctly rounded conversions (std::from_chars, std::to_chars).

#include <string>
#include <string_view>

namespace rangemap {

/// Parses a decimal number (optional '+' or '-', digits, '.', exponent, "inf"/"nan" as
/// std::from_chars reads them) that fills the whole of `text`. Plain decimals of up to 15
/// significant digits take Clinger's fast path (one correctly rounded division); the rest go
/// to std::from_chars. @return false when `text` is empty or not wholly a number.
[[nodiscard]] bool parse_decimal(std::string_view text, double& x) noexcept;

/// Appends `x` with exactly `decimals` (0..9) digits after the point, the same characters as
/// std::to_chars(..., std::chars_format::fixed, decimals).
void append_fixed(std::string& out, double x, int decimals);

} // namespace rangemap
