// SPDX-License-Identifier: MIT
// CRS transforms say when a point cannot be projected instead of returning infinities.
#include <boost/test/unit_test.hpp>

#include "engine/crs.hpp"
#include "engine/error.hpp"

#include <cmath>
#include <vector>

using namespace rangemap;

BOOST_AUTO_TEST_SUITE(crs)

// An orthographic view of the hemisphere around 0°,0°: the far side is beyond its horizon.
constexpr const char* k_ortho = "+proj=ortho +lat_0=0 +lon_0=0 +datum=WGS84 +units=m +no_defs";

BOOST_AUTO_TEST_CASE(a_point_beyond_the_horizon_is_reported_not_infinite) {
    const Transform t(k_ortho);
    BOOST_TEST(!t.try_forward({180.0, 0.0}).has_value());
    BOOST_TEST(!t.try_forward({-150.0, 20.0}).has_value());
    const auto near = t.try_forward({10.0, 10.0});
    BOOST_REQUIRE(near.has_value());
    BOOST_TEST(std::isfinite(near->x));
    BOOST_TEST(std::isfinite(near->y));
    // A failed point leaves no trace on the next one.
    BOOST_TEST(t.try_forward({0.0, 0.0}).has_value());
}

BOOST_AUTO_TEST_CASE(inverse_outside_the_domain_is_reported) {
    const Transform t(k_ortho);
    BOOST_TEST(!t.try_inverse({1e8, 1e8}).has_value());
    const auto back = t.try_inverse(t.try_forward({12.5, -7.25}).value());
    BOOST_REQUIRE(back.has_value());
    BOOST_TEST(std::abs(back->lon - 12.5) < 1e-9);
    BOOST_TEST(std::abs(back->lat + 7.25) < 1e-9);
}

BOOST_AUTO_TEST_CASE(bulk_forward_counts_the_points_that_failed) {
    const Transform t(k_ortho);
    std::vector<double> x{10.0, 180.0, -20.0, 170.0}, y{0.0, 0.0, 5.0, -10.0};
    BOOST_TEST(t.try_forward(x, y) == 2u);
    BOOST_TEST(std::isfinite(x[0]));
    BOOST_TEST(std::isnan(x[1]));
    BOOST_TEST(std::isnan(y[1]));
    BOOST_TEST(std::isfinite(x[2]));
    BOOST_TEST(std::isnan(x[3]));
    // The good points match the single-point path.
    BOOST_TEST(x[0] == t.try_forward({10.0, 0.0})->x);
}

BOOST_AUTO_TEST_CASE(an_unknown_crs_is_a_usage_error) {
    BOOST_CHECK_THROW(Transform("EPSG:999999"), usage_error);
    BOOST_CHECK_THROW(Transform("+proj=nonsense"), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
