// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/text.hpp"

#include <string>

using namespace rangemap;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(printable_escapes_control_characters) {
    BOOST_TEST(printable("a\nb\tc\x1b[31m", 100) == "a\\x0ab\\x09c\\x1b[31m");
    BOOST_TEST(printable("Kadena Air Base", 100) == "Kadena Air Base");
    BOOST_TEST(printable("東京", 100) == "東京");
}

BOOST_AUTO_TEST_CASE(printable_keeps_both_ends_of_long_text_within_the_limit) {
    const std::string long_text = "start-" + std::string(10000, 'x') + "-end";
    const std::string p = printable(long_text, 300);
    BOOST_TEST(p.size() <= 300u);
    BOOST_TEST(p.size() >= 290u);
    BOOST_TEST(p.rfind("start-", 0) == 0u);
    BOOST_TEST(p.substr(p.size() - 4) == "-end");
    BOOST_TEST(p.find("…") != std::string::npos);
    // Multi-byte characters are never cut in the middle.
    std::string cjk;
    for (int i = 0; i < 500; ++i) cjk += "東";
    const std::string c = printable(cjk, 100);
    BOOST_TEST(c.size() <= 100u);
    BOOST_TEST(c.size() % 3 == 0u); // every piece is whole three-byte characters ("…" is three too)
    // Escapes count toward the limit.
    BOOST_TEST(printable(std::string(1000, '\n'), 50).size() <= 50u);
}

BOOST_AUTO_TEST_CASE(huge_numbers_are_written_short) {
    BOOST_TEST(format_number(1e300, 1) == "1e+300");
    BOOST_TEST(format_number(1234567.891, 1) == "1,234,567.9");
    BOOST_TEST(format_number(999999999999999.0, 0) == "999,999,999,999,999");
}

BOOST_AUTO_TEST_SUITE_END()
