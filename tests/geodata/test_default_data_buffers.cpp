// SPDX-License-Identifier: MIT
// Buffers of the shipped data's largest, most northern and most southern features, and of a long
// line along a parallel, proved against independent truth (tests/truth/buffer_truth.hpp: plain
// geodesic inverses over every input edge, not the engine's index or its fitter):
// - the boundary, at about 400 points, lies within the tolerance (0.1%) of the distance, and the
//   buffer's own figures (max_error_m, the range of edge distances) hold what is measured here;
// - on a lon/lat grid over the buffer, every point inside the feature or nearer than the distance
//   less the tolerance is inside the buffer (no hole), and every point farther than the distance
//   plus the tolerance is outside it.
#include <boost/test/unit_test.hpp>

#include "tests/sanitizer/skip_under_sanitizer.hpp"
#include "tests/truth/buffer_truth.hpp"

#include "engine/buffer.hpp"
#include "engine/clip.hpp"
#include "geodata/default_data.hpp"

#include <cmath>
#include <string>

using namespace rangemap;
using namespace rangemap::test;

namespace {

Geometry country(const std::string& name) {
    const geodata::LayerData countries = geodata::read_natural_earth("countries");
    for (const auto& f : countries.features)
        if (f.name == name) return f.geometry;
    throw std::runtime_error("no country " + name + " in the default data");
}

/// The checks of the file comment for `input` buffered by `r` metres; `spots` are classified
/// like the grid's points (places where the construction once went wrong).
void prove(const std::string& what, const Geometry& input, double r, const std::vector<LonLat>& spots = {}) {
    const double tol = r * k_default_buffer_tolerance;
    const Buffer b = buffer(input, Length::metres(r));
    BOOST_TEST_MESSAGE(what << ": max_error_m " << b.max_error_m << ", edge " << b.min_edge_distance_m << ".."
                            << b.max_edge_distance_m << " m; " << b.method);
    BOOST_TEST(b.max_error_m <= tol, what);

    const EdgeCheck c = check_edge(input, b.area, r, 400);
    BOOST_TEST_MESSAGE(what << ": " << c.n << " boundary points " << c.min_d << ".." << c.max_d
                            << " m from the feature by plain inverses, worst error " << c.max_err << " m");
    BOOST_TEST(c.n >= 300u, what);
    BOOST_TEST(c.max_err <= tol, what);
    check_reported(b, c);

    // About 3,000 grid points over the buffer's extent (across ±180 where it reaches both).
    const BruteDistance dist(input);
    const BBox box = bbox_of(b.area);
    const double lat0 = std::max(box.min_lat - 1, -90.0), lat1 = std::min(box.max_lat + 1, 90.0);
    const double lon0 = std::max(box.min_lon - 1, -180.0), lon1 = std::min(box.max_lon + 1, 180.0);
    const double step = std::sqrt((lat1 - lat0) * (lon1 - lon0) / 3000);
    std::size_t near = 0, far = 0, holes = 0, spills = 0;
    std::vector<LonLat> points = spots;
    for (double lat = lat0 + step / 2; lat < lat1; lat += step) {
        for (double lon = lon0 + step / 2; lon < lon1; lon += step) points.push_back({lon, lat});
    }
    for (const LonLat q : points) {
        const bool in = inside(b.area, q);
        const double d = inside(input, q) ? 0.0 : dist(q);
        if (d < r - tol) {
            ++near;
            if (!in) {
                ++holes;
                BOOST_TEST_MESSAGE(what << ": " << q.lon << "," << q.lat << " is " << d << " m away, outside");
            }
        } else if (d > r + tol) {
            ++far;
            if (in) {
                ++spills;
                BOOST_TEST_MESSAGE(what << ": " << q.lon << "," << q.lat << " is " << d << " m away, inside");
            }
        }
    }
    BOOST_TEST_MESSAGE(what << ": grid of " << step << " deg: " << near << " points within, " << far << " beyond");
    BOOST_TEST(near >= 100u, what);
    BOOST_TEST(holes == 0u, what);
    BOOST_TEST(spills == 0u, what);
}

} // namespace

BOOST_AUTO_TEST_SUITE(default_data_buffers, *boost::unit_test::enable_if<test::k_outside_sanitizer>())

BOOST_AUTO_TEST_CASE(russia_50km) { prove("Russia 50 km", country("Russia"), 50e3); }

// Where a hole once opened over Taymyr although its points are inside Russia.
BOOST_AUTO_TEST_CASE(russia_100km) { prove("Russia 100 km", country("Russia"), 100e3); }

BOOST_AUTO_TEST_CASE(china_50km) { prove("China 50 km", country("China"), 50e3); }

// Around the South Pole: the ring closed along the edge of the map. At 50 km it is cut on the
// lon/lat grid like any large polygon (1.6 km off on one projection before).
BOOST_AUTO_TEST_CASE(antarctica_1000km) { prove("Antarctica 1000 km", country("Antarctica"), 1000e3); }
BOOST_AUTO_TEST_CASE(antarctica_50km) { prove("Antarctica 50 km", country("Antarctica"), 50e3); }

// Fjords and channels narrower than twice the distance, and a hole the planar buffer opens
// between islands where every point is in truth within the distance.
BOOST_AUTO_TEST_CASE(greenland_10km) {
    // Between Hall Land and two islets (80.74N 66.5W), where that hole was.
    prove("Greenland 10 km", country("Greenland"), 10e3,
          {{-66.601, 80.7476}, {-66.5116, 80.7398}, {-66.4413, 80.7348}});
}

BOOST_AUTO_TEST_CASE(indonesia_100km) { prove("Indonesia 100 km", country("Indonesia"), 100e3); }

// 10,000 km along 60N, a vertex every half degree: its buffer bends far from any one projection.
BOOST_AUTO_TEST_CASE(line_along_60n_500km) {
    Geometry line;
    line.lines.emplace_back();
    for (int k = 0; k <= 360; ++k) line.lines.back().push_back({0.5 * k, 60.0});
    prove("60N line 500 km", line, 500e3);
}

BOOST_AUTO_TEST_SUITE_END()
