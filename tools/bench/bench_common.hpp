// SPDX-License-Identifier: MIT
#pragma once
// Shared bits of the benchmark drivers: seeded random points and a wall clock.

#include "engine/geo_point.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <time.h>
#include <vector>

namespace rangemap::bench {

/// Points uniform on the sphere within a lon/lat box (degrees); fixed seed.
inline std::vector<LonLat> random_points(std::size_t n, double lon0, double lon1, double lat0, double lat1,
                                         unsigned seed) {
    std::mt19937_64 rng(seed);
    const double s0 = std::sin(lat0 * M_PI / 180), s1 = std::sin(lat1 * M_PI / 180);
    std::uniform_real_distribution<double> lon(lon0, lon1), s(s0, s1);
    std::vector<LonLat> out(n);
    for (auto& p : out) {
        p.lon = lon(rng);
        p.lat = std::asin(s(rng)) * 180 / M_PI;
    }
    return out;
}

inline double now_s() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// CPU time of the whole process (every thread), seconds.
inline double cpu_s() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace rangemap::bench
