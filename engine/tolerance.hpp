// SPDX-License-Identifier: MIT
#pragma once
/// @file A buffer's tolerance as users write it: a percentage of the distance or a length.

#include "length.hpp"

#include <string_view>

namespace rangemap {

/// The tolerance a buffer meets unless asked otherwise: 0.1% of its distance.
inline constexpr double k_default_buffer_tolerance = 0.001;

/// Parses "0.1%" (of `distance`) or a length ("50m", "1km") into a fraction of `distance`.
/// @throws usage_error for text that is neither, or a fraction outside 1e-6..0.1 (0.0001%..10%).
double parse_buffer_tolerance(std::string_view text, Length distance);

} // namespace rangemap
