// SPDX-License-Identifier: MIT
// Speeds and durations: the units by their definitions (1 kn = 1852 m/h, 1 mph = 1609.344 m/h).
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/speed.hpp"

#include <cmath>

using namespace rangemap;

BOOST_AUTO_TEST_SUITE(speed)

BOOST_AUTO_TEST_CASE(units_by_their_definitions) {
    BOOST_TEST(std::abs(Speed::parse("900km/h").metres_per_second() - 250.0) < 1e-12);
    BOOST_TEST(std::abs(Speed::parse("900 KM/H").metres_per_second() - 250.0) < 1e-12);
    BOOST_TEST(std::abs(Speed::parse("250m/s").metres_per_second() - 250.0) < 1e-12);
    BOOST_TEST(std::abs(Speed::parse("20kn").metres_per_second() - 20 * 1852.0 / 3600) < 1e-12);
    BOOST_TEST(std::abs(Speed::parse("20 knots").metres_per_second() - 20 * 1852.0 / 3600) < 1e-12);
    BOOST_TEST(std::abs(Speed::parse("600mph").metres_per_second() - 600 * 1609.344 / 3600) < 1e-12);
    BOOST_TEST(Speed::parse("900km/h").text() == "900 km/h");
    // Time is distance over speed: the article's 108,424.2 m at 900 km/h.
    BOOST_TEST(std::abs(Speed::parse("900km/h").seconds_for(108424.2) - 108424.2 / 250) < 1e-9);
}

BOOST_AUTO_TEST_CASE(durations_as_people_read_them) {
    BOOST_TEST(format_duration(42.4) == "42 s");
    BOOST_TEST(format_duration(433.7) == "7 min");
    BOOST_TEST(format_duration(3599) == "1 h 00 min");
    BOOST_TEST(format_duration(7500) == "2 h 05 min");
    BOOST_TEST(format_duration(-1) == "—");
}

BOOST_AUTO_TEST_CASE(bad_speeds_are_usage_errors) {
    for (const char* bad :
         {"", "900", "abc", "0km/h", "-5kn", "nan kn", "inf mph", "1e400mph", "1e-400mph", "900 furlongs", "km/h"}) {
        BOOST_CHECK_THROW(Speed::parse(bad), usage_error);
    }
}

BOOST_AUTO_TEST_SUITE_END()
