// SPDX-License-Identifier: MIT
#pragma once
/// @file The ellipsoidal azimuthal equidistant projection computed with geodesics: forward is
/// the inverse geodesic problem from the centre, inverse the direct problem. Distances and
/// azimuths from the centre are exact, and it needs no PROJ context (cheap to build per part).

#include "crs.hpp"
#include "geo_point.hpp"

namespace rangemap {

class AeqdPlane {
public:
    explicit AeqdPlane(LonLat centre) noexcept : m_centre(centre) {}

    /// Lon/lat -> plane, metres (x east, y north at the centre).
    [[nodiscard]] XY forward(LonLat p) const noexcept;
    /// Plane -> lon/lat; longitude in [-180, 180].
    [[nodiscard]] LonLat inverse(XY p) const noexcept;
    [[nodiscard]] LonLat centre() const noexcept { return m_centre; }

private:
    LonLat m_centre;
}; // class AeqdPlane

} // namespace rangemap
