// SPDX-License-Identifier: MIT
#include "crs.hpp"

#include "error.hpp"
#include "proj_handles.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace rangemap {

struct Transform::Handles {
    ProjContextPtr ctx;
    ProjPtr pj;
};

namespace {

ProjContextPtr new_context() {
    ProjContextPtr ctx(proj_context_create());
    if (!ctx) throw io_error("cannot create a PROJ context");
    proj_log_level(ctx.get(), PJ_LOG_NONE); // errors are reported through our exceptions
    return ctx;
}

std::string last_error(PJ_CONTEXT* ctx) {
    const char* msg = proj_context_errno_string(ctx, proj_context_errno(ctx));
    return msg ? msg : "unknown error";
}

} // namespace

Transform::Transform(const std::string& target) : m_h(std::make_unique<Handles>()), m_definition(target) {
    m_h->ctx = new_context();
    PJ_CONTEXT* ctx = m_h->ctx.get();
    ProjPtr crs(proj_create(ctx, target.c_str()));
    if (!crs) {
        throw usage_error(fmt::format("unknown CRS '{}': {}", target, last_error(ctx)));
    }
    const PJ_TYPE type = proj_get_type(crs.get());
    const bool is_crs = type != PJ_TYPE_UNKNOWN && type != PJ_TYPE_CONVERSION && type != PJ_TYPE_TRANSFORMATION &&
                        type != PJ_TYPE_CONCATENATED_OPERATION && type != PJ_TYPE_OTHER_COORDINATE_OPERATION &&
                        type != PJ_TYPE_ELLIPSOID;
    ProjPtr op;
    if (is_crs) {
        ProjPtr wgs84(proj_create(ctx, "EPSG:4326"));
        op.reset(proj_create_crs_to_crs_from_pj(ctx, wgs84.get(), crs.get(), nullptr, nullptr));
    } else if (type == PJ_TYPE_CONVERSION || type == PJ_TYPE_OTHER_COORDINATE_OPERATION) {
        // A bare "+proj=aeqd ..." string: an operation on lon/lat in radians; wrap so it
        // takes degrees like every other path.
        const std::string pipeline = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + target;
        op.reset(proj_create(ctx, pipeline.c_str()));
    }
    if (!op) throw usage_error(fmt::format("unknown CRS '{}': {}", target, last_error(ctx)));
    if (is_crs) {
        ProjPtr norm(proj_normalize_for_visualization(ctx, op.get()));
        if (!norm) throw usage_error(fmt::format("CRS '{}': {}", target, last_error(ctx)));
        op = std::move(norm);
    }
    m_h->pj = std::move(op);
}

Transform::~Transform() = default;
Transform::Transform(Transform&&) noexcept = default;
Transform& Transform::operator=(Transform&&) noexcept = default;

namespace {

/// PROJ marks a point it cannot transform with HUGE_VAL (inf) or, in some operations, NaN.
bool projected(double x, double y) noexcept { return std::isfinite(x) && std::isfinite(y); }

} // namespace

std::optional<XY> Transform::try_forward(LonLat p) const noexcept {
    PJ_COORD c = proj_coord(p.lon, p.lat, 0, 0);
    c = proj_trans(m_h->pj.get(), PJ_FWD, c);
    if (!projected(c.xy.x, c.xy.y)) {
        proj_errno_reset(m_h->pj.get()); // a failed point must not mark the next ones
        return std::nullopt;
    }
    return XY{c.xy.x, c.xy.y};
}

std::optional<LonLat> Transform::try_inverse(XY p) const noexcept {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    c = proj_trans(m_h->pj.get(), PJ_INV, c);
    if (!projected(c.xy.x, c.xy.y)) {
        proj_errno_reset(m_h->pj.get());
        return std::nullopt;
    }
    return LonLat{c.xy.x, c.xy.y};
}

std::size_t Transform::try_forward(std::span<double> x, std::span<double> y) const noexcept {
    const std::size_t n = std::min(x.size(), y.size());
    proj_trans_generic(m_h->pj.get(), PJ_FWD, x.data(), sizeof(double), n, y.data(), sizeof(double), n, nullptr, 0, 0,
                       nullptr, 0, 0);
    proj_errno_reset(m_h->pj.get());
    std::size_t failed = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!projected(x[i], y[i])) {
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

} // namespace rangemap
