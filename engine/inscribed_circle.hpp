// SPDX-License-Identifier: MIT
#pragma once
/// @file The largest circle inside a shape's largest part: where a label naming an area sits
/// farthest from its edges. Works in any plane (a map page); x and y ride in LonLat's lon and lat.

#include "geometry.hpp"

#include <optional>

namespace rangemap {

struct InscribedCircle {
    LonLat centre;        ///< x in lon, y in lat: the plane's coordinates, not degrees
    double radius = 0;    ///< plane units
    double part_area = 0; ///< area of the part holding it, plane units squared
};

/// Clips the polygons of `plane` to the rectangle [x0, x1] x [y0, y1], takes the largest part
/// left and finds its maximum inscribed circle (GEOS) to within `tolerance` plane units.
/// Nothing when no polygon area lies inside the rectangle.
/// @throws data_error when GEOS fails.
std::optional<InscribedCircle> largest_inscribed_circle(const Geometry& plane, double x0, double y0, double x1,
                                                        double y1, double tolerance);

} // namespace rangemap
