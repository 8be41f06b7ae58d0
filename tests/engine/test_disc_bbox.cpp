// SPDX-License-Identifier: MIT
// The lon/lat box of a geodesic disc against points on the disc's exact boundary (geodesic
// Direct): every one must lie in it, and the box must not be much larger than they are.
#include <boost/test/unit_test.hpp>

#include "engine/disc_bbox.hpp"
#include "engine/geodesic.hpp"

#include <algorithm>
#include <cmath>

using namespace rangemap;

BOOST_AUTO_TEST_SUITE(disc_bbox_suite)

BOOST_AUTO_TEST_CASE(holds_every_boundary_point) {
    const Geodesic& g = Geodesic::wgs84();
    const double lats[] = {0, 10, 26.3556, -33, 45, 60, -70, 80, 85, 89, -89.9, 90, -90};
    const double lons[] = {127.7675, 179.95, -179.5, 0, -60};
    const double radii[] = {1, 1e3, 1e5, 5e5, 1e6, 2e6, 5e6, 9e6, 1.5e7, 2e7};
    std::size_t checked = 0;
    for (const double lat : lats) {
        for (const double lon : lons) {
            for (const double r : radii) {
                const LonLat c{lon, lat};
                const BBox box = disc_bbox(c, r);
                double lo_lat = 90, hi_lat = -90;
                for (int k = 0; k < 1440; ++k) {
                    const double az = -180.0 + k * 0.25;
                    for (const double f : {1.0, 0.5}) {
                        const LonLat p = g.direct(c, az, r * f).point;
                        const LonLat q{std::remainder(p.lon, 360.0), p.lat};
                        lo_lat = std::min(lo_lat, q.lat);
                        hi_lat = std::max(hi_lat, q.lat);
                        ++checked;
                        if (!in_wrapped_box(q, box)) {
                            BOOST_ERROR("centre " << lat << "," << lon << " r " << r << " az " << az << ": " << q.lat
                                                  << "," << q.lon << " outside " << box.min_lat << ".." << box.max_lat
                                                  << ", " << box.min_lon << ".." << box.max_lon);
                            return;
                        }
                    }
                }
                // Not much larger than the disc: the latitude ends are the meridian's, exactly.
                if (box.max_lat < 90) BOOST_TEST(box.max_lat - hi_lat < 1e-5);
                if (box.min_lat > -90) BOOST_TEST(lo_lat - box.min_lat < 1e-5);
            }
        }
    }
    BOOST_TEST(checked > 1000000u);
}

BOOST_AUTO_TEST_CASE(shape_of_the_box) {
    const Geodesic& g = Geodesic::wgs84();
    // Kadena, 1,000 km: a box about the centre, its longitude half-width within 3 % of the
    // widest boundary point's.
    const LonLat kadena{127.7675, 26.3556};
    const BBox b = disc_bbox(kadena, 1e6);
    double widest = 0;
    for (int k = 0; k < 36000; ++k) {
        widest = std::max(widest, std::abs(g.direct(kadena, k * 0.01, 1e6).point.lon - kadena.lon));
    }
    BOOST_TEST(b.max_lon - kadena.lon >= widest);
    BOOST_TEST(b.max_lon - kadena.lon <= widest * 1.03);
    BOOST_TEST(kadena.lon - b.min_lon >= widest);
    BOOST_TEST(kadena.lon - b.min_lon <= widest * 1.03);
    // Across the antimeridian: the box runs past 180 (two rectangles for a reader).
    const BBox fiji = disc_bbox({179.5, -17}, 5e5);
    BOOST_TEST(fiji.max_lon > 180);
    BOOST_TEST(in_wrapped_box({-179.0, -17}, fiji));
    BOOST_TEST(!in_wrapped_box({170.0, -17}, fiji));
    // Holding a pole: a polar cap, every longitude.
    const BBox cap = disc_bbox({10, 85}, 1e6);
    BOOST_TEST(cap.max_lat == 90);
    BOOST_TEST(cap.min_lon == -180);
    BOOST_TEST(cap.max_lon == 180);
    BOOST_TEST(cap.min_lat < 85 - 8.9);
    BOOST_TEST(cap.min_lat > 85 - 9.1);
    // Short of the pole: the box stops short of 90 in latitude.
    const BBox near = disc_bbox({10, 85}, 5e5);
    BOOST_TEST(near.max_lat < 90);
    BOOST_TEST(near.max_lat > 89.4);
}

BOOST_AUTO_TEST_SUITE_END()
