// SPDX-License-Identifier: MIT
// Geodesic inverse/direct and polygon areas against GeographicLib (GeodSolve, Planimeter).
#include <boost/test/unit_test.hpp>

#include "test_data.hpp"

#include "engine/area.hpp"
#include "engine/geodesic.hpp"
#include "engine/vincenty.hpp"
#include "engine/wgs84.hpp"

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

using namespace rangemap;

namespace {

std::vector<std::vector<double>> read_table(const std::string& file) {
    std::ifstream in(test::geodesic_data(file));
    BOOST_REQUIRE_MESSAGE(in, "cannot open " << file);
    std::vector<std::vector<double>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream s(line);
        std::vector<double> row;
        double v = 0;
        while (s >> v) row.push_back(v);
        if (!row.empty()) rows.push_back(row);
    }
    return rows;
}

/// Angle difference in degrees, folded into [0, 180].
double angle_diff(double a, double b) { return std::abs(std::remainder(a - b, 360.0)); }

} // namespace

BOOST_AUTO_TEST_SUITE(geodesic)

BOOST_AUTO_TEST_CASE(inverse_matches_geodsolve) {
    const auto rows = read_table("inverse_reference.txt");
    BOOST_TEST(rows.size() >= 20u);
    for (const auto& r : rows) {
        BOOST_REQUIRE_EQUAL(r.size(), 7u);
        const Inverse inv = Geodesic::wgs84().inverse({r[1], r[0]}, {r[3], r[2]});
        BOOST_TEST_CONTEXT(r[0] << " " << r[1] << " -> " << r[2] << " " << r[3]) {
            BOOST_TEST(std::abs(inv.distance_m - r[6]) < 1e-3);
            BOOST_TEST(std::abs(Geodesic::wgs84().distance({r[1], r[0]}, {r[3], r[2]}) - r[6]) < 1e-3);
            // At a pole the azimuth depends on the longitude convention; compare elsewhere.
            if (std::abs(r[0]) != 90 && std::abs(r[2]) != 90) {
                BOOST_TEST(angle_diff(inv.azi1_deg, r[4]) < 1e-6);
                BOOST_TEST(angle_diff(inv.azi2_deg, r[5]) < 1e-6);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(fast_inverse_matches_geodsolve) {
    for (const auto& r : read_table("inverse_reference.txt")) {
        const Inverse inv = Geodesic::wgs84().fast_inverse({r[1], r[0]}, {r[3], r[2]});
        BOOST_TEST_CONTEXT(r[0] << " " << r[1] << " -> " << r[2] << " " << r[3]) {
            BOOST_TEST(std::abs(inv.distance_m - r[6]) < 1e-3);
            if (std::abs(r[0]) != 90 && std::abs(r[2]) != 90) {
                BOOST_TEST(angle_diff(inv.azi1_deg, r[4]) < 1e-6);
                BOOST_TEST(angle_diff(inv.azi2_deg, r[5]) < 1e-6);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(fast_inverse_within_a_tenth_of_a_millimetre_of_karney) {
    // Families of pairs where Vincenty's iteration is weakest: nearly antipodal, on the
    // equator, at and near the poles, along meridians, close together; and uniform ones.
    std::mt19937_64 rng(20261207);
    std::uniform_real_distribution<double> u(-1, 1), lon(-180, 180);
    const auto lat = [&] { return std::asin(u(rng)) * 180 / M_PI; };
    const Geodesic& g = Geodesic::wgs84();
    const char* families[] = {"uniform", "antipodal", "equator", "pole", "meridian", "close"};
    for (const char* family : families) {
        const std::string f = family;
        double worst_m = 0, worst_deg = 0;
        int fast = 0;
        const int n = 20000;
        for (int i = 0; i < n; ++i) {
            LonLat a{lon(rng), lat()}, b{lon(rng), lat()};
            if (f == "antipodal")
                b = {std::remainder(a.lon + 180 + u(rng), 360.0), std::clamp(-a.lat + u(rng), -90.0, 90.0)};
            if (f == "equator") a.lat = 1e-3 * u(rng), b.lat = 1e-3 * u(rng);
            if (f == "pole") a.lat = i % 2 ? 90.0 : 90 - 1e-3 * std::abs(u(rng));
            if (f == "meridian") b.lon = i % 3 ? a.lon : std::remainder(a.lon + 180, 360.0);
            if (f == "close") {
                const double step = std::pow(10.0, -1 - 3 * std::abs(u(rng))); // 0.1° to 1e-4°
                b = {a.lon + step * u(rng), std::clamp(a.lat + step * u(rng), -90.0, 90.0)};
            }
            if (vincenty_inverse(a, b, wgs84::k_a, wgs84::k_f)) ++fast;
            const Inverse k = g.inverse(a, b), v = g.fast_inverse(a, b);
            worst_m = std::max(worst_m, std::abs(k.distance_m - v.distance_m));
            // At a pole the azimuths follow the longitude convention either way.
            if (std::abs(a.lat) != 90) {
                worst_deg =
                    std::max({worst_deg, angle_diff(k.azi1_deg, v.azi1_deg), angle_diff(k.azi2_deg, v.azi2_deg)});
            }
        }
        BOOST_TEST_MESSAGE(f << ": " << fast << " of " << n << " by Vincenty; worst " << worst_m << " m, " << worst_deg
                             << " deg");
        BOOST_TEST_CONTEXT(f) {
            BOOST_TEST(worst_m < 1e-4);
            BOOST_TEST(worst_deg < 1e-7);
        }
        if (f == "uniform") BOOST_TEST(fast > n * 95 / 100); // the fast path is the common one
    }
    // Where the iteration fails, Karney's answers: antipodal points on the equator.
    BOOST_TEST(!vincenty_inverse({0, 0}, {180, 0}, wgs84::k_a, wgs84::k_f));
    BOOST_TEST(std::abs(g.fast_inverse({0, 0}, {180, 0}).distance_m - g.half_meridian()) < 1e-6);
    BOOST_TEST(!vincenty_inverse({0, 0}, {std::nan(""), 0}, wgs84::k_a, wgs84::k_f));
}

BOOST_AUTO_TEST_CASE(direct_matches_geodsolve) {
    for (const auto& r : read_table("direct_reference.txt")) {
        BOOST_REQUIRE_EQUAL(r.size(), 7u);
        const Direct d = Geodesic::wgs84().direct({r[1], r[0]}, r[2], r[3]);
        BOOST_TEST_CONTEXT(r[0] << " " << r[1] << " az " << r[2] << " s " << r[3]) {
            BOOST_TEST(std::abs(d.point.lat - r[4]) < 1e-8); // ~1 mm
            BOOST_TEST(angle_diff(d.point.lon, r[5]) * std::cos(r[4] * M_PI / 180) < 1e-8);
            BOOST_TEST(angle_diff(d.azi2_deg, r[6]) < 1e-6);
        }
    }
}

BOOST_AUTO_TEST_CASE(half_meridian_bounds_every_distance) {
    const Geodesic& g = Geodesic::wgs84();
    BOOST_TEST(std::abs(g.half_meridian() - 20003931.4586) < 1e-3);
    BOOST_TEST(g.distance({0, 0}, {180, 0}) <= g.half_meridian() + 1e-6);
}

BOOST_AUTO_TEST_CASE(areas_match_planimeter) {
    std::ifstream in(test::geodesic_data("planimeter_reference.txt"));
    BOOST_REQUIRE(in);
    std::string file;
    double n = 0, perimeter = 0, area = 0;
    int checked = 0;
    while (in >> file >> n >> perimeter >> area) {
        Polygon p;
        for (const auto& r : read_table(file)) p.outer.push_back({r[1], r[0]});
        p.outer.push_back(p.outer.front());
        const double got = area_m2(Geometry{{}, {}, {p}});
        BOOST_TEST_CONTEXT(file) {
            BOOST_TEST(std::abs(got - std::abs(area)) <= 1e-4 * std::abs(area)); // 0.01%
            BOOST_TEST(std::abs(Geodesic::wgs84().ring_perimeter(p.outer) - perimeter) < 1e-3);
        }
        ++checked;
    }
    BOOST_TEST(checked >= 5);
}

BOOST_AUTO_TEST_CASE(area_subtracts_holes_and_sums_parts) {
    const Polygon square{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, {}};
    const double one = area_m2(Geometry{{}, {}, {square}});
    BOOST_TEST(std::abs(one - 12308778361.5) < 1.0); // Planimeter, polygon_square_1deg.txt
    Polygon holed = square;
    holed.holes.push_back({{0.25, 0.25}, {0.25, 0.75}, {0.75, 0.75}, {0.75, 0.25}, {0.25, 0.25}});
    const double hole = area_m2(Geometry{{}, {}, {Polygon{holed.holes[0], {}}}});
    BOOST_TEST(std::abs(area_m2(Geometry{{}, {}, {holed}}) - (one - hole)) < 1e-3);
    BOOST_TEST(std::abs(area_m2(Geometry{{}, {}, {square, square}}) - 2 * one) < 1e-3);
    BOOST_TEST(area_m2(Geometry{{{0, 0}}, {}, {}}) == 0.0);
}

BOOST_AUTO_TEST_CASE(japan_area_matches_planimeter_part_by_part) {
    // Every part of Japan in the shipped default data against Planimeter on the same vertices
    // (japan_parts.txt, exported from the GeoPackage by make_reference.sh), each within 0.01%.
    const Geometry japan = test::read_named_polygons(test::geodesic_data("taiwan_japan.geojson")).at("Japan");
    const auto table = read_table("japan_parts_planimeter.txt"); // n, perimeter (m), signed area (m²)
    std::ifstream in(test::geodesic_data("japan_parts.txt"));
    BOOST_REQUIRE(in);
    std::vector<LinearRing> exported(1);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream s(line);
        double lat = 0, lon = 0;
        if (s >> lat >> lon)
            exported.back().push_back({lon, lat});
        else
            exported.emplace_back(); // a blank line starts the next part
    }
    BOOST_REQUIRE_EQUAL(japan.polygons.size(), table.size());
    BOOST_REQUIRE_EQUAL(exported.size(), table.size());
    double sum = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Polygon& part = japan.polygons[i];
        BOOST_TEST_CONTEXT("part " << i) {
            BOOST_REQUIRE(part.holes.empty());
            // The engine's input is the exported part: same vertices (the closing one repeated).
            BOOST_REQUIRE_EQUAL(part.outer.size(), exported[i].size() + 1);
            BOOST_REQUIRE_EQUAL(static_cast<double>(exported[i].size()), table[i][0]);
            for (std::size_t k = 0; k < exported[i].size(); ++k) {
                BOOST_TEST(std::abs(part.outer[k].lon - exported[i][k].lon) < 1e-9);
                BOOST_TEST(std::abs(part.outer[k].lat - exported[i][k].lat) < 1e-9);
            }
            const double expected = std::abs(table[i][2]);
            const double got = area_m2(Geometry{{}, {}, {part}});
            BOOST_TEST(std::abs(got - expected) <= 1e-4 * expected, got << " m² vs Planimeter " << expected << " m²");
            BOOST_TEST(std::abs(Geodesic::wgs84().ring_perimeter(part.outer) - table[i][1]) < 1e-3);
            sum += expected;
        }
    }
    const double all = area_m2(japan);
    BOOST_TEST_MESSAGE("Japan " << all / 1e6 << " km², Planimeter sum " << sum / 1e6 << " km²");
    BOOST_TEST(std::abs(all - sum) <= 1e-4 * sum);
}

BOOST_AUTO_TEST_SUITE_END()
