// SPDX-License-Identifier: MIT
#pragma once
/// @file Tracing a curve on the ellipsoid (a circle arc at a fixed distance, a geodesic at a
/// fixed azimuth) as lon/lat vertices: every vertex on the curve, every straight lon/lat edge
/// within a tolerance of it, and a vertex exactly on the antimeridian wherever the curve
/// crosses it, so that splitting at ±180 cuts at true curve points.

#include "geometry.hpp"

#include <functional>
#include <vector>

namespace rangemap {

struct CurveSpec {
    /// The curve's point at parameter t (an azimuth in degrees, or a distance in metres), with
    /// its longitude as geodesic.h gives it ([-180, 180]).
    std::function<LonLat(double t)> at;
    /// How far a point lies from the curve, metres (radially for an arc, across for a side).
    std::function<double(LonLat p)> off_curve;
    double t0 = 0, t1 = 1;  ///< the parameter runs from t0 to t1 (either direction)
    int min_steps = 1;      ///< fewest equal steps in t before refinement
    double tolerance_m = 1; ///< largest off_curve of a point along an edge
};

/// Appends the curve's vertices to `out` with longitudes unwrapped (no jump over 180° between
/// neighbours; they may run past ±180), continuing from out.back() when `out` is not empty
/// (the curve's first point is then taken to be that vertex and not repeated). Edges are split
/// in t until they follow the curve (checked at points along each, at most `max_vertices` in
/// all), then a vertex found by bisection in t is put exactly on each multiple of 180° crossed.
void trace_curve(const CurveSpec& curve, LinearRing& out, std::size_t max_vertices = 200000);

/// Worst off_curve at `samples` - 1 points along the straight lon/lat edge a-b (b's
/// longitude unwrapped next to a's), metres.
double edge_off_curve(const CurveSpec& curve, LonLat a, LonLat b, int samples);

} // namespace rangemap
