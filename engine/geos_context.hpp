// SPDX-License-Identifier: MIT
#pragma once
/// @file RAII owners for the GEOS reentrant C API. Engine-internal: includes geos_c.h.

#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

#include "geometry.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rangemap {

/// Owns one GEOS context handle; use one per thread. Errors are captured and rethrown as
/// data_error by check(), so a TopologyException never escapes as a crash.
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    [[nodiscard]] GEOSContextHandle_t handle() const noexcept { return m_handle; }
    /// The last message GEOS reported, or "".
    [[nodiscard]] const std::string& last_error() const noexcept { return m_last_error; }
    /// Throws data_error("<what>: <GEOS message>").
    [[noreturn]] void fail(const std::string& what) const;

private:
    /// GEOS's error handler; records the message and never throws (it runs inside GEOS).
    static void on_error(const char* message, void* self) noexcept;
    GEOSContextHandle_t m_handle;
    std::string m_last_error;
    bool m_message_lost = false;
}; // class GeosContext

struct GeosGeomDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry* g) const noexcept {
        if (g) GEOSGeom_destroy_r(ctx, g);
    }
};
using GeosGeom = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

struct GeosCoordSeqDeleter {
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSCoordSequence* s) const noexcept {
        if (s) GEOSCoordSeq_destroy_r(ctx, s);
    }
};
using GeosCoordSeq = std::unique_ptr<GEOSCoordSequence, GeosCoordSeqDeleter>;

/// Takes ownership of a geometry GEOS returned; throws when it is null.
GeosGeom own(const GeosContext& ctx, GEOSGeometry* g, const char* what);

/// A GEOS collection (GEOS_GEOMETRYCOLLECTION, GEOS_MULTIPOLYGON, ...) of `parts`, which it
/// takes over: GEOS adopts them, also when it fails (then it frees them). @throws data_error.
GeosGeom make_collection(const GeosContext& ctx, int type, std::vector<GeosGeom>&& parts, const char* what);

/// `g` as it is when GEOS finds it valid, else repaired with make-valid: what every overlay
/// needs first. @throws data_error.
GeosGeom valid_for_overlay(const GeosContext& ctx, GeosGeom g);

/// The part of `g` inside the rectangle. Uses overlay (GEOSIntersection) rather than
/// GEOSClipByRect, whose polygon clipping can return the rectangle's complement when edges run
/// along its sides (GEOS pull request 605) — which split shapes at ±180 always do.
GeosGeom clip_rect(const GeosContext& ctx, const GEOSGeometry* g, double x0, double y0, double x1, double y1);

/// Maps a lon/lat vertex into the plane GEOS works in (a projection, or identity).
using PlaneMap = std::function<LonLat(LonLat)>;

/// Builds a GEOS geometry from ours, mapping each vertex through `map` (identity when empty).
GeosGeom to_geos(const GeosContext& ctx, const Geometry& g, const PlaneMap& map = {});
/// Reads a GEOS geometry back, mapping each vertex through `map` (identity when empty).
Geometry from_geos(const GeosContext& ctx, const GEOSGeometry* g, const PlaneMap& map = {});

} // namespace rangemap
