// SPDX-License-Identifier: MIT
// Replays the committed fuzz inputs (fuzz/corpus/geo_point, fuzz/corpus/length) through the
// parsers, so every input a fuzzer kept runs in every build, the sanitizer build included: each
// input named in the tables below must give the value or refusal its text calls for. Inputs
// named crash-* are each pinned by a named test.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/length.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace rangemap;

namespace {

std::vector<std::filesystem::path> corpus(const std::string& target) {
    std::vector<std::filesystem::path> files;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/" + target)) {
        if (e.is_regular_file() && e.path().filename().string().rfind("crash-", 0) != 0) files.push_back(e.path());
    }
    return files;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// What a corpus input must give, worked out by hand from its text (the units: 1 mi = 1609.344 m,
/// 1 nmi = 1852 m). `refused`: a usage_error; `not_coordinates`: try_parse returns nothing.
enum class Outcome { value, refused, not_coordinates };
struct Expected {
    Outcome outcome;
    double a = 0, b = 0; // lat and lon, or metres in a
};
constexpr Expected value(double a, double b = 0) { return {Outcome::value, a, b}; }
constexpr Expected refused{Outcome::refused};
constexpr Expected not_coordinates{Outcome::not_coordinates};

const std::map<std::string, Expected> k_geo_point = {
    {"antimeridian", value(-12.5, -180)},  // -12.5,-180
    {"comma", value(24.4667, 123)},        // 24.4667,123.0
    {"comma_space", value(24.4667, 123)},  // 24.4667, 123
    {"exp", refused},                      // 1e2,-1.5e1: latitude 100
    {"hemis", value(24.4667, 123)},        // 24.4667N,123E
    {"hemis_space", value(13.58, 144.93)}, // 13.58N 144.93E
    {"name", not_coordinates},             // Camp Humphreys
    {"nan", refused},                      // nan,inf
    {"neg", value(0, 0)},                  // -0.0,-0.0
    {"out_of_range", refused},             // 91,0
    {"pole", value(90, 0)},                // 90,0
    {"south_west", value(-33.5, -151.2)},  // 33.5S 151.2W
};

const std::map<std::string, Expected> k_length = {
    {"exp", value(1e6)},           // 1e6m
    {"huge", refused},             // 1e308km: 1e311 m is not a finite double
    {"inf", refused},              // inf km
    {"km", value(1e6)},            // 1000km
    {"km_space", value(1e6)},      // 1000 km
    {"metres", value(250000)},     // 250000: metres when no unit is given
    {"mi", value(621 * 1609.344)}, // 621mi
    {"nan", refused},              // nan
    {"neg", refused},              // -5km
    {"nmi", value(540 * 1852.0)},  // 540nmi
    {"tiny", value(1e-320)},       // 1e-320m: positive (subnormal), so a length
    {"upper", value(12500)},       // 12.5 KM
    {"zero", refused},             // 0
};

} // namespace

BOOST_AUTO_TEST_SUITE(regressions_fuzz)

BOOST_AUTO_TEST_CASE(geo_point_corpus_gives_the_values_of_its_texts) {
    const auto files = corpus("geo_point");
    BOOST_REQUIRE(!files.empty());
    std::size_t known = 0;
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        const auto e = k_geo_point.find(name);
        BOOST_TEST_CONTEXT(name) {
            if (e == k_geo_point.end()) {
                // An input the table does not know yet: its point is only that it neither
                // crashes nor throws anything but a usage_error.
                try {
                    (void)GeoPoint::try_parse(slurp(f));
                } catch (const usage_error&) {}
                continue;
            }
            ++known;
            switch (e->second.outcome) {
            case Outcome::refused: BOOST_CHECK_THROW((void)GeoPoint::try_parse(slurp(f)), usage_error); break;
            case Outcome::not_coordinates: BOOST_TEST(!GeoPoint::try_parse(slurp(f)).has_value()); break;
            case Outcome::value: {
                const auto p = GeoPoint::try_parse(slurp(f));
                BOOST_TEST_REQUIRE(p.has_value());
                BOOST_TEST(p->lat() == e->second.a);
                BOOST_TEST(p->lon() == e->second.b);
                break;
            }
            }
        }
    }
    BOOST_TEST(known == k_geo_point.size()); // every input of the table is still in the corpus
}

BOOST_AUTO_TEST_CASE(length_corpus_gives_the_values_of_its_texts) {
    const auto files = corpus("length");
    BOOST_REQUIRE(!files.empty());
    std::size_t known = 0;
    for (const auto& f : files) {
        const std::string name = f.filename().string();
        const auto e = k_length.find(name);
        BOOST_TEST_CONTEXT(name) {
            if (e == k_length.end()) {
                // Not in the table: only "no crash, and no exception but a usage_error".
                try {
                    (void)Length::parse(slurp(f));
                } catch (const usage_error&) {}
                continue;
            }
            ++known;
            if (e->second.outcome == Outcome::refused) {
                BOOST_CHECK_THROW((void)Length::parse(slurp(f)), usage_error);
            } else {
                const double m = Length::parse(slurp(f)).metres();
                BOOST_TEST(std::abs(m - e->second.a) <= 1e-9 * e->second.a, m << " m, expected " << e->second.a);
            }
        }
    }
    BOOST_TEST(known == k_length.size());
}

BOOST_AUTO_TEST_CASE(non_finite_and_huge_places_are_usage_errors) {
    for (const char* text :
         {"nan,0", "-nan,0", "0,inf", "-inf,0", "1e300,0", "0,1e300", "1e309,0", "91,0", "0,180.5"}) {
        BOOST_TEST_CONTEXT(text) { BOOST_CHECK_THROW((void)GeoPoint::try_parse(text), usage_error); }
    }
}

BOOST_AUTO_TEST_CASE(poles_and_antimeridian_parse) {
    BOOST_TEST(GeoPoint::parse("90,0").lat() == 90.0);
    BOOST_TEST(GeoPoint::parse("-90,0").lat() == -90.0);
    BOOST_TEST(GeoPoint::parse("0,180").lon() == 180.0);
    BOOST_TEST(GeoPoint::parse("0,-180").lon() == -180.0);
}

BOOST_AUTO_TEST_CASE(non_finite_zero_and_negative_lengths_are_usage_errors) {
    for (const char* text :
         {"", "nan", "nan km", "inf", "-inf km", "1e309m", "0", "0km", "-5km", "-0", "1e-400m", "km"}) {
        BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_CHECK_THROW((void)Length::parse(text), usage_error); }
    }
}

BOOST_AUTO_TEST_SUITE_END()
