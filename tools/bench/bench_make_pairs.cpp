// SPDX-License-Identifier: MIT
// W2 input: N random lat/lon pairs (uniform on the sphere, fixed seed) as CSV lat1,lon1,lat2,lon2.
// Usage: bench_make_pairs N > pairs.csv
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 1000000;
    std::mt19937_64 rng(20240607);
    std::uniform_real_distribution<double> lon(-180, 180), z(-1, 1);
    std::puts("lat1,lon1,lat2,lon2");
    for (long i = 0; i < n; ++i) {
        const double a = std::asin(z(rng)) * 180 / M_PI, b = lon(rng);
        const double c = std::asin(z(rng)) * 180 / M_PI, d = lon(rng);
        std::printf("%.6f,%.6f,%.6f,%.6f\n", a, b, c, d);
    }
    return 0;
}
