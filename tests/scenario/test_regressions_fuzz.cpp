// SPDX-License-Identifier: MIT
// Replays the committed fuzz inputs (fuzz/corpus/scenario: first line a --set override, the
// rest the YAML) through the scenario reader, so every input a fuzzer kept runs in every build,
// the sanitizer build included: each reads or is refused with a rangemap error, never another
// exception. Inputs named crash-* are each pinned by a named test.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "tools/scenario/scenario.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace rangemap;

namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Reads `input` as the fuzz target does; returns the error text, or "" when it reads.
std::string read_as_fuzzer(const std::string& input) {
    const auto eol = input.find('\n');
    std::vector<std::string> overrides;
    std::string text = input;
    if (eol != std::string::npos) {
        if (eol > 0) overrides.push_back(input.substr(0, eol));
        text = input.substr(eol + 1);
    }
    try {
        (void)scenario::parse_scenario(text, "fuzz.yaml", overrides);
    } catch (const error& e) {
        return e.what();
    }
    return {};
}

} // namespace

BOOST_AUTO_TEST_SUITE(regressions_fuzz)

BOOST_AUTO_TEST_CASE(scenario_corpus_reads_or_refuses) {
    std::size_t n = 0;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/scenario")) {
        if (!e.is_regular_file() || e.path().filename().string().rfind("crash-", 0) == 0) continue;
        ++n;
        BOOST_TEST_CONTEXT(e.path().filename().string()) {
            BOOST_CHECK_NO_THROW((void)read_as_fuzzer(slurp(e.path())));
        }
    }
    BOOST_TEST(n > 0u);
}

BOOST_AUTO_TEST_CASE(shipped_examples_read_with_an_override) {
    for (const char* name : {"article", "command_distances", "standoff_missiles", "us_japan_philippines"}) {
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(read_as_fuzzer(
                           slurp(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/scenario/" + name + ".yaml")) == "");
        }
    }
}

BOOST_AUTO_TEST_CASE(hostile_scenarios_are_usage_errors) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"\ntitle: [unclosed\n", "fuzz.yaml:"},  // YAML syntax error
        {"\ntitel: x\n", "titel"},               // unknown key
        {"\ntitle: [a, b]\n", "title"},          // wrong type
        {"\nrings: 5\n", "rings"},               // wrong type
        {"nosuch.path=1\ntitle: x\n", "nosuch"}, // --set path that does not exist
        {"rings[9].radius=1km\nrings:\n  - {centre: Kadena, radius: 1000km}\n", "rings"},
        {"rings[0].radius=nan\nrings:\n  - {centre: Kadena, radius: 1000km}\n", "nan"},
        {"rings[0].radius=-1km\nrings:\n  - {centre: Kadena, radius: 1000km}\n", "-1km"},
        {"=\ntitle: x\n", ""},                               // empty override
        {"\n" + std::string(2000, '[') + "\n", "fuzz.yaml"}, // deep YAML nesting
    };
    for (const auto& [input, part] : cases) {
        BOOST_TEST_CONTEXT(input.substr(0, 60)) {
            try {
                (void)read_as_fuzzer(input);
                const auto eol = input.find('\n');
                std::vector<std::string> overrides;
                if (eol > 0) overrides.push_back(input.substr(0, eol));
                (void)scenario::parse_scenario(input.substr(eol + 1), "fuzz.yaml", overrides);
                BOOST_ERROR("accepted");
            } catch (const usage_error& e) {
                BOOST_TEST(std::string(e.what()).find(part) != std::string::npos, e.what());
            }
        }
    }
}

// The seeds of the input limits: nine levels of nine aliases (477 bytes of YAML;
// expanded: some 490 million values) and Latin-1 text in the file and in the --set line.
BOOST_AUTO_TEST_CASE(input_limit_seeds_are_usage_errors) {
    const std::string dir = std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/scenario/";
    BOOST_TEST(read_as_fuzzer(slurp(dir + "alias_bomb.yaml"))
                   .rfind("fuzz.yaml:7:5: a6[0]: the scenario expands to more than 1,000,000 values", 0) == 0u);
    BOOST_TEST(read_as_fuzzer(slurp(dir + "invalid_utf8.yaml")) ==
               "fuzz.yaml:1:8: title: invalid UTF-8 (byte 0xE9 at offset 3)");
    BOOST_TEST(read_as_fuzzer(slurp(dir + "invalid_utf8_set.yaml")) ==
               "--set title: invalid UTF-8 (byte 0xE9 at offset 3)");
}

// fuzz/corpus/scenario/crash-3d957a794d4ccf99c47e87114df90479ad27c976: a --set index far beyond
// the range of long (7.7e23) was converted to long before being checked (UBSan: float-cast-overflow).
BOOST_AUTO_TEST_CASE(huge_set_index_is_a_usage_error) {
    const std::string yaml = "rings:\n  - {centre: Kadena, radius: 1000km}\n";
    for (const char* set : {"rings[7.7e23].radius=1km", "rings[1e300].radius=1km", "rings[-1e30].radius=1km"}) {
        BOOST_TEST_CONTEXT(set) {
            BOOST_CHECK_THROW((void)scenario::parse_scenario(yaml, "t.yaml", {set}), usage_error);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
