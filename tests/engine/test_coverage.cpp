// SPDX-License-Identifier: MIT
// Coverage, distance matrices and sweeps against brute force and GeographicLib (GeodSolve,
// Planimeter, run here on the same points).
#include <boost/test/unit_test.hpp>

#include "test_data.hpp"

#include "engine/coverage.hpp"
#include "engine/geodesic.hpp"
#include "engine/place_distance.hpp"
#include "engine/ring.hpp"
#include "engine/within_features.hpp"

#include <cmath>
#include <cstdio>
#include <fmt/format.h>
#include <random>
#include <string>

using namespace rangemap;

namespace {

/// Runs a GeographicLib tool on `input` and returns what it printed.
std::string run_tool(const std::string& command, const std::string& input) {
    const std::string in = "/tmp/rangemap_cov_" + std::to_string(::getpid());
    {
        std::FILE* f = std::fopen(in.c_str(), "w");
        BOOST_REQUIRE(f);
        std::fputs(input.c_str(), f);
        std::fclose(f);
    }
    std::FILE* p = ::popen((command + " < " + in).c_str(), "r");
    BOOST_REQUIRE_MESSAGE(p, "cannot run " << command);
    std::string out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    BOOST_REQUIRE_MESSAGE(::pclose(p) == 0, command << " failed (is geographiclib-tools installed?)");
    std::remove(in.c_str());
    return out;
}

Geometry point(double lat, double lon) { return Geometry{{{lon, lat}}, {}, {}}; }

/// Planimeter's area of a ring, m² (absolute).
double planimeter_m2(const LinearRing& ring) {
    std::string input;
    for (const auto& p : ring) input += fmt::format("{:.12f} {:.12f}\n", p.lat, p.lon);
    double n = 0, perimeter = 0, area = 0;
    BOOST_REQUIRE(std::sscanf(run_tool("Planimeter -p 6", input).c_str(), "%lf %lf %lf", &n, &perimeter, &area) == 3);
    return std::abs(area);
}

} // namespace

BOOST_AUTO_TEST_SUITE(coverage)

BOOST_AUTO_TEST_CASE(the_distance_matrix_equals_geodsolve_pair_by_pair) {
    const std::vector<Geometry> sites = {point(26.3556, 127.7675), point(24.4667, 123.0), point(33.1806, 129.7142)};
    const std::vector<Geometry> targets = {point(25.0330, 121.5654), point(14.5995, 120.9842), point(13.58, 144.93),
                                           point(37.5665, 126.9780)};
    const DistanceMatrix m = distance_matrix(sites, targets);
    std::string input;
    for (const auto& s : sites) {
        for (const auto& t : targets) {
            input += fmt::format("{} {} {} {}\n", s.points[0].lat, s.points[0].lon, t.points[0].lat, t.points[0].lon);
        }
    }
    std::istringstream out(run_tool("GeodSolve -i -p 9", input));
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (std::size_t t = 0; t < targets.size(); ++t) {
            double azi1 = 0, azi2 = 0, s12 = 0;
            BOOST_TEST_REQUIRE(static_cast<bool>(out >> azi1 >> azi2 >> s12));
            BOOST_TEST(std::abs(m.at(s, t) - s12) < 1e-3, s << "," << t << ": " << m.at(s, t) << " vs " << s12);
        }
    }
}

BOOST_AUTO_TEST_CASE(target_coverage_counts_as_brute_force_does) {
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> lat(10, 45), lon(110, 150);
    std::vector<Geometry> sites, targets;
    for (int i = 0; i < 7; ++i) sites.push_back(point(lat(rng), lon(rng)));
    for (int i = 0; i < 60; ++i) targets.push_back(point(lat(rng), lon(rng)));
    const std::vector<Length> radii = {Length::km(300), Length::km(1000), Length::km(2500)};
    const DistanceMatrix m = distance_matrix(sites, targets);
    const auto cov = target_coverage(m, radii);
    const Geodesic& g = Geodesic::wgs84();
    for (std::size_t t = 0; t < targets.size(); ++t) {
        double best = 1e99;
        std::size_t best_s = 0;
        std::vector<std::size_t> n(radii.size());
        for (std::size_t s = 0; s < sites.size(); ++s) {
            const double d = g.distance(sites[s].points[0], targets[t].points[0]);
            if (d < best) best = d, best_s = s;
            for (std::size_t r = 0; r < radii.size(); ++r) n[r] += d <= radii[r].metres();
        }
        BOOST_TEST(cov[t].nearest_site == best_s);
        BOOST_TEST(std::abs(cov[t].nearest_m - best) < 1e-6);
        BOOST_TEST(cov[t].sites_within == n, "target " << t);
    }
    // The sweep's step at each radius agrees with the counts above.
    const auto steps = sweep_radius(m, {}, radii, {});
    for (std::size_t r = 0; r < radii.size(); ++r) {
        std::size_t covered = 0, most = 0;
        for (const auto& c : cov) {
            covered += c.sites_within[r] > 0;
            most = std::max(most, c.sites_within[r]);
        }
        BOOST_TEST(steps[r].targets_covered == covered);
        BOOST_TEST(steps[r].most_sites_on_target == most);
        BOOST_TEST(steps[r].covered_m2.empty());
    }
}

BOOST_AUTO_TEST_CASE(land_covered_is_the_country_when_the_ring_holds_it_and_the_disc_when_it_holds_the_ring) {
    // A 300 km ring inside a square of 20 degrees (a stand-in country): covered = the disc,
    // whose area Planimeter measures on the ring's own vertices.
    Geometry square;
    square.polygons.push_back(Polygon{{{95, 25}, {115, 25}, {115, 45}, {95, 45}, {95, 25}}, {}});
    // Densified edges keep the lon/lat overlay faithful to the geodesic square.
    Geometry dense;
    dense.polygons.push_back({});
    for (int side = 0; side < 4; ++side) {
        const LonLat a = square.polygons[0].outer[side], b = square.polygons[0].outer[side + 1];
        for (int k = 0; k < 200; ++k) {
            dense.polygons[0].outer.push_back(
                {a.lon + (b.lon - a.lon) * k / 200.0, a.lat + (b.lat - a.lat) * k / 200.0});
        }
    }
    dense.polygons[0].outer.push_back(dense.polygons[0].outer.front());
    const LonLat centre{105, 35};
    const auto covered = covered_land_m2({centre}, Length::km(300), {&dense});
    const RangeRing ring = range_ring(centre, Length::km(300));
    const double disc = planimeter_m2(ring.area.polygons.at(0).outer);
    BOOST_TEST(std::abs(covered.at(0) - disc) / disc < 1e-4, covered[0] << " vs Planimeter " << disc);

    // A ring that holds the whole square: covered = the square, as Planimeter has it.
    const auto all = covered_land_m2({centre}, Length::km(3000), {&dense});
    const double whole = planimeter_m2(dense.polygons[0].outer);
    BOOST_TEST(std::abs(all.at(0) - whole) / whole < 1e-4, all[0] << " vs Planimeter " << whole);

    // Two sites whose rings overlap count the overlap once: less than two discs.
    const auto two = covered_land_m2({centre, {107, 35}}, Length::km(300), {&dense});
    BOOST_TEST(two.at(0) > disc * 1.2);
    BOOST_TEST(two.at(0) < disc * 2 * 0.95);
}

BOOST_AUTO_TEST_CASE(features_within_equals_a_brute_force_scan) {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> lat(0, 50), lon(100, 160);
    std::vector<Feature> features;
    for (int i = 0; i < 3000; ++i)
        features.push_back(Feature{"p" + std::to_string(i), "pts", {}, point(lat(rng), lon(rng))});
    features.push_back(Feature{"empty", "pts", {}, {}}); // no geometry: never within
    Feature multi{"multi", "pts", {}, {}};
    multi.geometry.points = {{170, 60}, {127.9, 26.4}}; // counts by its nearer point
    features.push_back(multi);
    std::vector<const Feature*> candidates;
    for (const auto& f : features) candidates.push_back(&f);
    const LonLat centre{127.7675, 26.3556};
    const double radius = 1e6;
    const auto hits = features_within(point(centre.lat, centre.lon), radius, candidates);

    const Geodesic& g = Geodesic::wgs84();
    std::vector<std::pair<double, std::size_t>> want;
    for (std::size_t i = 0; i < features.size(); ++i) {
        double best = 1e99;
        for (const auto& p : features[i].geometry.points) best = std::min(best, g.distance(centre, p));
        if (best <= radius) want.emplace_back(best, i);
    }
    std::sort(want.begin(), want.end());
    BOOST_TEST_REQUIRE(hits.size() == want.size());
    BOOST_TEST(want.size() > 100u);
    for (std::size_t k = 0; k < hits.size(); ++k) {
        BOOST_TEST(hits[k].candidate == want[k].second);
        BOOST_TEST(std::abs(hits[k].distance_m - want[k].first) < 1e-6);
    }
    BOOST_TEST(features[hits.front().candidate].name == "multi");
}

BOOST_AUTO_TEST_CASE(polygon_candidates_are_measured_by_their_minimum_distance) {
    Feature square{"square", "areas", {}, {}};
    square.geometry.polygons.push_back(Polygon{{{130, 30}, {131, 30}, {131, 31}, {130, 31}, {130, 30}}, {}});
    const std::vector<const Feature*> candidates{&square};
    const Geometry centre = point(30.5, 128.0); // 2 degrees of longitude west of the square's west edge
    const auto hits = features_within(centre, 300e3, candidates);
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    const PlaceDistance d = distance_between(centre, square.geometry);
    BOOST_TEST(hits[0].distance_m == d.distance_m);
    BOOST_TEST(std::abs(hits[0].distance_m - Geodesic::wgs84().distance({128, 30.5}, {130, 30.5})) < 1000.0);
    BOOST_TEST(features_within(centre, 150e3, candidates).empty());
}

BOOST_AUTO_TEST_SUITE_END()
