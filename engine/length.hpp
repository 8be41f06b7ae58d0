// SPDX-License-Identifier: MIT
#pragma once
/// @file A length in metres, built through named factories and parsed from user text.

#include <string>
#include <string_view>

namespace rangemap {

enum class LengthUnit { m, km, mi, nmi };

/// Metres per unit; 1 mi = 1609.344 m (statute), 1 nmi = 1852 m (international).
double metres_per(LengthUnit unit) noexcept;
/// "m", "km", "mi", "nmi".
std::string_view unit_symbol(LengthUnit unit) noexcept;
/// Parses "m", "km", "mi", "nmi" (case-insensitive). @throws usage_error naming the accepted units.
LengthUnit parse_unit(std::string_view text);

/// A non-negative finite length, stored in metres.
class Length {
public:
    constexpr Length() noexcept = default;
    static Length metres(double m);
    // The factors come from metres_per(), the one unit table.
    static Length km(double v) { return in(v, LengthUnit::km); }
    static Length mi(double v) { return in(v, LengthUnit::mi); }
    static Length nmi(double v) { return in(v, LengthUnit::nmi); }
    static Length in(double value, LengthUnit unit) { return metres(value * metres_per(unit)); }

    /// Parses "1000km", "1000 km", "621mi", "540nmi", "1e6m", "250000" (metres).
    /// @throws usage_error for empty, non-numeric, NaN, infinite, negative or zero lengths,
    ///         or an unknown unit; the message quotes the text.
    static Length parse(std::string_view text);

    [[nodiscard]] constexpr double metres() const noexcept { return m_metres; }
    [[nodiscard]] double km() const noexcept { return m_metres / 1000.0; }
    [[nodiscard]] double in(LengthUnit unit) const noexcept { return m_metres / metres_per(unit); }

    friend constexpr auto operator<=>(Length, Length) noexcept = default;

private:
    explicit constexpr Length(double m) noexcept : m_metres(m) {}
    double m_metres = 0.0;
}; // class Length

/// "1,000 km", "621.4 mi": thousands separators, at most `decimals` decimals, trailing zeros dropped.
std::string format_length(Length length, LengthUnit unit, int decimals = 1);

} // namespace rangemap
