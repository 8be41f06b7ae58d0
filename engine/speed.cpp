// SPDX-License-Identifier: MIT
#include "speed.hpp"

#include "error.hpp"
#include "text.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace rangemap {

namespace {

struct UnitName {
    std::string_view name;
    SpeedUnit unit;
};

constexpr std::array k_units{UnitName{"km/h", SpeedUnit::km_h}, UnitName{"kmh", SpeedUnit::km_h},
                             UnitName{"kph", SpeedUnit::km_h},  UnitName{"m/s", SpeedUnit::m_s},
                             UnitName{"kn", SpeedUnit::kn},     UnitName{"kt", SpeedUnit::kn},
                             UnitName{"knots", SpeedUnit::kn},  UnitName{"mph", SpeedUnit::mph}};

/// Metres per second per unit: the one table.
double mps_per(SpeedUnit u) noexcept {
    switch (u) {
    case SpeedUnit::km_h: return 1000.0 / 3600.0;
    case SpeedUnit::m_s: return 1.0;
    case SpeedUnit::kn: return 1852.0 / 3600.0;
    case SpeedUnit::mph: return 1609.344 / 3600.0;
    }
    return 1.0;
}

std::string_view symbol(SpeedUnit u) noexcept {
    switch (u) {
    case SpeedUnit::km_h: return "km/h";
    case SpeedUnit::m_s: return "m/s";
    case SpeedUnit::kn: return "kn";
    case SpeedUnit::mph: return "mph";
    }
    return "";
}

} // namespace

Speed Speed::parse(std::string_view text) {
    const std::string_view t = trim(text);
    const auto bad = [&](std::string_view why) {
        return usage_error(fmt::format("speed '{}' {} (expected e.g. 900km/h, 250m/s, 20kn, 600mph)", text, why));
    };
    std::size_t used = 0;
    NumberRange range = NumberRange::fits;
    const auto value = parse_double_prefix(t, used, &range);
    if (!value) throw bad("is not a number with a unit");
    const std::string unit_text = to_lower(trim(t.substr(used)));
    if (unit_text.empty()) throw bad("has no unit");
    const UnitName* unit = nullptr;
    for (const auto& u : k_units)
        if (u.name == unit_text) unit = &u;
    if (!unit) throw bad(fmt::format("has an unknown unit '{}'", unit_text));
    if (range == NumberRange::too_large) throw bad("is out of range");
    if (range == NumberRange::too_small) throw bad("is too small to represent");
    if (!std::isfinite(*value)) throw bad("is not finite");
    if (!(*value > 0)) throw bad("is not positive");
    return Speed(*value * mps_per(unit->unit), *value, unit->unit);
}

std::string Speed::text() const { return format_number(m_value, 3) + " " + std::string(symbol(m_unit)); }

std::string format_duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return "—";
    if (seconds < 59.5) return fmt::format("{:.0f} s", seconds);
    const double minutes = std::round(seconds / 60);
    if (minutes < 60) return fmt::format("{:.0f} min", minutes);
    const double h = std::floor(minutes / 60), m = minutes - 60 * h;
    return fmt::format("{} h {:02.0f} min", format_number(h, 0), m);
}

} // namespace rangemap
