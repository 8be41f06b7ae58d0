// SPDX-License-Identifier: MIT
// Geodesics over numpy arrays: distance, destination and nearest site. The arrays come here
// already broadcast to one shape and flattened (rangemap/_geodesic.py); the work runs with the
// GIL released, split in contiguous slices across cores.
#include "tools/python/bindings.hpp"

#include "engine/azimuth.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/nearest_site.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <span>
#include <thread>
#include <vector>

namespace py = pybind11;

namespace rangemap::python {

namespace {

using Array = py::array_t<double, py::array::c_style | py::array::forcecast>;

// Below this many items per worker a thread costs more than it saves.
constexpr std::size_t k_min_slice = 16384;

/// f(begin, end) over [0, n) in contiguous slices, one per worker (0 threads: one per core).
template <class F>
void split(std::size_t n, unsigned threads, F&& f) {
    const unsigned hw = threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers = std::clamp<std::size_t>(n / k_min_slice, 1, hw);
    std::vector<std::jthread> pool;
    for (std::size_t w = 1; w < workers; ++w) pool.emplace_back([&, w] { f(n * w / workers, n * (w + 1) / workers); });
    f(0, n / workers);
}

std::span<const double> view(const Array& a, const char* name, std::size_t n) {
    if (a.ndim() != 1 || static_cast<std::size_t>(a.size()) != n) {
        throw usage_error(fmt::format("{} has {} values; expected {}", name, a.size(), n));
    }
    return {a.data(), n};
}

/// NaN passes (missing values give NaN answers); any other value outside [lo, hi] is refused.
void check_range(std::span<const double> v, const char* name, double lo, double hi) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        const double x = v[i];
        if (std::isnan(x)) continue;
        if (!std::isfinite(x)) throw usage_error(fmt::format("{}[{}] {} is not a finite number", name, i, x));
        if (x < lo || x > hi) throw usage_error(fmt::format("{}[{}] {} is outside [{}, {}]", name, i, x, lo, hi));
    }
}

void check_finite(std::span<const double> v, const char* name) {
    check_range(v, name, -std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
}

bool any_nan(double a, double b, double c, double d) noexcept {
    return std::isnan(a) || std::isnan(b) || std::isnan(c) || std::isnan(d);
}

py::tuple distance(const Array& lat1, const Array& lon1, const Array& lat2, const Array& lon2, unsigned threads) {
    const std::size_t n = static_cast<std::size_t>(lat1.size());
    const auto a = view(lat1, "lat1", n), b = view(lon1, "lon1", n), c = view(lat2, "lat2", n),
               d = view(lon2, "lon2", n);
    check_range(a, "lat1", -90, 90);
    check_range(b, "lon1", -180, 180);
    check_range(c, "lat2", -90, 90);
    check_range(d, "lon2", -180, 180);
    Array s(static_cast<py::ssize_t>(n)), z1(static_cast<py::ssize_t>(n)), z2(static_cast<py::ssize_t>(n));
    double *ps = s.mutable_data(), *pz1 = z1.mutable_data(), *pz2 = z2.mutable_data();
    {
        const py::gil_scoped_release nogil;
        const Geodesic& g = Geodesic::wgs84();
        split(n, threads, [&](std::size_t begin, std::size_t end) noexcept {
            for (std::size_t i = begin; i < end; ++i) {
                if (any_nan(a[i], b[i], c[i], d[i])) {
                    ps[i] = pz1[i] = pz2[i] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                const Inverse inv = g.fast_inverse({b[i], a[i]}, {d[i], c[i]});
                ps[i] = inv.distance_m;
                pz1[i] = azimuth_0_360(inv.azi1_deg);
                pz2[i] = azimuth_0_360(inv.azi2_deg);
            }
        });
    }
    return py::make_tuple(s, z1, z2);
}

py::tuple destination(const Array& lat1, const Array& lon1, const Array& azimuth, const Array& distance_m,
                      unsigned threads) {
    const std::size_t n = static_cast<std::size_t>(lat1.size());
    const auto a = view(lat1, "lat1", n), b = view(lon1, "lon1", n), z = view(azimuth, "azimuth_deg", n),
               s = view(distance_m, "distance_m", n);
    check_range(a, "lat1", -90, 90);
    check_range(b, "lon1", -180, 180);
    check_finite(z, "azimuth_deg");
    check_finite(s, "distance_m");
    Array lat2(static_cast<py::ssize_t>(n)), lon2(static_cast<py::ssize_t>(n)), azi2(static_cast<py::ssize_t>(n));
    double *pa = lat2.mutable_data(), *pb = lon2.mutable_data(), *pz = azi2.mutable_data();
    {
        const py::gil_scoped_release nogil;
        const Geodesic& g = Geodesic::wgs84();
        split(n, threads, [&](std::size_t begin, std::size_t end) noexcept {
            for (std::size_t i = begin; i < end; ++i) {
                if (any_nan(a[i], b[i], z[i], s[i])) {
                    pa[i] = pb[i] = pz[i] = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                const Direct r = g.direct({b[i], a[i]}, z[i], s[i]);
                pa[i] = r.point.lat;
                pb[i] = r.point.lon;
                pz[i] = azimuth_0_360(r.azi2_deg);
            }
        });
    }
    return py::make_tuple(lat2, lon2, azi2);
}

/// (site index or -1, distance_m, azimuth_deg from the point to the site) per point.
py::tuple nearest(const Array& lat, const Array& lon, const Array& site_lat, const Array& site_lon, unsigned threads) {
    const std::size_t n = static_cast<std::size_t>(lat.size()), m = static_cast<std::size_t>(site_lat.size());
    const auto a = view(lat, "lat", n), b = view(lon, "lon", n);
    const auto sa = view(site_lat, "site lat", m), sb = view(site_lon, "site lon", m);
    check_range(a, "lat", -90, 90);
    check_range(b, "lon", -180, 180);
    std::vector<LonLat> sites(m), points(n);
    for (std::size_t i = 0; i < m; ++i) sites[i] = {sb[i], sa[i]};
    py::array_t<long long> index(static_cast<py::ssize_t>(n));
    Array dist(static_cast<py::ssize_t>(n)), azi(static_cast<py::ssize_t>(n));
    long long* pi = index.mutable_data();
    double *pd = dist.mutable_data(), *pz = azi.mutable_data();
    {
        const py::gil_scoped_release nogil;
        const NearestSiteIndex idx(std::move(sites)); // usage_error for an invalid site
        for (std::size_t i = 0; i < n; ++i) points[i] = {b[i], a[i]};
        const std::vector<NearestSite> found = nearest_sites(idx, points, threads);
        for (std::size_t i = 0; i < n; ++i) {
            const NearestSite& f = found[i];
            pi[i] = f.site == NearestSite::k_none ? -1 : static_cast<long long>(f.site);
            pd[i] = f.distance_m;
            pz[i] = f.azimuth_deg;
        }
    }
    return py::make_tuple(index, dist, azi);
}

} // namespace

void bind_geodesics(py::module_& m) {
    using namespace py::literals;
    m.def("distance", &distance, "lat1"_a, "lon1"_a, "lat2"_a, "lon2"_a, "threads"_a = 0,
          "Inverse geodesic on 1-D float64 arrays of equal length: (distance_m, azi1_deg, azi2_deg).");
    m.def("destination", &destination, "lat1"_a, "lon1"_a, "azimuth_deg"_a, "distance_m"_a, "threads"_a = 0,
          "Direct geodesic on 1-D float64 arrays of equal length: (lat2, lon2, azi2_deg).");
    m.def("nearest", &nearest, "lat"_a, "lon"_a, "site_lat"_a, "site_lon"_a, "threads"_a = 0,
          "Nearest site per point: (site index or -1, distance_m, azimuth_deg from the point to the site).");
    m.attr("ellipsoid") = k_ellipsoid_name;
    m.attr("geodesic_method") = k_geodesic_method;
}

} // namespace rangemap::python
