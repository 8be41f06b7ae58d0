// SPDX-License-Identifier: MIT
#pragma once
/// @file Coordinate transforms through PROJ. The only place that includes proj.h.
/// Axis order is normalised for visualisation: x = longitude/easting, y = latitude/northing.

#include "geo_point.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>

struct PJconsts;
struct projCtx_t;

namespace rangemap {

struct XY {
    double x = 0.0; ///< easting, metres (or degrees for a geographic target)
    double y = 0.0; ///< northing, metres
};

/// A transform from WGS84 lon/lat to a target CRS (and back). Owns its PROJ context,
/// so one Transform must be used by one thread at a time.
class Transform {
public:
    /// @param target any CRS PROJ accepts: "EPSG:3857", "+proj=aeqd +lat_0=26 +lon_0=127",
    ///        WKT or PROJJSON. @throws usage_error when PROJ does not know it.
    explicit Transform(const std::string& target);
    ~Transform();
    Transform(Transform&&) noexcept;
    Transform& operator=(Transform&&) noexcept;

    // Every caller projects points some of which may lie outside the projection (beyond the
    // horizon, at a Mercator pole), so failure is an answer, not an error: nullopt.

    /// Lon/lat (degrees) -> target, or nullopt when PROJ cannot project the point.
    [[nodiscard]] std::optional<XY> try_forward(LonLat p) const noexcept;
    /// Target -> lon/lat (degrees), or nullopt outside the projection's domain.
    [[nodiscard]] std::optional<LonLat> try_inverse(XY p) const noexcept;
    /// In-place bulk try_forward: x holds longitudes, y latitudes (degrees) on entry, target
    /// coordinates on return. Returns how many points failed; their x and y are set to NaN.
    [[nodiscard]] std::size_t try_forward(std::span<double> x, std::span<double> y) const noexcept;

    [[nodiscard]] const std::string& definition() const noexcept { return m_definition; }

private:
    struct Handles;
    std::unique_ptr<Handles> m_h;
    std::string m_definition;
}; // class Transform

} // namespace rangemap
