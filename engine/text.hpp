// SPDX-License-Identifier: MIT
#pragma once
/// @file Small text helpers shared by the parsers (lengths, places, CSV, scenarios).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rangemap {

std::string_view trim(std::string_view s) noexcept;
std::string to_lower(std::string_view s);
/// Splits on `sep`, keeping empty fields.
std::vector<std::string_view> split(std::string_view s, char sep);

/// Whether a number's text fits a double: 1e400 is too large, 1e-400 too small.
enum class NumberRange { fits, too_large, too_small };

/// Parses a decimal or scientific number at the start of `s` (also "nan", "inf");
/// `used` receives the characters consumed. Empty when `s` does not start with a number.
/// A number too large for a double comes back infinite, one too small as zero; `range`, when
/// given, says which.
std::optional<double> parse_double_prefix(std::string_view s, std::size_t& used, NumberRange* range = nullptr) noexcept;
/// The whole of `s` (trimmed) as a number, or empty; `range` as for parse_double_prefix.
std::optional<double> parse_double(std::string_view s, NumberRange* range = nullptr) noexcept;

/// Why the whole of `s` is not a usable finite number, as the end of a message: "is not a
/// number", "is out of range", "is too small to represent" or "is not finite"; empty when it is.
std::string_view number_problem(std::string_view s) noexcept;

/// 1234567.891 -> "1,234,567.9" with at most `decimals` decimals and trailing zeros dropped,
/// or exactly `decimals` decimals when `keep_zeros` (for aligned tables); from 1e15 on, in
/// scientific notation ("1e+300").
std::string format_number(double value, int decimals, bool keep_zeros = false);

/// Folds a name for matching: lower case, ASCII letters and digits only, accents removed
/// from Latin letters, runs of other characters collapsed to one space.
std::string fold_name(std::string_view name);

/// The offset of the first byte of `s` that does not start a well-formed UTF-8 character
/// (RFC 3629: no overlong forms, no surrogates U+D800..U+DFFF, nothing above U+10FFFF, no
/// sequence cut short), or npos when all of `s` is UTF-8.
std::size_t first_invalid_utf8(std::string_view s) noexcept;

/// Levenshtein distance (bytes), for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Text as a one-line message may quote it: control characters (newlines, tabs, escape
/// sequences) written as \xNN, and at most `max_bytes` bytes of it kept, cut at a character
/// boundary and marked with "…" at the cut: the start and the end are kept, so both what
/// begins a long input and where a message ends stay readable.
std::string printable(std::string_view s, std::size_t max_bytes);

} // namespace rangemap
