// SPDX-License-Identifier: MIT
#pragma once
/// @file Coordinate transforms through PROJ. The only place that includes proj.h.
/// Axis order is normalised for visualisation: x = longitude/easting, y = latitude/northing.

#include "geo_point.hpp"

#include <memory>
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

    /// Lon/lat -> target. Non-finite (inf) coordinates when the point cannot be projected.
    [[nodiscard]] XY forward(LonLat p) const noexcept;
    /// Target -> lon/lat. Non-finite when outside the projection's domain.
    [[nodiscard]] LonLat inverse(XY p) const noexcept;
    /// In-place bulk forward: x holds longitudes, y latitudes on entry.
    void forward(std::span<double> x, std::span<double> y) const noexcept;

    [[nodiscard]] const std::string& definition() const noexcept { return m_definition; }
    /// True when the target is a geographic (degree) CRS.
    [[nodiscard]] bool target_is_geographic() const noexcept { return m_geographic; }

private:
    struct Handles;
    std::unique_ptr<Handles> m_h;
    std::string m_definition;
    bool m_geographic = false;
}; // class Transform

/// "+proj=aeqd +lat_0=.. +lon_0=.. +datum=WGS84": distances from the centre are exact.
std::string aeqd_definition(LonLat centre);

/// Whether PROJ recognises `definition` as a CRS.
bool is_known_crs(const std::string& definition);

} // namespace rangemap
