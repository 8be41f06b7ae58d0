// SPDX-License-Identifier: MIT
// Replays the committed fuzz inputs (fuzz/corpus/geo_point, fuzz/corpus/length) through the
// parsers with the fuzz targets' checks, so every input a fuzzer kept runs in every build,
// the sanitizer build included. Inputs named crash-* are each pinned by a named test.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/length.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace rangemap;

namespace {

std::vector<std::filesystem::path> corpus(const std::string& target) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/" + target)) {
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

bool valid(const GeoPoint& p) {
    return std::isfinite(p.lat()) && std::isfinite(p.lon()) && std::abs(p.lat()) <= 90 && std::abs(p.lon()) <= 180;
}

} // namespace

BOOST_AUTO_TEST_SUITE(regressions_fuzz)

BOOST_AUTO_TEST_CASE(geo_point_corpus_parses_or_refuses) {
    const auto files = corpus("geo_point");
    BOOST_REQUIRE(!files.empty());
    for (const auto& f : files) {
        BOOST_TEST_CONTEXT(f.filename().string()) {
            try {
                if (const auto p = GeoPoint::try_parse(slurp(f))) BOOST_TEST(valid(*p));
            } catch (const usage_error&) {
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(length_corpus_parses_or_refuses) {
    const auto files = corpus("length");
    BOOST_REQUIRE(!files.empty());
    for (const auto& f : files) {
        BOOST_TEST_CONTEXT(f.filename().string()) {
            try {
                const auto l = Length::parse(slurp(f));
                BOOST_TEST(std::isfinite(l.metres()));
                BOOST_TEST(l.metres() > 0);
            } catch (const usage_error&) {
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(non_finite_and_huge_places_are_usage_errors) {
    for (const char* text : {"nan,0", "-nan,0", "0,inf", "-inf,0", "1e300,0", "0,1e300", "1e309,0", "91,0", "0,180.5"}) {
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
    for (const char* text : {"", "nan", "nan km", "inf", "-inf km", "1e309m", "0", "0km", "-5km", "-0", "1e-400m", "km"}) {
        BOOST_TEST_CONTEXT("'" << text << "'") { BOOST_CHECK_THROW((void)Length::parse(text), usage_error); }
    }
}

BOOST_AUTO_TEST_SUITE_END()
