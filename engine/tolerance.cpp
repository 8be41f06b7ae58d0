// SPDX-License-Identifier: MIT
#include "tolerance.hpp"

#include "error.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace rangemap {

double parse_buffer_tolerance(std::string_view text, Length distance) {
    const std::string_view t = trim(text);
    double fraction = 0;
    if (!t.empty() && t.back() == '%') {
        const std::string_view number = trim(t.substr(0, t.size() - 1));
        if (const std::string_view problem = number_problem(number); !problem.empty()) {
            throw usage_error(fmt::format("tolerance '{}' {} (expected e.g. 0.1% or 50m)", text, problem));
        }
        fraction = *parse_double(number) / 100;
    } else {
        try {
            fraction = Length::parse(t).metres() / distance.metres();
        } catch (const usage_error&) {
            throw usage_error(fmt::format("tolerance '{}' is neither a share of the distance nor a length "
                                          "(expected e.g. 0.1% or 50m)",
                                          text));
        }
    }
    if (!(fraction >= 1e-6 && fraction <= 0.1)) {
        throw usage_error(
            fmt::format("tolerance '{}' is {:.3g}% of the distance, outside 0.0001%..10%", text, fraction * 100));
    }
    return fraction;
}

} // namespace rangemap
