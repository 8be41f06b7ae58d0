// SPDX-License-Identifier: MIT
// What a scenario's text may be before any key is read: its size with aliases (*name) and
// ${variables} expanded is bounded, and every key and text value is UTF-8.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "scenario_errors.hpp"
#include "tools/scenario/scenario.hpp"

#include <string>
#include <vector>

using namespace rangemap;
using namespace rangemap::scenario;
using rangemap::scenario::test::contains;
using rangemap::scenario::test::error_of;

namespace {

/// "aK: &aK [*aK-1, ...]": nine aliases of the level before (a0 is nine scalars).
std::string alias_level(int k) {
    std::string s = "a" + std::to_string(k) + ": &a" + std::to_string(k) + " [";
    for (int i = 0; i < 9; ++i) s += (i ? ", " : "") + (k ? "*a" + std::to_string(k - 1) : std::string("x"));
    return s + "]";
}

/// Levels a0 to a`levels - 1`, one a line under `indent`: 10 * 9^(levels - 1) values once
/// expanded. Seven levels (5.4 million) pass the limit yet read in a second without it, so the
/// test fails fast rather than hangs where the limit is missing.
std::string alias_bomb(int levels, const std::string& indent = "") {
    std::string s;
    for (int k = 0; k < levels; ++k) s += indent + alias_level(k) + "\n";
    return s;
}

const std::string k_values_limit = "the scenario expands to more than 1,000,000 values, the limit";
const std::string k_text_limit = "the scenario expands to more than 16 MiB of text, the limit";

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_input)

BOOST_AUTO_TEST_CASE(an_alias_bomb_is_refused_with_the_limit) {
    // Reported where the outermost alias is used: the list of a6, whose first item passes it.
    const std::string e = error_of(alias_bomb(7) + "title: t\n");
    BOOST_TEST(e == "s.yaml:7:5: a6[0]: " + k_values_limit +
                        " (each use of an alias *name or a ${variable} counts its whole value)");
    // Also where nothing reads it (variables may hold anything) and in a --set value.
    BOOST_TEST(contains(error_of("variables:\n" + alias_bomb(7, "  ") + "title: t\n"), k_values_limit));
    std::string value = "title={";
    for (int k = 0; k < 7; ++k) value += (k ? ", " : "") + alias_level(k);
    const std::string set = error_of("title: t\n", {value + "}"});
    BOOST_TEST(contains(set, "--set title.a6[0]: " + k_values_limit), set);
    // An alias of an anchor inside itself is a cycle: refused as too deep, not walked forever.
    BOOST_TEST(contains(error_of("variables:\n  a: &a [x, *a]\ntitle: t\n"), "nested too deeply"));
}

BOOST_AUTO_TEST_CASE(long_text_used_through_aliases_is_refused_with_the_limit) {
    // Twenty uses of one megabyte: 20 MiB of names for the reader to copy.
    std::string text = "variables:\n  t: &t " + std::string(1 << 20, 'x') + "\nplaces:\n  - names: [*t";
    for (int i = 1; i < 20; ++i) text += ", *t";
    text += "]\n";
    BOOST_TEST(contains(error_of(text), "s.yaml:4:12: places[0].names[14]: " + k_text_limit));
}

BOOST_AUTO_TEST_CASE(variables_used_many_times_are_bounded) {
    // A list of 5,000 copied to 250 places is 1.25 million values.
    std::string list = "[x";
    for (int i = 1; i < 5000; ++i) list += ", x";
    std::string text = "variables:\n  l: " + list + "]\nplaces:\n";
    for (int i = 0; i < 250; ++i) text += "  - {names: \"${l}\"}\n";
    const std::string e = error_of(text);
    BOOST_TEST(contains(e, k_values_limit), e);
    BOOST_TEST(contains(e, "s.yaml:"));
    BOOST_TEST(contains(e, ": places["));
    // 100 KiB used 200 times in one title is 20 MiB of text.
    std::string title = "title: \"";
    for (int i = 0; i < 200; ++i) title += "${t}";
    const std::string t = error_of("variables:\n  t: " + std::string(100 << 10, 'y') + "\n" + title + "\"\n");
    BOOST_TEST(contains(t, "s.yaml:3:8: title: " + k_text_limit), t);
    // A variable of many names in an ordinary number of places reads.
    BOOST_TEST(error_of("variables:\n  l: " + list + "]\nplaces:\n  - names: ${l}\n  - names: ${l}\n").empty());
}

BOOST_AUTO_TEST_CASE(ordinary_anchors_and_aliases_still_read) {
    const Scenario s = parse_scenario(R"(
variables:
  reach: 1000km
title: Shared
rings:
  - &ring {centre: Kadena, radius: 1000km, colour: "#c0392b"}
  - *ring
  - {centre: Sasebo, radius: &r 500km, label: &label "${reach} class"}
  - {centre: Misawa, radius: *r, label: *label}
questions:
  - coverage: {sites: &sites [Kadena, Sasebo], radii: "${reach}"}
  - sweep: {sites: *sites, values: [500km, *r]}
)",
                                      "s.yaml", {});
    BOOST_TEST_REQUIRE(s.rings.size() == 4u);
    BOOST_TEST(s.rings[1].centre == "Kadena");
    BOOST_TEST(s.rings[1].colour == "#c0392b");
    BOOST_TEST(s.rings[3].radii.at(0).metres() == 5e5);
    BOOST_TEST(s.rings[2].label == "1,000 km class");
    BOOST_TEST(s.rings[3].label == "1,000 km class"); // the alias shares the substituted text
    BOOST_TEST((s.questions.at(1).sites == std::vector<std::string>{"Kadena", "Sasebo"}));
    BOOST_TEST(s.questions[1].radii.size() == 2u);
    BOOST_TEST(s.questions[0].radii.at(0).metres() == 1e6);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_with_its_place_and_key) {
    BOOST_TEST(error_of("# a Latin-1 title\nmap: {size: [10, 10]}\ntitle: \"caf\xe9 map\"\n") ==
               "s.yaml:3:8: title: invalid UTF-8 (byte 0xE9 at offset 3)");
    BOOST_TEST(error_of("rings:\n  - centre: Kadena\n    radius: 1km\n    lab\xe9l: x\n") ==
               "s.yaml:4:5: rings[0].lab\\xE9l: invalid UTF-8 (byte 0xE9 at offset 3)");
    BOOST_TEST(error_of("places:\n  - names: [Kadena, Sas\xe9\x62o]\n") ==
               "s.yaml:2:21: places[0].names[1]: invalid UTF-8 (byte 0xE9 at offset 3)");
    BOOST_TEST(error_of("rings:\n  - {centre: \"Na\xefve\", radius: 1km}\n") ==
               "s.yaml:2:14: rings[0].centre: invalid UTF-8 (byte 0xEF at offset 2)");
    // In a variable, refused where it is defined.
    BOOST_TEST(error_of("variables:\n  n: caf\xe9\ntitle: ${n}\n") ==
               "s.yaml:2:6: variables.n: invalid UTF-8 (byte 0xE9 at offset 3)");
    // In JSON as the HTTP API posts it.
    BOOST_TEST(error_of("{\"title\": \"caf\xe9\"}") == "s.yaml:1:11: title: invalid UTF-8 (byte 0xE9 at offset 3)");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_set_is_refused_with_its_key) {
    BOOST_TEST(error_of("title: t\n", {"title=caf\xe9 map"}) == "--set title: invalid UTF-8 (byte 0xE9 at offset 3)");
    BOOST_TEST(error_of("title: t\n", {"variables.name=[ok, \"caf\xe9\"]"}) ==
               "--set variables.name: invalid UTF-8 (byte 0xE9 at offset 9)");
    BOOST_TEST(error_of("title: t\n", {"tit\xe9le=x"}) ==
               "--set: invalid UTF-8 (byte 0xE9 at offset 3) in the key path");
    BOOST_TEST(error_of("title: t\n", {"tit\xe9le"}) == "--set: invalid UTF-8 (byte 0xE9 at offset 3) in the key path");
    // yaml-cpp itself refuses the escape of a surrogate.
    BOOST_TEST(contains(error_of("title: t\n", {"title=\"a\\uD800\""}), "is not valid YAML: invalid unicode"));
    BOOST_TEST(parse_scenario("title: t\n", "s.yaml", {"title=caf\xc3\xa9 map"}).title == "caf\xc3\xa9 map");
}

BOOST_AUTO_TEST_CASE(utf8_is_checked_to_the_standard) {
    // Overlong forms, surrogates, code points above U+10FFFF, stray continuation bytes and
    // sequences cut short (at the end or by another character), each at its first byte.
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"a\xc0\xaf", "0xC0 at offset 1"},
        {"\xc1\xbf", "0xC1 at offset 0"},
        {"ab\xe0\x80\xaf", "0xE0 at offset 2"},
        {"\xf0\x80\x80\xaf", "0xF0 at offset 0"},
        {"\xed\xa0\x80", "0xED at offset 0"},
        {"x\xed\xbf\xbf", "0xED at offset 1"},
        {"\xf4\x90\x80\x80", "0xF4 at offset 0"},
        {"\xf5\x80\x80\x80", "0xF5 at offset 0"},
        {"\xff", "0xFF at offset 0"},
        {"ok \x80", "0x80 at offset 3"},
        {"\xe6\x9d\xb1\xe4\xba", "0xE4 at offset 3"},
        {"\xe6\x9d z", "0xE6 at offset 0"},
        {"\xf0\x9f\x98", "0xF0 at offset 0"},
    };
    for (const auto& [text, what] : bad) {
        BOOST_TEST_CONTEXT(what) {
            BOOST_TEST(error_of("title: \"" + text + "\"\n") == "s.yaml:1:8: title: invalid UTF-8 (byte " + what + ")");
        }
    }
    // yaml-cpp itself refuses the escape of a surrogate.
    BOOST_TEST(contains(error_of("title: \"\\uDC00\"\n"), "YAML syntax error: invalid unicode"));
    // The first and last code point of each length, and the last before and first after the surrogates.
    for (const char* ok : {"\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbf\xbf",
                           "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "東京 \xf0\x9f\x98\x80"}) {
        BOOST_TEST_CONTEXT(ok) { BOOST_TEST(error_of(std::string("title: \"") + ok + "\"\n").empty()); }
    }
}

BOOST_AUTO_TEST_SUITE_END()
