// SPDX-License-Identifier: MIT
// Bulk distances against GeographicLib's GeodSolve (tests/data/geodesic/inverse_reference.txt)
// and the standard library's decimal conversions.
#include <boost/test/unit_test.hpp>

#include "test_data.hpp"

#include "engine/azimuth.hpp"
#include "engine/batch_distance.hpp"
#include "engine/error.hpp"
#include "engine/fast_decimal.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <fstream>
#include <random>
#include <sstream>

using namespace rangemap;

namespace {

struct Reference {
    double lat1, lon1, lat2, lon2, azi1, azi2, s12;
};

std::vector<Reference> references() {
    std::ifstream in(test::geodesic_data("inverse_reference.txt"));
    std::vector<Reference> out;
    Reference r{};
    while (in >> r.lat1 >> r.lon1 >> r.lat2 >> r.lon2 >> r.azi1 >> r.azi2 >> r.s12) out.push_back(r);
    return out;
}

std::string joined(const BatchDistances& b) {
    std::string s;
    for (const auto& p : b.pieces) s += p;
    return s;
}

double angle_diff(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

std::string usage_message(const std::string& csv) {
    try {
        (void)batch_distances(csv, "in.csv");
    } catch (const usage_error& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

BOOST_AUTO_TEST_SUITE(batch_distance)

BOOST_AUTO_TEST_CASE(rows_equal_geodsolve_in_input_order_with_any_thread_count) {
    const auto refs = references();
    BOOST_TEST_REQUIRE(refs.size() >= 20u);
    // Repeated so the input exceeds 1 MiB and is split across workers.
    std::string csv = "\xEF\xBB\xBFlon1, Lat1 ,extra,lat2,lon2\r\n";
    const std::size_t copies = 4000;
    for (std::size_t k = 0; k < copies; ++k) {
        for (const auto& r : refs) csv += fmt::format("{},{},x,{},{}\r\n", r.lon1, r.lat1, r.lat2, r.lon2);
    }
    BOOST_TEST_REQUIRE(csv.size() > (2u << 20));
    for (const unsigned threads : {1u, 2u, 3u}) {
        const BatchDistances b = batch_distances(csv, "pairs.csv", threads);
        BOOST_TEST(b.rows == refs.size() * copies);
        std::istringstream out(joined(b));
        std::string line;
        std::size_t i = 0;
        double worst_m = 0, worst_deg = 0;
        while (std::getline(out, line)) {
            const Reference& r = refs[i++ % refs.size()];
            double s = 0, a1 = 0, a2 = 0;
            BOOST_TEST_REQUIRE(std::sscanf(line.c_str(), "%lf,%lf,%lf", &s, &a1, &a2) == 3, line);
            worst_m = std::max(worst_m, std::abs(s - r.s12));
            worst_deg = std::max({worst_deg, angle_diff(a1, r.azi1), angle_diff(a2, r.azi2)});
            BOOST_TEST(a1 >= 0.0);
            BOOST_TEST(a1 < 360.0);
        }
        BOOST_TEST(i == refs.size() * copies);
        BOOST_TEST(worst_m < 1e-3, "worst distance error " << worst_m << " m");
        BOOST_TEST(worst_deg < 1e-6, "worst azimuth error " << worst_deg << " deg");
    }
}

BOOST_AUTO_TEST_CASE(bad_rows_name_their_line) {
    const std::string head = "lat1,lon1,lat2,lon2\n";
    BOOST_TEST(usage_message(head + "1,2,3,4\n1,2,x,4\n") == "in.csv line 3: lat2 'x' is not a number");
    BOOST_TEST(usage_message(head + "91,2,3,4\n") == "in.csv line 2: lat1 91 is outside [-90, 90]");
    BOOST_TEST(usage_message(head + "1,2,3,-180.5\n") == "in.csv line 2: lon2 -180.5 is outside [-180, 180]");
    BOOST_TEST(usage_message(head + "1,2,3,inf\n") == "in.csv line 2: lon2 'inf' is not finite");
    BOOST_TEST(usage_message(head + "1e-400,2,3,4\n") == "in.csv line 2: lat1 '1e-400' is too small to represent");
    BOOST_TEST(usage_message(head + "1,2,3,1e400\n") == "in.csv line 2: lon2 '1e400' is out of range");
    BOOST_TEST(usage_message(head + "1,2,3\n") == "in.csv line 2: has 3 fields, the header has 4");
    BOOST_TEST(usage_message(head + "1,2,3,4\n\n1,2,3,4\n") ==
               "in.csv line 3: empty row (expected lat1,lon1,lat2,lon2 values)");
    BOOST_TEST(usage_message("lat1,lon1,lat2\n") ==
               "in.csv line 1: the header must name the columns lat1, lon1, lat2, lon2 (got 'lat1,lon1,lat2')");
    BOOST_TEST(usage_message("lat1,lat1,lon1,lat2,lon2\n") == "in.csv line 1: column 'lat1' appears twice");
    BOOST_TEST(usage_message("") == "in.csv line 1: empty; expected the header lat1,lon1,lat2,lon2");
}

BOOST_AUTO_TEST_CASE(a_header_alone_gives_no_rows_and_the_last_newline_is_optional) {
    BOOST_TEST(batch_distances("lat1,lon1,lat2,lon2\n", "x").rows == 0u);
    BOOST_TEST(batch_distances("lat1,lon1,lat2,lon2", "x").rows == 0u);
    const auto b = batch_distances("lat1,lon1,lat2,lon2\n0,0,0,1", "x");
    BOOST_TEST(b.rows == 1u);
    // GeodSolve -i: 0 0 0 1 -> 90 90 111319.490793274 (one degree along the equator).
    BOOST_TEST(joined(b) == "111319.4908,90.000000000,90.000000000\n");
}

BOOST_AUTO_TEST_CASE(decimals_parse_as_from_chars_does) {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-180, 180);
    char buf[64];
    for (int i = 0; i < 200000; ++i) {
        const double x = u(rng);
        const int decimals = i % 16;
        const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, decimals);
        const std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
        double want = 0, got = 0;
        std::from_chars(text.data(), text.data() + text.size(), want);
        BOOST_TEST_REQUIRE(parse_decimal(text, got), text);
        BOOST_TEST_REQUIRE(got == want, text);
    }
    double x = 0;
    for (const char* bad : {"", "+", "-", ".", "1.2.3", "1,2", "abc", " 1", "1e"})
        BOOST_TEST(!parse_decimal(bad, x), bad);
    BOOST_TEST((parse_decimal("+1.5e3", x) && x == 1500.0));
    BOOST_TEST((parse_decimal("12345678901234567890.5", x) && x == 12345678901234567890.5));
}

BOOST_AUTO_TEST_CASE(fixed_decimals_print_as_to_chars_does) {
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> metres(0, 2.1e7), degrees(0, 360);
    char buf[400];
    for (int i = 0; i < 200000; ++i) {
        const double x = i % 2 ? metres(rng) : degrees(rng);
        const int decimals = i % 10;
        const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, decimals);
        std::string got;
        append_fixed(got, x, decimals);
        BOOST_TEST_REQUIRE(got == std::string(buf, r.ptr), x << " with " << decimals);
    }
    // Ties, negatives and huge values take the standard path.
    for (const double x : {0.5, 2.5, 0.125, -3.75, 1e300, 0.0}) {
        std::string got;
        append_fixed(got, x, 2);
        const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 2);
        BOOST_TEST(got == std::string(buf, r.ptr));
    }
}

BOOST_AUTO_TEST_CASE(azimuths_fold_into_0_360) {
    BOOST_TEST(azimuth_0_360(-90.0) == 270.0);
    BOOST_TEST(azimuth_0_360(360.0) == 0.0);
    BOOST_TEST(azimuth_0_360(-1e-20) == 0.0); // -1e-20 + 360 rounds to 360, which folds to 0
    BOOST_TEST(azimuth_0_360(725.0) == 5.0);
}

BOOST_AUTO_TEST_SUITE_END()
