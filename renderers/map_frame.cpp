// SPDX-License-Identifier: MIT
#include "map_frame.hpp"

#include "engine/error.hpp"
#include "engine/geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace rangemap::render {

namespace {

/// Content extent for a scene without one: everything but the base map, plus a margin.
BBox fit_content(const layers::Scene& scene) {
    BBox b;
    for (const auto& layer : scene.layers) {
        if (layer.role == layers::Role::land || layer.role == layers::Role::borders ||
            layer.role == layers::Role::coastline) {
            continue;
        }
        for (const auto& f : layer.features) {
            const BBox fb = bbox_of(f.geometry);
            if (!fb.empty()) {
                b.expand({fb.min_lon, fb.min_lat});
                b.expand({fb.max_lon, fb.max_lat});
            }
        }
    }
    for (const auto& c : scene.callouts) {
        b.expand(c.from);
        b.expand(c.to);
    }
    if (b.empty()) return BBox{115, 18, 150, 42};
    const double mx = std::max(2.0, (b.max_lon - b.min_lon) * 0.08);
    const double my = std::max(2.0, (b.max_lat - b.min_lat) * 0.08);
    return BBox{std::max(-180.0, b.min_lon - mx), std::max(-89.0, b.min_lat - my), std::min(180.0, b.max_lon + mx),
                std::min(89.0, b.max_lat + my)};
}

void validate_extent(const BBox& e) {
    const auto bad = [&](const std::string& why) {
        throw usage_error(fmt::format("map extent {},{},{},{} (min_lon,min_lat,max_lon,max_lat) {}", e.min_lon,
                                      e.min_lat, e.max_lon, e.max_lat, why));
    };
    for (double v : {e.min_lon, e.min_lat, e.max_lon, e.max_lat}) {
        if (!std::isfinite(v)) bad("is not finite");
    }
    if (e.min_lon >= e.max_lon) bad("has min_lon >= max_lon (to cross the antimeridian, let max_lon exceed 180)");
    if (e.min_lat >= e.max_lat) bad("has min_lat >= max_lat");
    if (e.min_lat < -90 || e.max_lat > 90) bad("reaches beyond the poles");
    if (e.min_lon < -180 || e.max_lon > 540 || e.max_lon - e.min_lon > 360) bad("is outside the world");
}

} // namespace

std::string auto_crs(const BBox& e) {
    const double lon0 = std::remainder((e.min_lon + e.max_lon) / 2.0, 360.0);
    const double span_lon = e.max_lon - e.min_lon;
    const double span_lat = e.max_lat - e.min_lat;
    const double mid_lat = (e.min_lat + e.max_lat) / 2.0;
    if (e.max_lat >= 80.0 || e.min_lat >= 60.0) {
        return fmt::format("+proj=stere +lat_0=90 +lat_ts=71 +lon_0={:.4f} +datum=WGS84 +units=m +no_defs", lon0);
    }
    if (e.min_lat <= -80.0 || e.max_lat <= -60.0) {
        return fmt::format("+proj=stere +lat_0=-90 +lat_ts=-71 +lon_0={:.4f} +datum=WGS84 +units=m +no_defs", lon0);
    }
    if (span_lon <= 100.0 && e.min_lat * e.max_lat > 0 && std::abs(mid_lat) >= 12.0) {
        // Conformal conic with standard parallels at 1/6 and 5/6 of the latitude span.
        return fmt::format(
            "+proj=lcc +lat_0={:.4f} +lon_0={:.4f} +lat_1={:.4f} +lat_2={:.4f} +datum=WGS84 +units=m +no_defs",
            mid_lat, lon0, e.min_lat + span_lat / 6.0, e.max_lat - span_lat / 6.0);
    }
    if (span_lon > 150.0) return fmt::format("+proj=eqearth +lon_0={:.4f} +datum=WGS84 +units=m +no_defs", lon0);
    // Mercator near the equator keeps shapes (and the scale bar) honest at regional size.
    return fmt::format("+proj=merc +lon_0={:.4f} +lat_ts={:.4f} +datum=WGS84 +units=m +no_defs", lon0,
                       std::clamp(mid_lat, -60.0, 60.0));
}

MapFrame::MapFrame(const layers::Scene& scene)
    : m_transform(scene.frame.crs.empty() || scene.frame.crs == "auto"
                      ? auto_crs(scene.frame.extent.value_or(fit_content(scene)))
                      : scene.frame.crs),
      m_crs(m_transform.definition()), m_extent(scene.frame.extent.value_or(fit_content(scene))),
      m_width(scene.frame.width), m_height(scene.frame.height) {
    validate_extent(m_extent);
    if (m_width <= 0 || m_height <= 0 || m_width > k_max_page || m_height > k_max_page) {
        throw usage_error(fmt::format("page size {}x{} is outside 1..{} in each direction", m_width, m_height,
                                      k_max_page));
    }

    // Projected bounds of the extent, from its densified outline and interior.
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    const int n = 64;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const double lon = m_extent.min_lon + (m_extent.max_lon - m_extent.min_lon) * i / n;
            const double lat = m_extent.min_lat + (m_extent.max_lat - m_extent.min_lat) * j / n;
            const XY p = m_transform.forward({std::remainder(lon, 360.0), lat});
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
                throw usage_error(fmt::format("projection '{}' cannot show the extent (fails at {:.2f},{:.2f})",
                                              m_crs, lat, lon));
            }
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
    }
    if (!(x1 > x0) || !(y1 > y0)) throw usage_error(fmt::format("projection '{}' collapses the extent", m_crs));

    // Page layout: title band on top, credit band at the bottom, the map fitted in between.
    const double unit = std::min(m_width, m_height) / 100.0;
    const double avail_l = 3.5 * unit, avail_r = m_width - 3.5 * unit;
    const double avail_t = 9.0 * unit, avail_b = m_height - 5.0 * unit;
    m_scale = std::min((avail_r - avail_l) / (x1 - x0), (avail_b - avail_t) / (y1 - y0));
    const double w = (x1 - x0) * m_scale, h = (y1 - y0) * m_scale;
    m_left = avail_l + ((avail_r - avail_l) - w) / 2.0;
    m_top = avail_t + ((avail_b - avail_t) - h) / 2.0;
    m_right = m_left + w;
    m_bottom = m_top + h;
    m_x0 = x0;
    m_y0 = y1;

    // Clip box: the lon/lat box of what the page rectangle shows, plus a margin.
    BBox clip;
    clip.expand({m_extent.min_lon, m_extent.min_lat});
    clip.expand({m_extent.max_lon, m_extent.max_lat});
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n;
        for (const PagePoint pp : {PagePoint{m_left + t * w, m_top}, PagePoint{m_left + t * w, m_bottom},
                                   PagePoint{m_left, m_top + t * h}, PagePoint{m_right, m_top + t * h}}) {
            LonLat ll = to_lonlat(pp);
            if (!std::isfinite(ll.lon) || !std::isfinite(ll.lat)) continue;
            // Keep longitudes continuous with the extent (it may run past 180).
            while (ll.lon < m_extent.min_lon - 180) ll.lon += 360;
            while (ll.lon > m_extent.max_lon + 180) ll.lon -= 360;
            clip.expand(ll);
        }
    }
    m_clip = BBox{clip.min_lon - 1.0, std::max(-90.0, clip.min_lat - 1.0), clip.max_lon + 1.0,
                  std::min(90.0, clip.max_lat + 1.0)};
}

PagePoint MapFrame::to_page(LonLat p) const noexcept {
    const XY xy = m_transform.forward(p);
    return {m_left + (xy.x - m_x0) * m_scale, m_top + (m_y0 - xy.y) * m_scale};
}

LonLat MapFrame::to_lonlat(PagePoint p) const noexcept {
    return m_transform.inverse({m_x0 + (p.x - m_left) / m_scale, m_y0 - (p.y - m_top) / m_scale});
}

double MapFrame::metres_per_page_unit_at(LonLat p) const noexcept {
    const PagePoint c = to_page(p);
    const LonLat a = to_lonlat({c.x - 5, c.y});
    const LonLat b = to_lonlat({c.x + 5, c.y});
    return Geodesic::wgs84().distance(a, b) / 10.0;
}

} // namespace rangemap::render
