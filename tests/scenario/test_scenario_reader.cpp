// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "scenario_errors.hpp"
#include "tools/scenario/scenario.hpp"

#include <cmath>
#include <string>

using namespace rangemap;
using namespace rangemap::scenario;
using rangemap::scenario::test::contains;
using rangemap::scenario::test::error_of;

namespace {

const char* k_base = R"(
variables:
  reach: 1000km
  sites: [Kadena, Sasebo]
title: "Reach ${reach}"
map:
  extent: [115, 18, 150, 42]
  size: [1200, 800]
rings:
  - centre: Kadena
    radius: ${reach}
    label: "{radius} from Kadena"
  - centre: 24.4667,123.0
    radii: [500km, 1000 km]
callouts:
  - from: Taiwan
    to: Japan
questions:
  - distance: {from: Taiwan, to: Japan}
  - within: {centre: Kadena, radius: 600nmi}
  - sweep:
      sites: ${sites}
      from: 250km
      to: 3000km
      step: 250km
)";

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_reader)

BOOST_AUTO_TEST_CASE(reads_every_section_with_variables) {
    const Scenario s = parse_scenario(k_base, "s.yaml", {});
    BOOST_TEST(s.title == "Reach 1,000 km"); // a length inside text reads for people
    BOOST_TEST(s.map.width == 1200);
    BOOST_TEST(s.map.extent->max_lon == 150.0);
    BOOST_TEST(s.rings.size() == 2u);
    BOOST_TEST(s.rings[0].radii.at(0).metres() == 1e6);
    BOOST_TEST(s.rings[1].radii.size() == 2u);
    BOOST_TEST(s.callouts.at(0).to == "Japan");
    BOOST_TEST(s.questions.size() == 3u);
    BOOST_TEST(std::abs(s.questions[1].radius.metres() - 600 * 1852.0) < 1e-6);
    const Question& sweep = s.questions[2];
    BOOST_TEST(sweep.sites.size() == 2u); // a variable holding a list
    BOOST_TEST(sweep.radii.size() == 12u);
    BOOST_TEST(sweep.radii.back().metres() == 3e6);
}

BOOST_AUTO_TEST_CASE(overrides_change_exactly_what_they_name) {
    const Scenario base = parse_scenario(k_base, "s.yaml", {});
    const Scenario s = parse_scenario(k_base, "s.yaml", {"rings[0].radius=1500km", "title=Other"});
    BOOST_TEST(s.rings[0].radii.at(0).metres() == 1.5e6);
    BOOST_TEST(s.title == "Other");
    BOOST_TEST(s.rings[1].radii.size() == base.rings[1].radii.size());
    BOOST_TEST(s.questions[1].radius.metres() == base.questions[1].radius.metres());
    BOOST_TEST(s.map.width == base.map.width);
    // A variable override reaches every use of it.
    const Scenario v = parse_scenario(k_base, "s.yaml", {"variables.reach=1234km"});
    BOOST_TEST(v.rings[0].radii.at(0).metres() == 1.234e6);
    BOOST_TEST(v.title == "Reach 1,234 km");
    // A list value.
    const Scenario l = parse_scenario(k_base, "s.yaml", {"rings[1].radii=[100km, 200km, 300km]"});
    BOOST_TEST(l.rings[1].radii.size() == 3u);
}

BOOST_AUTO_TEST_CASE(override_paths_that_do_not_exist_are_refused) {
    BOOST_TEST(contains(error_of(k_base, {"rings[5].radius=1km"}), "rings[5]' does not exist (rings has 2 items)"));
    BOOST_TEST(contains(error_of(k_base, {"nothing.here=1"}), "'nothing' does not exist"));
    BOOST_TEST(contains(error_of(k_base, {"title[0]=x"}), "is not a list"));
    BOOST_TEST(contains(error_of(k_base, {"rings[0].radious=1km"}), "did you mean 'radius'"));
    BOOST_TEST(contains(error_of(k_base, {"noequals"}), "is not KEY=VALUE"));
}

BOOST_AUTO_TEST_CASE(yaml_syntax_errors_give_line_and_column) {
    const std::string e = error_of("title: x\nrings:\n  - centre: [Kadena\n");
    BOOST_TEST(contains(e, "s.yaml:"));
    BOOST_TEST(contains(e, "YAML syntax error"));
    BOOST_TEST(error_of("title: a\n  bad: : :\n").rfind("s.yaml:2:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(unknown_keys_suggest_the_closest) {
    const std::string e = error_of("titel: x\n");
    BOOST_TEST(contains(e, "s.yaml:1:1: titel: unknown key 'titel' (did you mean 'title'?)"));
    BOOST_TEST(contains(error_of("rings:\n  - centre: Kadena\n    raduis: 1km\n"), "rings[0].raduis"));
    BOOST_TEST(contains(error_of("zzzzzz: 1\n"), "valid keys: title"));
}

BOOST_AUTO_TEST_CASE(wrong_types_and_missing_values_are_refused) {
    BOOST_TEST(contains(error_of("title: [a, b]\n"), "title: expected a text value"));
    BOOST_TEST(contains(error_of("rings: {centre: Kadena}\n"), "rings: expected a list"));
    BOOST_TEST(contains(error_of("rings:\n  - radius: 1km\n"), "missing required key 'centre'"));
    BOOST_TEST(contains(error_of("rings:\n  - centre: Kadena\n    radius: far\n"), "rings[0].radius"));
    BOOST_TEST(contains(error_of("rings:\n  - centre: Kadena\n    radius: -5km\n"), "negative"));
    BOOST_TEST(contains(error_of("map:\n  size: [0, 100]\n"), "map.size[0]: expected a whole number in 1..20000"));
    BOOST_TEST(contains(error_of("map:\n  extent: [150, 18, 115, 42]\n"), "min must be less than max"));
    BOOST_TEST(contains(error_of("questions:\n  - distance: {from: A}\n"), "missing required key 'to'"));
    BOOST_TEST(contains(error_of("questions:\n  - {}\n"), "exactly one of"));
    BOOST_TEST(contains(error_of("title: ${nope}\n"), "unknown variable '${nope}'"));
    BOOST_TEST(contains(error_of(""), "empty"));
    BOOST_TEST(contains(error_of("- a\n- b\n"), "mapping of keys"));
}

BOOST_AUTO_TEST_CASE(sweeps_have_stated_limits) {
    const std::string head = "questions:\n  - sweep:\n      sites: Kadena\n";
    BOOST_TEST(contains(error_of(head + "      from: 3000km\n      to: 250km\n      step: 250km\n"), "zero steps"));
    BOOST_TEST(
        contains(error_of(head + "      from: 1m\n      to: 1000000m\n      step: 1m\n"), "exceed the limit of 200"));
    BOOST_TEST(contains(error_of(head + "      from: 1km\n      to: 2km\n"), "needs values, or from, to and step"));
    BOOST_TEST(error_of(head + "      values: [500km, 1000km]\n").empty());
}

BOOST_AUTO_TEST_CASE(a_scenario_in_json_reads_as_the_same_scenario_in_yaml) {
    // JSON, as the HTTP API posts it, is read by the same reader (JSON is YAML's flow style).
    const char* json = R"({"variables": {"reach": "1000km", "sites": ["Kadena", "Sasebo"]},
        "title": "Reach ${reach}", "map": {"extent": [115, 18, 150, 42], "size": [1200, 800]},
        "rings": [{"centre": "Kadena", "radius": "${reach}", "label": "{radius} from Kadena"},
                  {"centre": "24.4667,123.0", "radii": ["500km", "1000 km"]}],
        "callouts": [{"from": "Taiwan", "to": "Japan"}],
        "questions": [{"distance": {"from": "Taiwan", "to": "Japan"}},
                      {"within": {"centre": "Kadena", "radius": "600nmi"}},
                      {"sweep": {"sites": "${sites}", "from": "250km", "to": "3000km", "step": "250km"}}]})";
    const Scenario a = parse_scenario(json, "post.json", {"variables.reach=1500km"});
    const Scenario b = parse_scenario(k_base, "t.yaml", {"variables.reach=1500km"});
    BOOST_TEST(a.title == b.title);
    BOOST_TEST(a.title == "Reach 1,500 km");
    BOOST_TEST((a.map.extent->min_lon == b.map.extent->min_lon && a.map.width == b.map.width));
    BOOST_TEST_REQUIRE(a.rings.size() == b.rings.size());
    for (std::size_t i = 0; i < a.rings.size(); ++i) {
        BOOST_TEST(a.rings[i].centre == b.rings[i].centre);
        BOOST_TEST((a.rings[i].radii == b.rings[i].radii));
        BOOST_TEST(a.rings[i].label == b.rings[i].label);
    }
    BOOST_TEST_REQUIRE(a.questions.size() == b.questions.size());
    BOOST_TEST((a.questions[2].radii == b.questions[2].radii));
    BOOST_TEST(a.questions[2].radii.size() == 12u);
    BOOST_TEST((a.questions[2].sites == std::vector<std::string>{"Kadena", "Sasebo"}));
    // A JSON syntax error names the line and column, as YAML's do.
    BOOST_CHECK_EXCEPTION(parse_scenario("{\"title\": \"x\",\n \"rings\": [}", "post.json", {}), usage_error,
                          [](const usage_error& e) { return std::string(e.what()).rfind("post.json:2:", 0) == 0; });
}

BOOST_AUTO_TEST_SUITE_END()
