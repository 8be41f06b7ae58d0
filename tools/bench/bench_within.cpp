// SPDX-License-Identifier: MIT
// W6: which of 1,000,000 points lie within 1,000 km of a place; per-query time once loaded,
// for the membership alone (WithinIndex::members) and with every distance, nearest first
// (WithinIndex::query).
// Usage: bench_within [N=1000000] [RADIUS_KM=1000]
#include "bench_common.hpp"

#include "engine/geodesic.hpp"
#include "engine/within.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace rangemap;

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const double radius = (argc > 2 ? std::atof(argv[2]) : 1000.0) * 1000.0;
    const LonLat places[] = {{127.7675, 26.3556}, {144.93, 13.58},  {141.37, 40.70},  {121.5654, 25.0330},
                             {126.978, 37.5665},  {139.65, 35.676}, {-74.006, 40.71}, {2.35, 48.85},
                             {151.2, -33.87},     {0.0, 89.0},      {179.9, -16.0},   {18.4, -33.9}};
    struct Case {
        const char* what;
        double lon0, lon1, lat0, lat1;
    } cases[] = {{"global (uniform on the sphere)", -180, 180, -90, 90},
                 {"East Asia box 115-150E 18-42N (dense around the places)", 115, 150, 18, 42}};
    for (const auto& c : cases) {
        const auto pts = bench::random_points(n, c.lon0, c.lon1, c.lat0, c.lat1, 42);
        double t = bench::now_s();
        const WithinIndex index(pts);
        const double build = bench::now_s() - t;
        std::vector<double> t_members, t_query;
        std::size_t hits_total = 0, checked = 0, wrong = 0;
        for (int rep = 0; rep < 3; ++rep) {
            for (const auto& p : places) {
                t = bench::now_s();
                const auto in = index.members(p, radius);
                t_members.push_back(bench::now_s() - t);
                t = bench::now_s();
                const auto hits = index.query(p, radius);
                t_query.push_back(bench::now_s() - t);
                if (rep == 0) {
                    hits_total += in.size();
                    wrong += in.size() != hits.size();
                    // Spot-check both answers against a scan of every 97th point.
                    std::vector<char> found(pts.size(), 0);
                    for (const auto& h : hits) found[h.index] |= 1;
                    for (const std::size_t i : in) found[i] |= 2;
                    for (std::size_t i = 0; i < pts.size(); i += 97) {
                        const bool inside = Geodesic::wgs84().distance(p, pts[i]) <= radius;
                        wrong += inside != ((found[i] & 1) != 0);
                        wrong += inside != ((found[i] & 2) != 0);
                        checked += 2;
                    }
                }
            }
        }
        std::printf("W6 %s: %zu points, index build %.3f s; %zu queries of %.0f km: members median %.2f ms "
                    "(max %.2f); with distances, nearest first: median %.2f ms (max %.2f); mean hits %.0f; "
                    "scan check %zu/%zu wrong\n",
                    c.what, n, build, t_members.size(), radius / 1000, bench::median(t_members) * 1e3,
                    *std::max_element(t_members.begin(), t_members.end()) * 1e3, bench::median(t_query) * 1e3,
                    *std::max_element(t_query.begin(), t_query.end()) * 1e3,
                    static_cast<double>(hits_total) / std::size(places), wrong, checked);
    }
    return 0;
}
