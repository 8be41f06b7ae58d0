// SPDX-License-Identifier: MIT
#include "map_frame.hpp"

#include "engine/antimeridian.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <numbers>
#include <utility>
#include <vector>

namespace rangemap::render {

namespace {

/// The narrowest run of longitudes holding every one of `lons` (degrees, any range), as
/// [west, east] with east possibly past 180: the complement of the widest gap between them.
std::pair<double, double> longitude_run(std::vector<double> lons) {
    for (double& l : lons) l = wrap_lon(l);
    std::sort(lons.begin(), lons.end());
    double gap = lons.front() + 360.0 - lons.back(), west = lons.front();
    for (std::size_t i = 1; i < lons.size(); ++i) {
        if (lons[i] - lons[i - 1] > gap) {
            gap = lons[i] - lons[i - 1];
            west = lons[i];
        }
    }
    return {west, west + 360.0 - gap};
}

/// The longitude of the centroid on the unit sphere of `parts` (points, and lines or rings
/// weighted by length): the middle of a ring around a pole.
double mean_longitude(const std::vector<std::vector<LonLat>>& parts) {
    const auto unit = [](LonLat p) {
        const double la = p.lat * std::numbers::pi / 180.0, lo = p.lon * std::numbers::pi / 180.0;
        return std::array<double, 3>{std::cos(la) * std::cos(lo), std::cos(la) * std::sin(lo), std::sin(la)};
    };
    // Cuts along the antimeridian and at a pole are not the shape's own edges.
    const auto is_cut = [](LonLat a, LonLat b) {
        const auto on_seam = [](LonLat p) { return std::abs(std::abs(p.lon) - 180.0) < 1e-9; };
        const auto at_pole = [](LonLat p) { return std::abs(p.lat) > 90.0 - 1e-9; };
        return (on_seam(a) && on_seam(b)) || at_pole(a) || at_pole(b);
    };
    double x = 0, y = 0;
    for (const auto& part : parts) {
        if (part.size() == 1) {
            const auto u = unit(part.front());
            x += u[0];
            y += u[1];
        }
        for (std::size_t i = 1; i < part.size(); ++i) {
            if (is_cut(part[i - 1], part[i])) continue;
            const auto a = unit(part[i - 1]), b = unit(part[i]);
            const double w = std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
            x += w * (a[0] + b[0]);
            y += w * (a[1] + b[1]);
        }
    }
    return std::atan2(y, x) * 180.0 / std::numbers::pi;
}

/// Content extent for a scene without one: everything but the base map, plus a margin. Across
/// the antimeridian it runs past 180 (a Pacific map stays whole); around a pole it is the whole
/// round of longitudes, centred on the content.
BBox fit_content(const layers::Scene& scene) {
    std::vector<LonLat> pts;
    std::vector<std::vector<LonLat>> parts;
    const auto add_ring = [&](const std::vector<LonLat>& r) {
        pts.insert(pts.end(), r.begin(), r.end());
        parts.push_back(r);
    };
    for (const auto& layer : scene.layers) {
        if (is_base(layer.role) || layer.role == layers::Role::water) {
            continue;
        }
        for (const auto& f : layer.features) {
            for (const LonLat p : f.geometry.points) add_ring({p});
            for (const auto& l : f.geometry.lines) add_ring(l);
            for (const auto& p : f.geometry.polygons) add_ring(p.outer);
        }
    }
    for (const auto& c : scene.callouts) add_ring({c.from, c.to});
    // No default region: any would be a guess about what the figure is for.
    if (pts.empty()) throw usage_error("nothing to fit the map to: give an extent");
    double min_lat = 90, max_lat = -90;
    std::vector<double> lons;
    lons.reserve(pts.size());
    for (const LonLat p : pts) {
        min_lat = std::min(min_lat, p.lat);
        max_lat = std::max(max_lat, p.lat);
        // A pole or a cut along the antimeridian says nothing about which longitudes are shown.
        if (std::abs(p.lat) < 90.0 - 1e-9) lons.push_back(p.lon);
    }
    auto [west, east] = lons.empty() ? std::pair{-180.0, 180.0} : longitude_run(lons);
    const double mx = std::max(2.0, (east - west) * 0.08);
    const double my = std::max(2.0, (max_lat - min_lat) * 0.08);
    if (east - west + 2 * mx >= 300.0) {
        const double c = mean_longitude(parts);
        west = c - 180.0 + mx;
        east = c + 180.0 - mx;
    }
    if (west - mx < -180.0) { // the extent's west edge lies in -180..180
        west += 360.0;
        east += 360.0;
    }
    return BBox{std::max(-180.0, west - mx), std::max(-89.0, min_lat - my), std::min(540.0, east + mx),
                std::min(89.0, max_lat + my)};
}

std::string resolve_crs(const layers::Scene& scene, const BBox& extent) {
    const std::string& c = scene.frame.crs;
    return (c.empty() || c == "auto") ? auto_crs(extent) : c;
}

BBox resolve_extent(const layers::Scene& scene) {
    BBox e = scene.frame.extent ? *scene.frame.extent : fit_content(scene);
    validate_extent(e);
    return e;
}

void validate_page(int w, int h) {
    if (w < 1 || h < 1 || w > MapFrame::k_max_page || h > MapFrame::k_max_page) {
        throw usage_error(
            fmt::format("page size {}x{} is outside 1..{} in each direction", w, h, MapFrame::k_max_page));
    }
    if (std::min(w, h) < 100) {
        throw usage_error(fmt::format("page size {}x{} is too small for a map: at least 100 in each direction", w, h));
    }
}

} // namespace

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
    if (e.max_lon - e.min_lon < k_min_extent_deg || e.max_lat - e.min_lat < k_min_extent_deg) {
        bad(fmt::format("is narrower than the smallest map extent, {:g}° in longitude and in latitude",
                        k_min_extent_deg));
    }
    if (e.min_lat < -90 || e.max_lat > 90) bad("reaches beyond the poles (latitudes must lie in -90..90)");
    if (e.min_lon < -180 || e.max_lon > 540 || e.max_lon - e.min_lon > 360) {
        bad("is outside the world (longitudes from -180; max_lon up to 540 and at most 360 wider than min_lon)");
    }
}

std::string auto_crs(const BBox& e) {
    const double lon0 = std::remainder((e.min_lon + e.max_lon) / 2.0, 360.0);
    const double span_lon = e.max_lon - e.min_lon;
    const double span_lat = e.max_lat - e.min_lat;
    const double mid_lat = (e.min_lat + e.max_lat) / 2.0;
    const double max_abs_lat = std::max(std::abs(e.min_lat), std::abs(e.max_lat));
    // Polar azimuthal only for an extent on one side of the equator that reaches near its pole
    // (or lies wholly beyond 60°): stereographic for a cap, equal-area for up to a hemisphere,
    // where stereographic would swell the rim.
    const auto polar = [&](int sign) {
        const double rim = sign > 0 ? e.min_lat : -e.max_lat;
        if (rim >= 30.0) {
            return fmt::format("+proj=stere +lat_0={} +lat_ts={} +lon_0={} +datum=WGS84 +units=m +no_defs", 90 * sign,
                               71 * sign, lon0);
        }
        return fmt::format("+proj=laea +lat_0={} +lon_0={} +datum=WGS84 +units=m +no_defs", 90 * sign, lon0);
    };
    if (e.min_lat >= 0.0 && (e.max_lat >= 80.0 || e.min_lat >= 60.0)) return polar(1);
    if (e.max_lat <= 0.0 && (e.min_lat <= -80.0 || e.max_lat <= -60.0)) return polar(-1);
    if (span_lon <= 100.0 && e.min_lat * e.max_lat > 0 && std::abs(mid_lat) >= 12.0) {
        // Conformal conic with standard parallels at 1/6 and 5/6 of the latitude span.
        return fmt::format(
            "+proj=lcc +lat_0={:.4f} +lon_0={} +lat_1={:.4f} +lat_2={:.4f} +datum=WGS84 +units=m +no_defs", mid_lat,
            lon0, e.min_lat + span_lat / 6.0, e.max_lat - span_lat / 6.0);
    }
    // The world, a hemisphere, a wide band, or anything reaching past 80° on both sides of the
    // equator: equal-area, and finite up to the poles (Mercator is not).
    if (span_lon > 150.0 || span_lat > 120.0 || max_abs_lat > 80.0) {
        return fmt::format("+proj=eqearth +lon_0={} +datum=WGS84 +units=m +no_defs", lon0);
    }
    // Mercator near the equator keeps shapes (and the scale bar) honest at regional size.
    return fmt::format("+proj=merc +lon_0={} +lat_ts={:.4f} +datum=WGS84 +units=m +no_defs", lon0,
                       std::clamp(mid_lat, -60.0, 60.0));
}

MapFrame::MapFrame(const layers::Scene& scene)
    : m_transform(resolve_crs(scene, resolve_extent(scene))), m_crs(m_transform.definition()),
      m_extent(resolve_extent(scene)), m_width(scene.frame.width), m_height(scene.frame.height) {
    validate_page(m_width, m_height);
    m_lon0 = std::remainder((m_extent.min_lon + m_extent.max_lon) / 2.0, 360.0);

    // Projected bounds of the extent, from a grid over it (edges and interior).
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    const int n = 48;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const double lon = m_extent.min_lon + (m_extent.max_lon - m_extent.min_lon) * i / n;
            const double lat = m_extent.min_lat + (m_extent.max_lat - m_extent.min_lat) * j / n;
            const std::optional<XY> q = m_transform.try_forward({std::remainder(lon, 360.0), lat});
            const XY p = q.value_or(XY{});
            if (!q || std::abs(p.x) > 1e8 || std::abs(p.y) > 1e8) {
                throw usage_error(fmt::format("projection '{}' cannot show the extent: point {:.2f},{:.2f} "
                                              "(lat,lon) falls outside its domain",
                                              m_crs, lat, std::remainder(lon, 360.0)));
            }
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
    }
    if (!(x1 > x0) || !(y1 > y0)) throw usage_error(fmt::format("projection '{}' collapses the extent", m_crs));

    // Page layout, in styling units: title band on top, graticule labels at the sides, and
    // graticule labels and the credit below.
    m_unit = std::min(m_width, m_height) / 1000.0;
    const double u = m_unit;
    const bool titled = !scene.title.empty() || !scene.subtitle.empty();
    const double avail_l = 60 * u, avail_r = m_width - 60 * u;
    const double avail_t = (titled ? 112 : 30) * u, avail_b = m_height - (scene.credit.empty() ? 40 : 62) * u;
    if (avail_r - avail_l < 10 || avail_b - avail_t < 10) {
        throw usage_error(fmt::format("page size {}x{} leaves no room for the map", m_width, m_height));
    }
    m_scale = std::min((avail_r - avail_l) / (x1 - x0), (avail_b - avail_t) / (y1 - y0));
    m_left = avail_l;
    m_right = avail_r;
    m_top = avail_t;
    m_bottom = avail_b;
    // Centre the extent in the map area: page = left + (x - m_x0) * scale.
    m_x0 = (x0 + x1) / 2.0 - (m_right - m_left) / 2.0 / m_scale;
    m_y0 = (y0 + y1) / 2.0 + (m_bottom - m_top) / 2.0 / m_scale;

    fit_clip_box((m_extent.min_lon + m_extent.max_lon) / 2.0);
}

MapFrame::MapFrame(const std::string& crs, double ground_width_m, const Box& map_box, double unit, int page_width,
                   int page_height)
    : m_transform(crs), m_crs(m_transform.definition()), m_width(page_width), m_height(page_height), m_unit(unit) {
    validate_page(m_width, m_height);
    if (!(ground_width_m > 0) || !std::isfinite(ground_width_m) || !(map_box.width() > 0) || !(map_box.height() > 0)) {
        throw usage_error(fmt::format("an inset of {} m across a {}x{} box cannot be drawn", ground_width_m,
                                      map_box.width(), map_box.height()));
    }
    m_left = map_box.x0;
    m_top = map_box.y0;
    m_right = map_box.x1;
    m_bottom = map_box.y1;
    m_scale = map_box.width() / ground_width_m;
    m_x0 = -ground_width_m / 2.0;
    m_y0 = map_box.height() / 2.0 / m_scale;
    // The extent: the lon/lat box of what the box shows, from its outline and interior.
    const std::optional<LonLat> centre = to_lonlat({(m_left + m_right) / 2.0, (m_top + m_bottom) / 2.0});
    if (!centre) throw usage_error(fmt::format("projection '{}' cannot show the inset's centre", m_crs));
    m_lon0 = centre->lon;
    BBox e;
    const int n = 16;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const std::optional<LonLat> ll =
                to_lonlat({m_left + map_box.width() * i / n, m_top + map_box.height() * j / n});
            if (!ll) throw usage_error(fmt::format("projection '{}' cannot show the whole inset", m_crs));
            e.expand({m_lon0 + std::remainder(ll->lon - m_lon0, 360.0), ll->lat});
        }
    }
    m_extent = e;
    fit_clip_box(m_lon0);
}

void MapFrame::fit_clip_box(double centre) {
    const int n = 48;
    // Clip box: the lon/lat box of what the map area shows (its outline and interior), plus a margin.
    BBox clip;
    clip.expand({m_extent.min_lon, m_extent.min_lat});
    clip.expand({m_extent.max_lon, m_extent.max_lat});
    const double w = m_right - m_left, h = m_bottom - m_top;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const std::optional<LonLat> back = to_lonlat({m_left + w * i / n, m_top + h * j / n});
            if (!back) continue;
            LonLat ll = *back;
            // Keep longitudes continuous with the map's centre (the extent may run past 180).
            ll.lon = centre + std::remainder(ll.lon - centre, 360.0);
            clip.expand(ll);
        }
    }
    // A pole on the map: every longitude is shown.
    for (const double pole : {90.0, -90.0}) {
        const std::optional<PagePoint> pp = to_page({m_lon0, pole});
        if (pp && map_box().contains(*pp)) {
            clip.min_lon = centre - 180.0;
            clip.max_lon = centre + 180.0;
            clip.expand({centre, pole});
        }
    }
    m_clip = BBox{clip.min_lon - 1.0, std::max(-90.0, clip.min_lat - 1.0), clip.max_lon + 1.0,
                  std::min(90.0, clip.max_lat + 1.0)};
    if (m_clip.max_lon - m_clip.min_lon >= 360.0 - 2 * k_seam_margin_deg) {
        // The whole round of longitudes, cut just short of the meridian opposite the centre: a
        // vertex exactly there could be drawn at either edge of the world and smear across it.
        m_clip.min_lon = centre - 180.0 + k_seam_margin_deg;
        m_clip.max_lon = centre + 180.0 - k_seam_margin_deg;
    }
}

std::optional<PagePoint> MapFrame::to_page(LonLat p) const noexcept {
    const std::optional<XY> xy = m_transform.try_forward(p);
    if (!xy) return std::nullopt;
    return PagePoint{m_left + (xy->x - m_x0) * m_scale, m_top + (m_y0 - xy->y) * m_scale};
}

std::size_t MapFrame::to_page(std::span<double> x, std::span<double> y) const noexcept {
    const std::size_t failed = m_transform.try_forward(x, y);
    const std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) { // NaN stays NaN
        x[i] = m_left + (x[i] - m_x0) * m_scale;
        y[i] = m_top + (m_y0 - y[i]) * m_scale;
    }
    return failed;
}

std::optional<LonLat> MapFrame::to_lonlat(PagePoint p) const noexcept {
    return m_transform.try_inverse({m_x0 + (p.x - m_left) / m_scale, m_y0 - (p.y - m_top) / m_scale});
}

std::optional<double> MapFrame::metres_per_page_unit_at(LonLat p) const noexcept {
    const std::optional<PagePoint> c = to_page(p);
    if (!c) return std::nullopt;
    const std::optional<LonLat> a = to_lonlat({c->x - 5, c->y});
    const std::optional<LonLat> b = to_lonlat({c->x + 5, c->y});
    if (!a || !b) return std::nullopt;
    return Geodesic::wgs84().distance(*a, *b) / 10.0;
}

std::optional<double> MapFrame::north_angle_at(LonLat p) const noexcept {
    const std::optional<PagePoint> a = to_page(p);
    const std::optional<PagePoint> b = to_page({p.lon, std::min(p.lat + 0.01, 90.0)});
    if (!a || !b) return std::nullopt;
    return std::atan2(b->x - a->x, a->y - b->y) * 180.0 / std::numbers::pi;
}

} // namespace rangemap::render
