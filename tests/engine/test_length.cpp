// SPDX-License-Identifier: MIT
// Length parsing and formatting: every form of CLI.md, and each refusal with its message.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "engine/length.hpp"

#include <cmath>
#include <limits>
#include <string>

using namespace rangemap;

namespace {

bool message_has(const std::string& text, const std::string& part) {
    try {
        (void)Length::parse(text);
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

BOOST_AUTO_TEST_SUITE(length)

BOOST_AUTO_TEST_CASE(parses_every_cli_form) {
    BOOST_TEST(Length::parse("1000km").metres() == 1e6);
    BOOST_TEST(Length::parse("1000 km").metres() == 1e6);
    BOOST_TEST(Length::parse(" 1000 KM ").metres() == 1e6);
    BOOST_TEST(Length::parse("621mi").metres() == 621 * 1609.344);
    BOOST_TEST(Length::parse("540nmi").metres() == 540 * 1852.0);
    BOOST_TEST(Length::parse("1e6m").metres() == 1e6);
    BOOST_TEST(Length::parse("250000").metres() == 250000.0);
    BOOST_TEST(Length::parse("0.5 km").metres() == 500.0);
}

BOOST_AUTO_TEST_CASE(refuses_with_a_message_quoting_the_text) {
    BOOST_TEST(message_has("", "empty length"));
    BOOST_TEST(message_has("   ", "empty length"));
    BOOST_TEST(message_has("-5km", "'-5km' is negative"));
    BOOST_TEST(message_has("0", "'0' is zero"));
    BOOST_TEST(message_has("0km", "is zero"));
    BOOST_TEST(message_has("nan", "'nan' is not finite"));
    BOOST_TEST(message_has("inf km", "is not finite"));
    BOOST_TEST(message_has("far", "'far' is not a number"));
    BOOST_TEST(message_has("10 furlongs", "unknown length unit 'furlongs'"));
    // Beyond a double: named as what it is, not as infinity.
    BOOST_TEST(message_has("1e400km", "'1e400km' is out of range"));
    BOOST_TEST(message_has("1e-400km", "'1e-400km' is too small to represent"));
    BOOST_TEST(message_has("0." + std::string(400, '0') + "1km", "too small to represent"));
    BOOST_TEST(message_has("1e308mi", "'1e308mi' is out of range")); // finite, but not in metres
}

BOOST_AUTO_TEST_CASE(factories_and_units) {
    BOOST_TEST(Length::km(2).metres() == 2000.0);
    BOOST_TEST(Length::nmi(1).in(LengthUnit::m) == 1852.0);
    BOOST_TEST(std::abs(Length::mi(1).in(LengthUnit::km)-1.609344) < 1e-12);
    BOOST_CHECK_THROW(Length::metres(-1), usage_error);
    BOOST_CHECK_THROW(Length::metres(std::numeric_limits<double>::quiet_NaN()), usage_error);
    BOOST_CHECK_THROW(Length::metres(std::numeric_limits<double>::infinity()), usage_error);
    BOOST_TEST((parse_unit("NMI") == LengthUnit::nmi));
    BOOST_CHECK_THROW(parse_unit("ft"), usage_error);
    BOOST_TEST(format_length(Length::km(1000), LengthUnit::km) == "1,000 km");
    BOOST_TEST(format_length(Length::metres(1609.344 * 621.44), LengthUnit::mi) == "621.4 mi");
}

BOOST_AUTO_TEST_SUITE_END()
