// SPDX-License-Identifier: MIT
// The nearest site of each point against a scan of every site with geodesic.h.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/nearest_site.hpp"

#include <cmath>
#include <limits>
#include <random>

using namespace rangemap;

namespace {

std::vector<LonLat> random_points(std::size_t n, unsigned seed, double lat_max = 90) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> lon(-180, 180),
        z(-std::sin(lat_max * M_PI / 180), std::sin(lat_max * M_PI / 180));
    std::vector<LonLat> v(n);
    for (auto& p : v) p = {lon(rng), std::asin(z(rng)) * 180 / M_PI};
    return v;
}

} // namespace

BOOST_AUTO_TEST_SUITE(nearest_site)

BOOST_AUTO_TEST_CASE(nearest_matches_a_scan_of_every_site) {
    const auto sites = random_points(300, 1);
    auto points = random_points(5000, 2);
    points.push_back({180, 90});                      // a pole
    points.push_back({-180, -90});                    // the other
    points.push_back(sites[17]);                      // on a site
    points.push_back({-sites[3].lon, -sites[3].lat}); // near its antipode
    const NearestSiteIndex index(sites);
    const auto found = nearest_sites(index, points, 2);
    const Geodesic& g = Geodesic::wgs84();
    for (std::size_t i = 0; i < points.size(); ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (const auto& s : sites) best = std::min(best, g.distance(points[i], s));
        BOOST_TEST_REQUIRE(found[i].site != NearestSite::k_none);
        BOOST_TEST(std::abs(found[i].distance_m - best) < 1e-6);
        BOOST_TEST(std::abs(g.distance(points[i], sites[found[i].site]) - best) < 1e-6);
        BOOST_TEST((found[i].azimuth_deg >= 0 && found[i].azimuth_deg < 360));
    }
    BOOST_TEST(found[points.size() - 2].distance_m == 0.0);
}

BOOST_AUTO_TEST_CASE(invalid_points_get_no_site_and_invalid_sites_are_refused) {
    const NearestSiteIndex index({{127.7675, 26.3556}});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto found = nearest_sites(index, std::vector<LonLat>{{nan, 0}, {0, 91}, {0, 0}});
    BOOST_TEST(found[0].site == NearestSite::k_none);
    BOOST_TEST(std::isnan(found[0].distance_m));
    BOOST_TEST(found[1].site == NearestSite::k_none);
    BOOST_TEST(found[2].site == 0u);
    BOOST_TEST(NearestSiteIndex({}).nearest({0, 0}).site == NearestSite::k_none);
    BOOST_CHECK_THROW(NearestSiteIndex({{0, 95}}), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
