// SPDX-License-Identifier: MIT
#pragma once
/// @file A validated WGS84 position and the parser for the coordinate forms of CLI.md.

#include <optional>
#include <string_view>

namespace rangemap {

/// Longitude/latitude in degrees, WGS84, traditional GIS order (x = lon, y = lat).
/// Plain value used inside geometries; validity is checked where it enters (GeoPoint).
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

/// A position with latitude in [-90, 90] and longitude in [-180, 180], both finite.
class GeoPoint {
public:
    /// @throws usage_error naming the value received when out of range or not finite.
    GeoPoint(double lat_deg, double lon_deg);

    [[nodiscard]] double lat() const noexcept { return m_lat; }
    [[nodiscard]] double lon() const noexcept { return m_lon; }
    [[nodiscard]] LonLat lonlat() const noexcept { return {m_lon, m_lat}; }

    /// Parses "24.4667,123.0", "24.4667, 123", "24.4667N,123E", "13.58N 144.93E", "33.5S 151.2W".
    /// Returns nullopt when the text is not shaped like coordinates (it may be a place name).
    /// @throws usage_error when it is shaped like coordinates but invalid (out of range, NaN).
    static std::optional<GeoPoint> try_parse(std::string_view text);
    /// As try_parse, but text that is not coordinates is a usage_error too.
    static GeoPoint parse(std::string_view text);

private:
    double m_lat;
    double m_lon;
}; // class GeoPoint

} // namespace rangemap
