// SPDX-License-Identifier: MIT
#include "length.hpp"

#include "error.hpp"
#include "text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rangemap {

double metres_per(LengthUnit unit) noexcept {
    switch (unit) {
    case LengthUnit::m: return 1.0;
    case LengthUnit::km: return 1000.0;
    case LengthUnit::mi: return 1609.344;
    case LengthUnit::nmi: return 1852.0;
    }
    return 1.0;
}

std::string_view unit_symbol(LengthUnit unit) noexcept {
    switch (unit) {
    case LengthUnit::m: return "m";
    case LengthUnit::km: return "km";
    case LengthUnit::mi: return "mi";
    case LengthUnit::nmi: return "nmi";
    }
    return "m";
}

LengthUnit parse_unit(std::string_view text) {
    const std::string u = to_lower(trim(text));
    if (u == "m" || u == "metres" || u == "meters") return LengthUnit::m;
    if (u == "km") return LengthUnit::km;
    if (u == "mi") return LengthUnit::mi;
    if (u == "nmi") return LengthUnit::nmi;
    throw usage_error(fmt::format("unknown length unit '{}' (accepted: m, km, mi, nmi)", text));
}

Length Length::metres(double m) {
    if (!std::isfinite(m) || m < 0.0) {
        throw usage_error(fmt::format("length {} m is not a finite non-negative number", m));
    }
    return Length(m);
}

Length Length::parse(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) throw usage_error("empty length (expected e.g. 1000km, 621mi, 540nmi, 250000)");
    std::size_t used = 0;
    NumberRange range = NumberRange::fits;
    const auto value = parse_double_prefix(t, used, &range);
    if (!value) {
        throw usage_error(
            fmt::format("length '{}' is not a number with a unit (expected e.g. 1000km, 621mi, 540nmi, 250000)", text));
    }
    const std::string_view rest = trim(t.substr(used));
    const LengthUnit unit = rest.empty() ? LengthUnit::m : parse_unit(rest);
    if (range == NumberRange::too_large) throw usage_error(fmt::format("length '{}' is out of range", text));
    if (range == NumberRange::too_small) throw usage_error(fmt::format("length '{}' is too small to represent", text));
    if (!std::isfinite(*value)) throw usage_error(fmt::format("length '{}' is not finite", text));
    if (*value < 0.0) throw usage_error(fmt::format("length '{}' is negative", text));
    if (*value == 0.0) throw usage_error(fmt::format("length '{}' is zero", text));
    const double m = *value * metres_per(unit);
    if (!std::isfinite(m)) throw usage_error(fmt::format("length '{}' is out of range", text));
    return Length(m);
}

std::string format_length(Length length, LengthUnit unit, int decimals) {
    return format_number(length.in(unit), decimals) + " " + std::string(unit_symbol(unit));
}

} // namespace rangemap
