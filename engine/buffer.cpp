// SPDX-License-Identifier: MIT
#include "buffer.hpp"

#include "aeqd_plane.hpp"
#include "antimeridian.hpp"
#include "area.hpp"
#include "boundary_check.hpp"
#include "ecef_bvh.hpp"
#include "error.hpp"
#include "geodesic.hpp"
#include "geos_context.hpp"
#include "overlay.hpp"
#include "parallel.hpp"
#include "ring.hpp"
#include "segment_index.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace rangemap {

namespace {

constexpr double k_earth_radius = 6'371'008.8; // mean radius, metres: only for sizing choices

/// One connected piece of the input (a polygon, a line or a point) and where it lies.
struct Part {
    Geometry geometry;
    Vec3 centre;       ///< unit vector towards the middle of the part
    double radius = 0; ///< greatest chord from the middle to a vertex, metres
    std::size_t vertices = 0;
};

/// Parts close enough together to be buffered on one projection centred among them.
struct Cluster {
    LonLat centre;
    Vec3 centre_ecef;
    double radius = 0;
    Geometry geometry;
};

void check_point(LonLat p, const char* what) {
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) {
        throw usage_error(fmt::format("cannot buffer {} with the vertex lon {}, lat {}: longitudes must lie in "
                                      "[-180, 180] and latitudes in [-90, 90]",
                                      what, p.lon, p.lat));
    }
}

void check_input(const Geometry& g) {
    if (g.empty()) throw usage_error("cannot buffer an empty geometry");
    for (const auto& p : g.points) check_point(p, "a point");
    for (const auto& l : g.lines) {
        if (l.size() < 2) throw usage_error(fmt::format("cannot buffer a line of {} vertex", l.size()));
        for (const auto& p : l) check_point(p, "a line");
    }
    for (const auto& poly : g.polygons) {
        const auto ring = [](const LinearRing& r) {
            const std::size_t n = r.size() - (r.size() > 1 && r.front() == r.back() ? 1 : 0);
            if (r.empty() || n < 3) {
                throw usage_error(
                    fmt::format("cannot buffer a polygon ring of {} vertices (at least 3 are needed)", n));
            }
            for (const auto& p : r) check_point(p, "a polygon");
        };
        ring(poly.outer);
        for (const auto& h : poly.holes) ring(h);
    }
}

Vec3 unit(LonLat p) noexcept {
    const double la = p.lat * M_PI / 180, lo = p.lon * M_PI / 180;
    return {std::cos(la) * std::cos(lo), std::cos(la) * std::sin(lo), std::sin(la)};
}

LonLat lonlat_of(const Vec3& v) noexcept {
    const double n = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    if (n < 1e-12) return {0, 0};
    return {std::atan2(v.y, v.x) * 180 / M_PI, std::asin(std::clamp(v.z / n, -1.0, 1.0)) * 180 / M_PI};
}

double chord_m(const Vec3& a, const Vec3& b) noexcept { return std::sqrt(dist2(a, b)) * k_earth_radius; }

template <class F>
void each_vertex(const Geometry& g, F&& f) {
    for (const auto& p : g.points) f(p);
    for (const auto& l : g.lines)
        for (const auto& p : l) f(p);
    for (const auto& poly : g.polygons)
        for (const auto& p : poly.outer) f(p);
}

Part make_part(Geometry g) {
    Part part;
    Vec3 s;
    each_vertex(g, [&](LonLat p) {
        const Vec3 u = unit(p);
        s = {s.x + u.x, s.y + u.y, s.z + u.z};
        ++part.vertices;
    });
    const double n = std::sqrt(s.x * s.x + s.y * s.y + s.z * s.z);
    LonLat first{};
    each_vertex(g, [&](LonLat p) { first = p; });
    part.centre = n > 1e-9 ? Vec3{s.x / n, s.y / n, s.z / n} : unit(first);
    each_vertex(g, [&](LonLat p) { part.radius = std::max(part.radius, chord_m(part.centre, unit(p))); });
    part.geometry = std::move(g);
    return part;
}

/// True when an edge of the ring jumps across the antimeridian instead of being split there:
/// such a polygon cannot be cut on a lon/lat grid. An edge along a pole (Antarctica's ring
/// closed along the edge of the map, from 180 to -180 at 90S) is a side of the lon/lat plane,
/// not a jump.
bool wraps(const LinearRing& ring) noexcept {
    for (std::size_t i = 1; i < ring.size(); ++i) {
        const bool along_pole = std::abs(ring[i].lat) == 90.0 && ring[i].lat == ring[i - 1].lat;
        if (std::abs(ring[i].lon - ring[i - 1].lon) > 180.0 && !along_pole) return true;
    }
    return false;
}

/// Rough length of a lon/lat edge, metres (for spacing the vertices added to it).
double rough_length_m(LonLat a, LonLat b) noexcept {
    const double c = std::cos((a.lat + b.lat) * M_PI / 360.0);
    return std::hypot((b.lon - a.lon) * c, b.lat - a.lat) * (M_PI / 180.0) * k_earth_radius;
}

/// A ring with every edge along a side of the cell [x0, x1] x [y0, y1] given vertices every
/// `spacing` metres: such an edge is a cut, straight in lon/lat (a parallel or a meridian)
/// but curved on the cell's projection, where the two cells it separates must both follow it.
LinearRing densified_cuts(const LinearRing& ring, double x0, double y0, double x1, double y1, double spacing) {
    const auto on = [](double v, double side) { return std::abs(v - side) <= 1e-9; };
    const auto cut = [&](LonLat a, LonLat b) {
        return (on(a.lon, x0) && on(b.lon, x0)) || (on(a.lon, x1) && on(b.lon, x1)) ||
               (on(a.lat, y0) && on(b.lat, y0)) || (on(a.lat, y1) && on(b.lat, y1));
    };
    LinearRing out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const LonLat a = ring[i], b = ring[i + 1];
        out.push_back(a);
        if (!cut(a, b)) continue;
        const int n = static_cast<int>(std::ceil(rough_length_m(a, b) / spacing));
        for (int k = 1; k < n; ++k) {
            const double t = static_cast<double>(k) / n;
            out.push_back({a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)});
        }
    }
    if (!ring.empty()) out.push_back(ring.back());
    return out;
}

/// A chain with every edge longer than `spacing` given vertices along its geodesic. Edges are
/// geodesics wherever the buffer is measured (the segment index), while the planar buffer and
/// the grid cutting join vertices by straight lines: on long edges (the parallels along which
/// some shipped countries are cut reach thousands of kilometres) the two would part by far
/// more than the tolerance. An edge jumping across the antimeridian is left as it is.
std::vector<LonLat> geodesic_edges(const std::vector<LonLat>& chain, double spacing) {
    const Geodesic& geod = Geodesic::wgs84();
    std::vector<LonLat> out;
    out.reserve(chain.size());
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const LonLat b = chain[i];
        if (i > 0) {
            const LonLat a = chain[i - 1];
            if (rough_length_m(a, b) > 0.9 * spacing && std::abs(b.lon - a.lon) <= 180.0) {
                const Inverse inv = geod.inverse(a, b);
                const int n = static_cast<int>(std::min(std::ceil(inv.distance_m / spacing), 1e5));
                for (int k = 1; k < n; ++k) {
                    LonLat p = geod.direct(a, inv.azi1_deg, inv.distance_m * k / n).point;
                    // Longitude is monotonic along the edge: keep it on the edge's side of ±180.
                    p.lon = std::clamp(a.lon + std::remainder(p.lon - a.lon, 360.0), -180.0, 180.0);
                    out.push_back(p);
                }
            }
        }
        out.push_back(b);
    }
    return out;
}

Geometry geodesic_edges(const Geometry& g, double spacing) {
    Geometry out;
    out.points = g.points;
    for (const auto& l : g.lines) out.lines.push_back(geodesic_edges(l, spacing));
    for (const auto& p : g.polygons) {
        Polygon q{geodesic_edges(p.outer, spacing), {}};
        for (const auto& h : p.holes) q.holes.push_back(geodesic_edges(h, spacing));
        out.polygons.push_back(std::move(q));
    }
    return out;
}

/// A line too long for one projection cut into runs of consecutive vertices, each within
/// `max_reach` metres (chord) of its first vertex; neighbouring runs share a vertex, so the
/// union of their buffers is the line's. `line` has vertices no more than `max_reach` apart.
std::vector<LineString> line_runs(const LineString& line, double max_reach) {
    std::vector<LineString> out;
    LineString run;
    Vec3 first{};
    for (const LonLat p : line) {
        const Vec3 u = unit(p);
        if (run.size() >= 2 && chord_m(first, u) > max_reach) {
            const LonLat last = run.back();
            out.push_back(std::move(run));
            run = {last};
            first = unit(last);
        }
        if (run.empty()) first = u;
        run.push_back(p);
    }
    out.push_back(std::move(run)); // after a cut a run always gets its second vertex
    return out;
}

/// Most grid cells one polygon is cut into: beyond that the cells grow (the fitting then has
/// more to correct) rather than the work.
constexpr double k_max_cells = 4096;

/// A polygon too large for one projection cut into the cells of a fixed lon/lat grid, each
/// cell within about `cell_radius` metres of its centre: the buffer of the polygon is the union
/// of the buffers of its pieces, and each piece is buffered on a projection centred on its
/// cell. Bands of equal height; each band cut into equal longitude spans no wider at its
/// equatorward edge than the band is high, starting at -180 so that a polygon split at the
/// antimeridian is cut there anyway. Cut edges get vertices every `spacing` metres.
std::vector<Part> tiled(const Polygon& poly, double cell_radius, double spacing) {
    Geometry shape{{}, {}, {poly}};
    {
        GeosContext ctx;
        GeosGeom whole = to_geos(ctx, shape);
        if (GEOSisValid_r(ctx.handle(), whole.get()) != 1) {
            // Cut what the planar buffer would make of it anyway (see cluster_buffer).
            whole = own(ctx, GEOSMakeValid_r(ctx.handle(), whole.get()), "repairing a polygon before cutting it");
            shape = Geometry{{}, {}, from_geos(ctx, whole.get()).polygons};
        }
    }
    const BBox box = bbox_of(shape);
    // A square cell of side s has its corners s / sqrt(2) from its centre.
    double side_deg = cell_radius * std::sqrt(2.0) / (k_earth_radius * M_PI / 180.0);
    const double cells =
        (box.max_lat - box.min_lat + side_deg) * (box.max_lon - box.min_lon + side_deg) / (side_deg * side_deg);
    if (cells > k_max_cells) side_deg *= std::sqrt(cells / k_max_cells);
    const int bands = std::max(1, static_cast<int>(std::ceil(180.0 / side_deg)));
    const double band = 180.0 / bands;
    std::vector<int> rows; // the bands the polygon reaches
    for (int i = 0; i < bands; ++i) {
        const double y0 = -90.0 + band * i, y1 = y0 + band;
        if (y1 >= box.min_lat && y0 <= box.max_lat) rows.push_back(i);
    }
    // A band at a time, its cells cut from the band's strip rather than from the whole polygon;
    // bands on separate threads, each with its own GEOS context and copy of the polygon.
    std::vector<std::vector<Part>> per_row(rows.size());
    parallel_for(rows.size(), [&](std::size_t r) {
        const int i = rows[r];
        const double y0 = -90.0 + band * i, y1 = i + 1 == bands ? 90.0 : y0 + band;
        GeosContext ctx;
        const auto h = ctx.handle();
        const GeosGeom whole = to_geos(ctx, shape);
        const GeosGeom strip = clip_rect(ctx, whole.get(), -180.0, y0, 180.0, y1);
        if (GEOSisEmpty_r(h, strip.get()) == 1) return;
        const double equatorward = y0 <= 0 && y1 >= 0 ? 0.0 : std::min(std::abs(y0), std::abs(y1));
        const int spans = std::max(1, static_cast<int>(std::ceil(360.0 * std::cos(equatorward * M_PI / 180) / band)));
        const double width = 360.0 / spans;
        for (int j = 0; j < spans; ++j) {
            const double x0 = -180.0 + width * j, x1 = j + 1 == spans ? 180.0 : x0 + width;
            if (x1 < box.min_lon || x0 > box.max_lon) continue;
            const GeosGeom piece = clip_rect(ctx, strip.get(), x0, y0, x1, y1);
            if (GEOSisEmpty_r(h, piece.get()) == 1) continue;
            Geometry g;
            for (auto& p : from_geos(ctx, piece.get()).polygons) {
                p.outer = densified_cuts(p.outer, x0, y0, x1, y1, spacing);
                for (auto& hole : p.holes) hole = densified_cuts(hole, x0, y0, x1, y1, spacing);
                g.polygons.push_back(std::move(p));
            }
            if (g.polygons.empty()) continue;
            Part part;
            // Centred on the cell rather than on the piece's vertices, which crowd along the cuts.
            const bool polar = spans == 1 && (y0 == -90.0 || y1 == 90.0);
            part.centre = unit({polar ? 0.0 : (x0 + x1) / 2, polar ? (y0 == -90.0 ? -90.0 : 90.0) : (y0 + y1) / 2});
            each_vertex(g, [&](LonLat p) {
                part.radius = std::max(part.radius, chord_m(part.centre, unit(p)));
                ++part.vertices;
            });
            part.geometry = std::move(g);
            per_row[r].push_back(std::move(part));
        }
    });
    std::vector<Part> out;
    for (auto& row : per_row) {
        for (auto& part : row) out.push_back(std::move(part));
    }
    return out;
}

/// Greedy grouping: biggest parts first, each joining the nearest cluster it fits in.
std::vector<Cluster> cluster_parts(std::vector<Part> parts, double r_max) {
    std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.vertices > b.vertices; });
    std::vector<Cluster> out;
    for (auto& part : parts) {
        Cluster* best = nullptr;
        double best_reach = 0;
        for (auto& c : out) {
            const double reach = chord_m(c.centre_ecef, part.centre) + part.radius;
            if (reach <= std::max(r_max, c.radius) && (!best || reach < best_reach)) {
                best = &c;
                best_reach = reach;
            }
        }
        if (!best) {
            out.push_back({lonlat_of(part.centre), part.centre, part.radius, std::move(part.geometry)});
            continue;
        }
        best->radius = std::max(best->radius, best_reach);
        auto& g = best->geometry;
        auto& h = part.geometry;
        g.points.insert(g.points.end(), h.points.begin(), h.points.end());
        g.lines.insert(g.lines.end(), h.lines.begin(), h.lines.end());
        g.polygons.insert(g.polygons.end(), h.polygons.begin(), h.polygons.end());
    }
    return out;
}

bool planar_contains(const LinearRing& ring, XY p) noexcept {
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat a = ring[i], b = ring[j];
        if ((a.lat > p.y) != (b.lat > p.y) && p.x < (b.lon - a.lon) * (p.y - a.lat) / (b.lat - a.lat) + a.lon) in = !in;
    }
    return in;
}

/// A planar ring (x, y in the LonLat fields) densified to `spacing` metres and brought back
/// to lon/lat, longitudes unwrapped along the ring starting next to `lon0`.
LinearRing to_lonlat(const AeqdPlane& plane, const LinearRing& planar, double spacing, double lon0) {
    LinearRing out;
    out.reserve(planar.size() * 2);
    const auto push = [&](XY q) {
        const LonLat p = plane.inverse(q);
        const double ref = out.empty() ? lon0 : out.back().lon;
        out.push_back({ref + std::remainder(p.lon - ref, 360.0), p.lat});
    };
    // Near a pole a short planar step spans many degrees of longitude, where a straight lon/lat
    // edge would stray far from the true curve: steps are halved until they span at most 1°.
    const auto step = [&](auto&& self, XY a, XY b, int depth) -> void {
        const LonLat pa = out.back();
        const LonLat pb = plane.inverse(b);
        if (depth < 12 && std::abs(std::remainder(pb.lon - pa.lon, 360.0)) > 1.0 && std::abs(pb.lat) < 89.99) {
            const XY m{(a.x + b.x) / 2, (a.y + b.y) / 2};
            self(self, a, m, depth + 1);
            self(self, m, b, depth + 1);
            return;
        }
        push(b);
    };
    for (std::size_t i = 0; i + 1 < planar.size(); ++i) {
        const LonLat a = planar[i], b = planar[i + 1];
        if (out.empty()) push({a.lon, a.lat});
        const int n = std::max(1, static_cast<int>(std::ceil(std::hypot(b.lon - a.lon, b.lat - a.lat) / spacing)));
        for (int k = 1; k <= n; ++k) {
            const double t0 = static_cast<double>(k - 1) / n, t1 = static_cast<double>(k) / n;
            step(step, {a.lon + t0 * (b.lon - a.lon), a.lat + t0 * (b.lat - a.lat)},
                 {a.lon + t1 * (b.lon - a.lon), a.lat + t1 * (b.lat - a.lat)}, 0);
        }
    }
    return out;
}

/// Douglas-Peucker on a planar chain (x, y in the LonLat fields): keeps the ends and every vertex
/// needed to stay within `eps` metres of the original.
std::vector<LonLat> simplified(const std::vector<LonLat>& in, double eps) {
    const std::size_t n = in.size();
    if (n < 3) return in;
    std::vector<char> keep(n, 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [i, j] = stack.back();
        stack.pop_back();
        const LonLat a = in[i], b = in[j];
        const double dx = b.lon - a.lon, dy = b.lat - a.lat, dd = dx * dx + dy * dy;
        double worst = -1;
        std::size_t at = i;
        for (std::size_t k = i + 1; k < j; ++k) {
            const double wx = in[k].lon - a.lon, wy = in[k].lat - a.lat;
            const double t = dd > 0 ? std::clamp((wx * dx + wy * dy) / dd, 0.0, 1.0) : 0.0;
            const double d = std::hypot(wx - t * dx, wy - t * dy);
            if (d > worst) {
                worst = d;
                at = k;
            }
        }
        if (worst > eps) {
            keep[at] = 1;
            stack.push_back({i, at});
            stack.push_back({at, j});
        }
    }
    std::vector<LonLat> out;
    for (std::size_t k = 0; k < n; ++k) {
        if (keep[k]) out.push_back(in[k]);
    }
    return out;
}

/// A closed planar ring simplified within `eps`; split at its farthest vertex from the start
/// so that both halves are simplified as chains. A ring smaller than `eps` becomes its start.
std::vector<LonLat> simplified_ring(const LinearRing& ring, double eps) {
    if (ring.size() < 5) return ring;
    std::size_t far = 0;
    double far_d = -1;
    for (std::size_t k = 0; k < ring.size(); ++k) {
        const double d = std::hypot(ring[k].lon - ring[0].lon, ring[k].lat - ring[0].lat);
        if (d > far_d) {
            far_d = d;
            far = k;
        }
    }
    if (far_d <= eps) return {ring.front()};
    auto a = simplified({ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(far) + 1}, eps);
    const auto b = simplified({ring.begin() + static_cast<std::ptrdiff_t>(far), ring.end()}, eps);
    a.insert(a.end(), b.begin() + 1, b.end());
    if (a.size() < 4) return ring;
    return a;
}

/// The input in the plane, simplified by `eps` metres for the planar buffer (the fitting
/// against the full input corrects what this moves). Rings that shrink to a point stay as
/// that point, so no island is lost.
Geometry planar_input(const Geometry& g, const AeqdPlane& plane, double eps) {
    // Simplified on the spherical azimuthal equidistant projection (cheap trigonometry; its
    // 0.5% scale difference only changes which vertices are dropped), then the vertices kept
    // are projected exactly.
    const LonLat c = plane.centre();
    const double lat0 = c.lat * M_PI / 180, s0 = std::sin(lat0), c0 = std::cos(lat0);
    const auto sphere = [&](LonLat p) {
        const double la = p.lat * M_PI / 180, dl = (p.lon - c.lon) * M_PI / 180;
        const double sl = std::sin(la), cl = std::cos(la), cd = std::cos(dl);
        const double cosz = std::clamp(s0 * sl + c0 * cl * cd, -1.0, 1.0);
        const double z = std::acos(cosz), k = z < 1e-12 ? 1.0 : z / std::sin(z);
        return LonLat{k_earth_radius * k * cl * std::sin(dl), k_earth_radius * k * (c0 * sl - s0 * cl * cd)};
    };
    // Each planar vertex remembers its lon/lat through its index in `src`.
    std::vector<LonLat> src;
    const auto exact = [&](const std::vector<LonLat>& kept) {
        std::vector<LonLat> out(kept.size());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            const XY q = plane.forward(src[static_cast<std::size_t>(kept[i].lat)]);
            out[i] = {q.x, q.y};
        }
        return out;
    };
    const auto simplify = [&](const std::vector<LonLat>& v, bool ring) {
        // Simplify indices: project on the sphere, keep the index in a parallel array.
        std::vector<LonLat> planar(v.size());
        src = v;
        for (std::size_t i = 0; i < v.size(); ++i) planar[i] = sphere(v[i]);
        std::vector<LonLat> kept = ring ? simplified_ring(planar, eps) : simplified(planar, eps);
        // Map kept planar vertices back to their source indices.
        std::vector<LonLat> idx;
        idx.reserve(kept.size());
        std::size_t j = 0;
        for (const auto& k : kept) {
            while (j < planar.size() && !(planar[j] == k)) ++j;
            if (j == planar.size()) j = 0; // a ring's closing vertex
            idx.push_back({0, static_cast<double>(j)});
        }
        return exact(idx);
    };
    Geometry out;
    for (const auto& p : g.points) {
        const XY q = plane.forward(p);
        out.points.push_back({q.x, q.y});
    }
    for (const auto& l : g.lines) {
        auto s = simplify(l, false);
        if (s.size() >= 2) out.lines.push_back(std::move(s));
    }
    for (const auto& poly : g.polygons) {
        auto outer = simplify(poly.outer, true);
        if (outer.size() < 4) {
            out.points.push_back(outer.front());
            continue;
        }
        Polygon p{std::move(outer), {}};
        for (const auto& h : poly.holes) {
            auto hole = simplify(h, true);
            if (hole.size() >= 4) p.holes.push_back(std::move(hole));
        }
        out.polygons.push_back(std::move(p));
    }
    return out;
}

/// A ring with unwrapped longitudes that winds `winding` times around the axis, restarted at an
/// antimeridian crossing (a longitude of -180 + 360k exactly) and closed over `pole_lat`.
LinearRing closed_over_pole(const LinearRing& u, double winding, double pole_lat) {
    const std::size_t m = u.size() - 1;
    const auto at = [&](std::size_t j) {
        LonLat q = u[j % m];
        q.lon += 360.0 * winding * static_cast<double>(j / m);
        return q;
    };
    const auto window = [](double lon) { return std::floor((lon + 180.0) / 360.0); };
    for (std::size_t i = 0; i < m; ++i) {
        const LonLat a = at(i), b = at(i + 1);
        const double ka = window(a.lon), kb = window(b.lon);
        if (ka == kb) continue;
        const double seam = -180.0 + 360.0 * std::max(ka, kb);
        const double t = (seam - a.lon) / (b.lon - a.lon);
        const LonLat start{seam, a.lat + t * (b.lat - a.lat)};
        LinearRing r{start};
        for (std::size_t j = i + 1; j <= i + m; ++j) r.push_back(at(j));
        const double end_lon = seam + 360.0 * winding;
        r.push_back({end_lon, start.lat});
        r.push_back({end_lon, pole_lat});
        r.push_back({seam, pole_lat});
        r.push_back(start);
        return r;
    }
    LinearRing r = u; // unreachable for a winding ring; closed plainly
    r.push_back({u.back().lon, pole_lat});
    r.push_back({u.front().lon, pole_lat});
    r.push_back(u.front());
    return r;
}

struct BufferPlan {
    double distance; ///< metres
    int quadrant_segments;
    double simplify; ///< simplification of the planar input, metres
    double spacing;  ///< vertex spacing on the boundary, metres
};

/// The buffer of one cluster, built on the azimuthal equidistant projection at its centre.
Geometry cluster_buffer(const Cluster& c, const BufferPlan& plan) {
    GeosContext ctx;
    const auto h = ctx.handle();
    const AeqdPlane plane(c.centre);
    const Geometry simple = planar_input(c.geometry, plane, plan.simplify);
    struct ParamsDeleter {
        GEOSContextHandle_t h;
        void operator()(GEOSBufferParams* p) const noexcept { GEOSBufferParams_destroy_r(h, p); }
    };
    std::unique_ptr<GEOSBufferParams, ParamsDeleter> params(GEOSBufferParams_create_r(h), ParamsDeleter{h});
    if (!params) ctx.fail("GEOS buffer parameters");
    GEOSBufferParams_setEndCapStyle_r(h, params.get(), GEOSBUF_CAP_ROUND);
    GEOSBufferParams_setJoinStyle_r(h, params.get(), GEOSBUF_JOIN_ROUND);
    GEOSBufferParams_setQuadrantSegments_r(h, params.get(), plan.quadrant_segments);
    // Each component on its own, then a cascaded union: buffering them all at once nodes every
    // offset curve against every other, and the circles of nearby islands all overlap. Each
    // polygon is repaired on its own: repairing the parts together would drop where they
    // overlap (a multipolygon is the union of its parts, overlapping or not).
    std::vector<GeosGeom> each;
    const auto add = [&](const Geometry& component, bool polygon) {
        GeosGeom in = to_geos(ctx, component);
        if (polygon && GEOSisValid_r(h, in.get()) != 1) {
            in = own(ctx, GEOSMakeValid_r(h, in.get()), "repairing a polygon before buffering");
        }
        each.push_back(
            own(ctx, GEOSBufferWithParams_r(h, in.get(), params.get(), plan.distance), "buffering in the plane"));
    };
    for (const auto& p : simple.points) add(Geometry{{p}, {}, {}}, false);
    for (const auto& l : simple.lines) add(Geometry{{}, {l}, {}}, false);
    for (const auto& p : simple.polygons) add(Geometry{{}, {}, {p}}, true);
    GeosGeom buf;
    if (each.size() == 1) {
        buf = std::move(each.front());
    } else {
        GeosGeom all = make_collection(ctx, GEOS_GEOMETRYCOLLECTION, std::move(each), "collecting buffers");
        buf = own(ctx, GEOSUnaryUnion_r(h, all.get()), "union of buffers in the plane");
    }
    const Geometry planar = from_geos(ctx, buf.get());

    const XY north = plane.forward({0, 90}), south = plane.forward({0, -90});
    std::vector<Polygon> unwrapped;
    std::vector<Geometry> whole; // buffers holding both poles: the world minus a cap
    for (const auto& poly : planar.polygons) {
        Polygon p;
        p.outer = to_lonlat(plane, poly.outer, plan.spacing, c.centre.lon);
        if (p.outer.size() < 4) continue;
        for (const auto& hole : poly.holes) {
            LinearRing r = to_lonlat(plane, hole, plan.spacing, c.centre.lon);
            if (r.size() >= 4) p.holes.push_back(std::move(r));
        }
        const double winding = std::round((p.outer.back().lon - p.outer.front().lon) / 360.0);
        const bool has_north = planar_contains(poly.outer, north), has_south = planar_contains(poly.outer, south);
        if (winding != 0) {
            // The boundary goes once around the axis: start it where it crosses the antimeridian
            // and close it over the pole it encloses, so the closing edges fall exactly on ±180.
            const double pole = has_north || !has_south ? 90.0 : -90.0;
            p.outer = closed_over_pole(p.outer, winding, pole);
            unwrapped.push_back(std::move(p));
        } else if (has_north && has_south) {
            whole.push_back(world_minus(normalise_unwrapped({Polygon{p.outer, {}}})));
        } else {
            unwrapped.push_back(std::move(p));
        }
    }
    Geometry out = normalise_unwrapped(unwrapped);
    if (!whole.empty()) {
        whole.push_back(std::move(out));
        out = union_areas(whole);
    }
    return out;
}

bool is_valid(const Geometry& g) {
    GeosContext ctx;
    GeosGeom gg = to_geos(ctx, g);
    return GEOSisValid_r(ctx.handle(), gg.get()) == 1;
}

/// Repairs a polygon set whose vertices were moved (rings may touch or cross near the seams
/// between parts), keeping only areas, oriented per RFC 7946.
Geometry made_valid(Geometry g) {
    GeosContext ctx;
    const auto h = ctx.handle();
    GeosGeom gg = to_geos(ctx, g);
    if (GEOSisValid_r(h, gg.get()) == 1) {
        orient_rfc7946(g);
        return g;
    }
    GeosGeom fixed = own(ctx, GEOSMakeValid_r(h, gg.get()), "repairing the buffer");
    Geometry all = from_geos(ctx, fixed.get());
    Geometry out;
    out.polygons = std::move(all.polygons);
    orient_rfc7946(out);
    return out;
}

Buffer points_buffer(const std::vector<LonLat>& points, Length distance, double tolerance_fraction) {
    RingOptions ro;
    ro.edge_tolerance_fraction = tolerance_fraction / 2;
    std::vector<Geometry> areas;
    double err = 0;
    std::string method;
    for (const auto& p : points) {
        RangeRing r = range_ring(p, distance, ro);
        err = std::max({err, r.max_vertex_error_m, r.max_edge_error_m});
        areas.push_back(std::move(r.area));
        method = r.method;
    }
    Buffer out;
    out.area = areas.size() == 1 ? std::move(areas.front()) : union_areas(areas);
    out.max_error_m = err;
    out.min_edge_distance_m = distance.metres() - err;
    out.max_edge_distance_m = distance.metres() + err;
    out.method = "range ring per point: " + method;
    return out;
}

/// Most boundary samples a buffer may take, estimated from the input's length (the count is
/// usually under half of it): seconds of work (Russia at 10 km: 1.8 million in 8 s).
constexpr double k_max_samples = 8e6;

} // namespace

Buffer buffer(const Geometry& g, Length distance, double tolerance_fraction) {
    const double r = distance.metres();
    const double quarter = Geodesic::wgs84().half_meridian() / 2;
    if (!(r > 0) || !std::isfinite(r)) throw usage_error("buffer distance must be positive");
    if (r > quarter) {
        throw usage_error(fmt::format("buffer distance {} km is beyond a quarter of the meridian ({:.3f} km), the "
                                      "largest buffer distance",
                                      format_number(r / 1000.0, 3), quarter / 1000.0));
    }
    if (!(tolerance_fraction >= 1e-6 && tolerance_fraction <= 0.1)) {
        throw usage_error(fmt::format("buffer tolerance {} is outside 1e-6..0.1 of the distance", tolerance_fraction));
    }
    check_input(g);
    if (g.lines.empty() && g.polygons.empty()) return points_buffer(g.points, distance, tolerance_fraction);

    const double tol = tolerance_fraction * r;
    // The construction is never coarser than at the default tolerance: a coarser one leaves the
    // fitting more to correct than it can at corners of the boundary, so a looser tolerance
    // would fail where the default succeeds. A looser tolerance relaxes only the acceptance.
    const double build_fraction = std::min(tolerance_fraction, k_default_buffer_tolerance);
    const double build_tol = build_fraction * r;
    // The planar buffer is built from the input simplified by up to 2% of the distance (20 times
    // the tolerance, less for short distances, where the boundary follows the coast's detail and
    // larger moves by the fitting below could fold it): the fitting moves every vertex onto the
    // exact distance from the full input anyway, and the 1,000 km buffer of an archipelago is
    // decided by a few hundred outer vertices.
    const double simplify_fraction = build_fraction * std::clamp(r / 50'000.0, 1.0, 20.0);
    // Chords of the arcs sag by spacing^2 / (8 r): an eighth of the tolerance.
    const double spacing = std::min(std::sqrt(r * build_tol), r / 4);
    const BufferPlan plan{r, std::clamp(static_cast<int>(std::ceil(M_PI * r / (2 * spacing))), 8, 2000),
                          simplify_fraction * r, spacing};
    // The boundary is measured every few metres to kilometres; a tiny distance around a long
    // coast would need billions of samples. Refuse that up front rather than run for hours.
    {
        const double sample_spacing = std::min(spacing / 4, std::max(r / 250, 1.0));
        const double boundary = 2 * length_m(g) + 2 * M_PI * r;
        if (boundary / sample_spacing > k_max_samples) {
            throw usage_error(fmt::format(
                "a {} m buffer of this {} km of outline needs about {:.0f} boundary samples, over the limit of {} "
                "(use a larger distance)",
                format_number(r, 1), format_number(boundary / 2000.0, 0), boundary / sample_spacing, k_max_samples));
        }
    }
    // On a projection centred among parts of radius rc, distances of about r from them are
    // off by about rc^2 r / (6 a^2): clusters are kept small enough for that to stay within
    // the tolerance, and parts too large for it are cut, so the fitting below only has to
    // move vertices a little.
    double r_max = k_earth_radius * std::sqrt(6 * build_fraction);
    if (r > 2e6) r_max *= std::sqrt(2e6 / r);

    // Pieces of geodesic this long stray from the straight line between their ends by well
    // under the simplification (about L^2 tan(lat) / 8a in lon/lat).
    const double edge_step = std::max(spacing, std::sqrt(2 * k_earth_radius * plan.simplify) / 4);
    const Geometry dense = geodesic_edges(g, edge_step);
    std::vector<Part> parts;
    std::size_t cut = 0, pieces_cut = 0; // polygons cut on the grid, and the pieces made
    for (const auto& p : dense.points) parts.push_back(make_part(Geometry{{p}, {}, {}}));
    for (const auto& l : dense.lines) {
        for (auto& run : line_runs(l, r_max)) parts.push_back(make_part(Geometry{{}, {std::move(run)}, {}}));
    }
    for (const auto& p : dense.polygons) {
        Part part = make_part(Geometry{{}, {}, {p}});
        // Up to twice the bound a part stays whole: its planar error (four times the tolerance
        // at most) costs the fitting little, and cutting it would cost more (Honshu at 1,000 km).
        if (part.radius > 2 * r_max && !wraps(p.outer)) {
            auto pieces = tiled(p, r_max, spacing);
            if (!pieces.empty()) {
                ++cut;
                pieces_cut += pieces.size();
                for (auto& piece : pieces) parts.push_back(std::move(piece));
                continue;
            }
        }
        parts.push_back(std::move(part));
    }
    const std::vector<Cluster> clusters = cluster_parts(std::move(parts), r_max);

    std::vector<Geometry> pieces;
    pieces.resize(clusters.size());
    // Each cluster on its own projection and GEOS context: independent work for every core.
    parallel_for(clusters.size(), [&](std::size_t i) { pieces[i] = cluster_buffer(clusters[i], plan); });
    Geometry area = pieces.size() == 1 ? std::move(pieces.front()) : union_areas(pieces);

    SegmentIndex index;
    index.add(g, 0);
    index.build();
    const double measure_spacing = std::min(spacing / 4, std::max(r / 250, 1.0));
    const BoundaryFitter fitter(index, r, 0.4 * tol, measure_spacing);
    Geometry fitted = area;
    BoundaryStats stats = fitter.fit(fitted);
    bool moved = true;
    if (!is_valid(fitted)) {
        // Moving the vertices folded a ring somewhere (two fitted vertices crossed): keep the
        // planar construction as it was and report what its boundary achieves instead.
        moved = false;
        stats = BoundaryFitter(index, r, 0.4 * tol, measure_spacing, false).fit(area);
        fitted = std::move(area);
    }
    area = std::move(fitted);
    if (stats.max_error_m > tol) {
        // An answer beyond its stated tolerance is refused, never returned as if it met it.
        throw data_error(fmt::format(
            "the {} km buffer could be refined only to within {} m of its distance (at {:.4f},{:.4f}), beyond the "
            "tolerance of {} m ({}%); ask for a tolerance of at least {}%",
            format_number(r / 1000.0, 3), format_number(stats.max_error_m, 1), stats.worst_at.lat, stats.worst_at.lon,
            format_number(tol, 1), format_number(tolerance_fraction * 100, 4),
            format_number(std::ceil(stats.max_error_m / r * 1e5) / 1e3, 3)));
    }

    Buffer out;
    out.area = made_valid(std::move(area));
    out.max_error_m = stats.max_error_m;
    out.min_edge_distance_m = stats.min_distance_m;
    out.max_edge_distance_m = stats.max_distance_m;
    // The text says what was done: on the path where fitting was skipped no vertex was moved or
    // added.
    const std::string cutting =
        cut > 0 ? fmt::format(" ({} polygon(s) too large for one projection cut on a lon/lat grid into {} pieces)", cut,
                              pieces_cut)
                : std::string();
    const std::size_t along = dense.vertex_count() - g.vertex_count();
    const std::string edges =
        along > 0 ? fmt::format("input edges longer than {} km followed along their geodesics ({} vertices added); ",
                                format_number(edge_step / 1000.0, 1), along)
                  : std::string();
    const std::string merged =
        (stats.vertices_merged > 0
             ? fmt::format(" ({} dropped that settled on or behind the vertex before them, at corners of the boundary)",
                           stats.vertices_merged)
             : std::string()) +
        (stats.holes_dropped > 0 ? fmt::format(" ({} hole(s) of the planar buffer dropped: no point inside lies "
                                               "beyond the distance)",
                                               stats.holes_dropped)
                                 : std::string());
    const std::string fitting =
        moved ? fmt::format("every vertex moved to the geodesic distance from its nearest input point{} and the "
                            "boundary measured at {} points (at most {} m apart) against exact geodesic distances to "
                            "the input (Karney 2013), {} vertices added where it strayed",
                            merged, stats.samples, format_number(measure_spacing, 0), stats.vertices_added)
              : fmt::format("vertices left where the planar buffer put them (none moved or added) and the boundary "
                            "measured at {} points (at most {} m apart) against exact geodesic distances to the input "
                            "(Karney 2013)",
                            stats.samples, format_number(measure_spacing, 0));
    out.method = fmt::format(
        "{}GEOS buffer on {} azimuthal equidistant projection(s) (geodesic, WGS84) centred on clusters of parts{}, "
        "{} segments per quadrant, brought back to lon/lat every {} km and unioned; {}{}",
        moved ? "" : "(fitting skipped: it would fold the boundary) ", clusters.size(), cutting, plan.quadrant_segments,
        format_number(spacing / 1000.0, 1), edges, fitting);
    return out;
}

} // namespace rangemap
