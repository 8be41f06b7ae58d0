// SPDX-License-Identifier: MIT
// W4: the 1,000 km geodesic buffer of all Japanese territory (Natural Earth 10m, layer
// countries, feature "Japan"), with its area and the error of its edge against exact geodesic
// distances as the engine measured it.
// Usage: bench_buffer [RADIUS_KM=1000] [RUNS=9] [NAME=Japan]
#include "bench_common.hpp"

#include "engine/area.hpp"
#include "engine/buffer.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace rangemap;

int main(int argc, char** argv) {
    const double km = argc > 1 ? std::atof(argv[1]) : 1000.0;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 9;
    const std::string name = argc > 3 ? argv[3] : "Japan";

    double t = bench::now_s();
    const auto countries = geodata::read_layer(geodata::natural_earth_path(), "countries");
    const double t_read = bench::now_s() - t;
    const Feature* f = nullptr;
    for (const auto& c : countries.features) {
        if (c.name == name) f = &c;
    }
    if (!f) {
        std::fprintf(stderr, "no country named %s\n", name.c_str());
        return 1;
    }

    std::vector<double> times;
    Buffer b;
    for (int i = 0; i < runs; ++i) {
        t = bench::now_s();
        b = buffer(f->geometry, Length::km(km));
        times.push_back(bench::now_s() - t);
    }
    std::size_t vertices = 0;
    for (const auto& p : b.area.polygons) vertices += p.outer.size();
    std::printf("W4: %g km buffer of %s (%zu parts, %zu vertices; countries read in %.3f s): median %.4f s of %d "
                "runs (min %.4f, max %.4f); %zu polygon(s), %zu vertices; area %.0f km2; edge %.3f..%.3f km, "
                "max error %.1f m\n  method: %s\n",
                km, name.c_str(), f->geometry.polygons.size(), f->geometry.vertex_count(), t_read, bench::median(times),
                runs, *std::min_element(times.begin(), times.end()), *std::max_element(times.begin(), times.end()),
                b.area.polygons.size(), vertices, area_m2(b.area) / 1e6, b.min_edge_distance_m / 1000,
                b.max_edge_distance_m / 1000, b.max_error_m, b.method.c_str());
    return 0;
}
