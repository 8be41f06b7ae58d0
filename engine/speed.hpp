// SPDX-License-Identifier: MIT
#pragma once
/// @file A speed, for travel times along geodesics, and durations as people read them.

#include <string>
#include <string_view>

namespace rangemap {

enum class SpeedUnit { km_h, m_s, kn, mph };

/// A positive finite speed, stored in metres per second.
class Speed {
public:
    /// Parses "900km/h", "900 km/h", "250m/s", "20kn", "600mph" (units case-insensitive; "kt",
    /// "knots" and "kph" too). 1 kn = 1852 m/h, 1 mph = 1609.344 m/h.
    /// @throws usage_error for text that is not a positive finite number with one of the units.
    static Speed parse(std::string_view text);

    [[nodiscard]] double metres_per_second() const noexcept { return m_mps; }
    /// The speed as given, e.g. "900 km/h".
    [[nodiscard]] std::string text() const;
    /// Seconds to travel `metres` at this speed.
    [[nodiscard]] double seconds_for(double metres) const noexcept { return metres / m_mps; }

private:
    Speed(double mps, double value, SpeedUnit unit) noexcept : m_mps(mps), m_value(value), m_unit(unit) {}
    double m_mps, m_value;
    SpeedUnit m_unit;
}; // class Speed

/// "42 s", "7 min", "2 h 05 min": seconds under a minute, whole minutes under an hour, then
/// hours and minutes (rounded to the nearest).
std::string format_duration(double seconds);

} // namespace rangemap
