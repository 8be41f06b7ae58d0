// SPDX-License-Identifier: MIT
// W3: nearest-coast geodesic distance, with witness, for N random points in 115-150E, 18-42N
// against the coastline of the default data (Natural Earth 10m land). Every answer is exact
// by construction (index lower bounds + geodesic confirmation); a sample is also checked
// against a brute-force scan of every coastline segment.
// Usage: bench_coast [N=100000] [THREADS=2] [CHECK=200]
#include "bench_common.hpp"

#include "engine/ecef_bvh.hpp"
#include "engine/geodesic.hpp"
#include "engine/geodesic_segment.hpp"
#include "engine/segment_index.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"

#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace rangemap;

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100'000;
    const unsigned threads = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 2;
    const std::size_t check = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 200;

    double t = bench::now_s();
    const auto land = geodata::read_layer(geodata::natural_earth_path(), "land");
    const double t_read = bench::now_s() - t;

    t = bench::now_s();
    SegmentIndex coast;
    std::vector<std::pair<LonLat, LonLat>> segs; // for the brute-force check
    for (const auto& f : land.features) {
        coast.add(f.geometry, 0);
        for (const auto& p : f.geometry.polygons) {
            const auto add = [&](const LinearRing& r) {
                for (std::size_t i = 0; i + 1 < r.size(); ++i) segs.emplace_back(r[i], r[i + 1]);
            };
            add(p.outer);
            for (const auto& h : p.holes) add(h);
        }
    }
    coast.build();
    const double t_build = bench::now_s() - t;

    const auto pts = bench::random_points(n, 115, 150, 18, 42, 20240607);
    std::vector<IndexedNearest> out(n);
    std::vector<double> runs, cpu;
    for (int rep = 0; rep < 5; ++rep) {
        t = bench::now_s();
        const double c0 = bench::cpu_s();
        std::vector<std::thread> pool;
        for (unsigned k = 0; k < threads; ++k) {
            pool.emplace_back([&, k] {
                for (std::size_t i = k; i < n; i += threads) out[i] = *coast.nearest(pts[i]);
            });
        }
        for (auto& th : pool) th.join();
        runs.push_back(bench::now_s() - t);
        cpu.push_back(bench::cpu_s() - c0);
    }

    // Brute force on a sample: every segment of the world's coastline, no index. A segment is
    // skipped only when even its nearer end, less its length, is beyond the best so far
    // (straight-line ECEF distances, which never exceed geodesic ones).
    std::vector<Vec3> ea(segs.size());
    std::vector<double> len(segs.size());
    for (std::size_t k = 0; k < segs.size(); ++k) {
        ea[k] = ecef(segs[k].first);
        len[k] = Geodesic::wgs84().distance(segs[k].first, segs[k].second);
    }
    double worst = 0;
    for (std::size_t s = 0; s < check && s < n; ++s) {
        const std::size_t i = s * (n / std::max<std::size_t>(1, std::min(check, n)));
        double best = INFINITY;
        const Vec3 q = ecef(pts[i]);
        for (std::size_t k = 0; k < segs.size(); ++k) {
            if (std::sqrt(dist2(q, ea[k])) > best + len[k]) continue;
            best = std::min(best, nearest_on_segment(pts[i], segs[k].first, segs[k].second).distance_m);
        }
        worst = std::max(worst, std::abs(best - out[i].distance_m));
    }
    std::vector<double> d;
    for (const auto& o : out) d.push_back(o.distance_m);
    std::printf("W3: %zu points, %u threads; land read %.3f s, index of %zu segments built in %.3f s; "
                "queries: median %.3f s of 5 runs (%.0f points/s), CPU %.3f s; median distance %.1f km, max %.1f km; "
                "brute-force check of %zu points: worst difference %.3g m\n",
                n, threads, t_read, coast.size(), t_build, bench::median(runs), n / bench::median(runs),
                bench::median(cpu), bench::median(d) / 1000, *std::max_element(d.begin(), d.end()) / 1000,
                std::min(check, n), worst);
    return 0;
}
