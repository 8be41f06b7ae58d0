// SPDX-License-Identifier: MIT
#include "ring.hpp"

#include "error.hpp"
#include "geodesic.hpp"

#include <cmath>
#include <fmt/format.h>

namespace rangemap {

RangeRing range_ring(LonLat centre, Length radius, const RingOptions& options) {
    const Geodesic& g = Geodesic::wgs84();
    if (radius.metres() <= 0) throw usage_error("ring radius must be positive");
    RangeRing r{centre, radius, {}, 0, 0, false, false, "geodesic direct at equal azimuth steps"};
    LinearRing ring;
    const int n = std::max(options.min_vertices, 8);
    for (int i = 0; i <= n; ++i) {
        const double az = 360.0 * (i % n) / n;
        ring.push_back(g.direct(centre, -az, radius.metres()).point);
    }
    r.area.polygons.push_back(Polygon{ring, {}});
    return r;
}

} // namespace rangemap
