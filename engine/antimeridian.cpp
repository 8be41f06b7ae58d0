// SPDX-License-Identifier: MIT
#include "antimeridian.hpp"

#include "geos_context.hpp"

#include <algorithm>
#include <cmath>

namespace rangemap {

double wrap_lon(double lon) noexcept {
    if (lon >= -180.0 && lon <= 180.0) return lon;
    const double r = std::remainder(lon, 360.0);
    return r == -180.0 && lon > 0 ? 180.0 : r;
}

double signed_area_deg2(const LinearRing& ring) noexcept {
    double s = 0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
        s += (ring[i].lon - ring[0].lon) * (ring[i + 1].lat - ring[0].lat) -
             (ring[i + 1].lon - ring[0].lon) * (ring[i].lat - ring[0].lat);
    }
    return s / 2;
}

void orient_rfc7946(Geometry& g) {
    for (auto& p : g.polygons) {
        if (signed_area_deg2(p.outer) < 0) std::reverse(p.outer.begin(), p.outer.end());
        for (auto& h : p.holes) {
            if (signed_area_deg2(h) > 0) std::reverse(h.begin(), h.end());
        }
    }
}

namespace {

/// Keeps only the polygons of a GEOS result (clipping can leave slivers of lines or points).
Geometry polygons_of(const GeosContext& ctx, const GEOSGeometry* g) {
    Geometry all = from_geos(ctx, g);
    Geometry out;
    out.polygons = std::move(all.polygons);
    return out;
}

GeosGeom shifted(const GeosContext& ctx, const Polygon& p, double dlon) {
    Geometry one;
    one.polygons.push_back(p);
    return to_geos(ctx, one, [dlon](LonLat q) { return LonLat{q.lon + dlon, q.lat}; });
}

} // namespace

Geometry normalise_unwrapped(const std::vector<Polygon>& unwrapped) {
    GeosContext ctx;
    const auto h = ctx.handle();
    std::vector<GeosGeom> pieces;

    for (const auto& poly : unwrapped) {
        double lo = 1e300, hi = -1e300;
        for (const auto& q : poly.outer) {
            lo = std::min(lo, q.lon);
            hi = std::max(hi, q.lon);
        }
        if (!(lo <= hi)) continue;
        // Window k covers unwrapped longitudes [-180 + 360k, 180 + 360k].
        const int k0 = static_cast<int>(std::floor((lo + 180.0) / 360.0));
        const int k1 = static_cast<int>(std::floor((hi + 180.0) / 360.0));
        for (int k = k0; k <= k1; ++k) {
            const double shift = -360.0 * k;
            GeosGeom g = shifted(ctx, poly, shift);
            if (GEOSisValid_r(h, g.get()) != 1) {
                // Near the antipodal distance a circle's lon/lat image can cross itself.
                g = own(ctx, GEOSMakeValid_r(h, g.get()), "repairing a ring before the antimeridian split");
            }
            if (lo + shift >= -180.0 && hi + shift <= 180.0) {
                pieces.push_back(std::move(g));
                continue;
            }
            GeosGeom c = clip_rect(ctx, g.get(), -180.0, -90.0, 180.0, 90.0);
            if (GEOSisEmpty_r(h, c.get()) == 1) continue;
            pieces.push_back(std::move(c));
        }
    }
    if (pieces.empty()) return {};
    GeosGeom coll = make_collection(ctx, GEOS_GEOMETRYCOLLECTION, std::move(pieces), "GEOS collection");
    GeosGeom merged = own(ctx, GEOSUnaryUnion_r(h, coll.get()), "merging antimeridian pieces");
    Geometry out = polygons_of(ctx, merged.get());
    orient_rfc7946(out);
    return out;
}

Geometry world_minus(const Geometry& holes) {
    GeosContext ctx;
    const auto h = ctx.handle();
    Geometry world;
    world.polygons.push_back(Polygon{{{-180, -90}, {180, -90}, {180, 90}, {-180, 90}, {-180, -90}}, {}});
    GeosGeom w = to_geos(ctx, world);
    if (holes.polygons.empty()) return world;
    GeosGeom hg = to_geos(ctx, holes);
    GeosGeom diff = own(ctx, GEOSDifference_r(h, w.get(), hg.get()), "world minus a region");
    Geometry out = polygons_of(ctx, diff.get());
    orient_rfc7946(out);
    return out;
}

Geometry area_inside(const LinearRing& unwrapped, bool contains_north_pole, bool contains_south_pole) {
    const double winding = std::round((unwrapped.back().lon - unwrapped.front().lon) / 360.0);
    if (winding != 0) {
        const double pole_lat = contains_north_pole ? 90.0 : -90.0;
        LinearRing closed = unwrapped;
        closed.push_back({unwrapped.back().lon, pole_lat});
        closed.push_back({unwrapped.front().lon, pole_lat});
        closed.push_back(unwrapped.front());
        return normalise_unwrapped({Polygon{closed, {}}});
    }
    if (contains_north_pole && contains_south_pole) return world_minus(normalise_unwrapped({Polygon{unwrapped, {}}}));
    return normalise_unwrapped({Polygon{unwrapped, {}}});
}

} // namespace rangemap
