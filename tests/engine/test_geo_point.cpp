// SPDX-License-Identifier: MIT
// Place parsing: the coordinate forms of CLI.md and the refusals.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/geo_point.hpp"

#include <limits>
#include <string>

using namespace rangemap;

namespace {

void expect(const char* text, double lat, double lon) {
    const auto p = GeoPoint::try_parse(text);
    BOOST_TEST_CONTEXT(text) {
        BOOST_REQUIRE(p.has_value());
        BOOST_TEST(p->lat() == lat);
        BOOST_TEST(p->lon() == lon);
    }
}

bool refused_with(const char* text, const std::string& part) {
    try {
        (void)GeoPoint::parse(text);
    } catch (const usage_error& e) {
        const std::string m = e.what();
        if (m.find(part) != std::string::npos) return true;
        BOOST_TEST_MESSAGE("'" << text << "' -> " << m);
        return false;
    }
    BOOST_TEST_MESSAGE("'" << text << "' was accepted");
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(geo_point)

BOOST_AUTO_TEST_CASE(parses_every_cli_form) {
    expect("24.4667,123.0", 24.4667, 123.0);
    expect("24.4667, 123", 24.4667, 123.0);
    expect("24.4667N,123E", 24.4667, 123.0);
    expect("13.58N 144.93E", 13.58, 144.93);
    expect("33.5S 151.2W", -33.5, -151.2);
    expect("26.3556,127.7675", 26.3556, 127.7675);
    expect("-90,180", -90.0, 180.0);
    expect("90,-180", 90.0, -180.0);
    expect("123E,24N", 24.0, 123.0);
}

BOOST_AUTO_TEST_CASE(names_are_not_coordinates) {
    BOOST_TEST(!GeoPoint::try_parse("Kadena").has_value());
    BOOST_TEST(!GeoPoint::try_parse("Camp Humphreys").has_value());
    BOOST_TEST(!GeoPoint::try_parse("").has_value());
    BOOST_TEST(refused_with("Kadena", "is not a LAT,LON position"));
    BOOST_TEST(refused_with("", "is not a LAT,LON position"));
}

BOOST_AUTO_TEST_CASE(refuses_out_of_range_and_non_finite) {
    BOOST_TEST(refused_with("91,0", "latitude 91 is outside [-90, 90]"));
    BOOST_TEST(refused_with("-90.5,0", "latitude -90.5 is outside"));
    BOOST_TEST(refused_with("0,181", "longitude 181 is outside [-180, 180]"));
    BOOST_TEST(refused_with("0,-200", "longitude -200 is outside"));
    BOOST_TEST(refused_with("nan,0", "not a finite number"));
    BOOST_TEST(refused_with("0,inf", "not a finite number"));
    BOOST_TEST(refused_with("24N,123N", "mixes hemisphere letters"));
    BOOST_TEST(refused_with("1e-400,0", "'1e-400' is too small to represent"));
    BOOST_TEST(refused_with("0,-1e-400", "'-1e-400' is too small to represent"));
    BOOST_TEST(refused_with("1e400,0", "'1e400' is out of range for a coordinate"));
    BOOST_TEST(refused_with("0,-1e999E", "'-1e999' is out of range"));
    BOOST_TEST(refused_with("1e300,0", "latitude 1e+300 is outside [-90, 90]"));
    BOOST_CHECK_THROW(GeoPoint(std::numeric_limits<double>::quiet_NaN(), 0), usage_error);
    BOOST_CHECK_THROW(GeoPoint(0, -std::numeric_limits<double>::infinity()), usage_error);
}

BOOST_AUTO_TEST_SUITE_END()
