// SPDX-License-Identifier: MIT
// Replays the committed fuzz inputs (fuzz/corpus/points_csv) through the points CSV reader, so
// every input a fuzzer kept runs in every build, the sanitizer build included, each listed one
// against the places its text holds. Inputs named crash-* are each pinned by a named test.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/csv_points.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
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

} // namespace

BOOST_AUTO_TEST_SUITE(regressions_fuzz)

BOOST_AUTO_TEST_CASE(points_csv_corpus_gives_the_places_of_its_texts) {
    // Worked out by hand from each file's text: the places it holds, or none when it must be
    // refused with a data_error. A file not listed here (a new find of the fuzzer) only has to
    // read or be refused without crashing.
    struct Place {
        std::string name;
        double lat, lon;
    };
    const std::map<std::string, std::vector<Place>> expected = {
        {"basic.csv", {{"Kadena", 26.3516, 127.7692}, {"Yokosuka", 35.2833, 139.6667}}},
        {"bom_crlf_quotes.csv", {{"Camp \"H\", Korea", 36.96, 127.03}, {"Sasebo", 33.16, 129.72}}},
        {"bad_numbers.csv", {}},    // nan, inf and 1e300 are not positions
        {"duplicate.csv", {}},      // "A" and "a" are the same name
        {"header_only.csv", {}},    // no rows
        {"missing_column.csv", {}}, // no longitude column
        {"open_quote.csv", {}},     // a quote never closed
        {"out_of_range.csv", {}},   // latitude 91
    };
    std::size_t known = 0;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/points_csv")) {
        const std::string name = e.path().filename().string();
        if (!e.is_regular_file() || name.rfind("crash-", 0) == 0) continue;
        const auto want = expected.find(name);
        BOOST_TEST_CONTEXT(name) {
            if (want == expected.end()) {
                try {
                    (void)geodata::parse_points_csv(slurp(e.path()), "fuzz.csv", "fuzz");
                } catch (const data_error&) {}
                continue;
            }
            ++known;
            if (want->second.empty()) {
                BOOST_CHECK_THROW((void)geodata::parse_points_csv(slurp(e.path()), "fuzz.csv", "fuzz"), data_error);
                continue;
            }
            const auto layer = geodata::parse_points_csv(slurp(e.path()), "fuzz.csv", "fuzz");
            BOOST_TEST_REQUIRE(layer.features.size() == want->second.size());
            for (std::size_t k = 0; k < layer.features.size(); ++k) {
                const auto& f = layer.features[k];
                BOOST_TEST(f.name == want->second[k].name);
                BOOST_REQUIRE(f.geometry.points.size() == 1u);
                BOOST_TEST(f.geometry.points.front().lat == want->second[k].lat);
                BOOST_TEST(f.geometry.points.front().lon == want->second[k].lon);
            }
        }
    }
    BOOST_TEST(known == expected.size()); // every file of the table is still in the corpus
}

// fuzz/corpus/points_csv/crash-7f9c9fe2dfc7f6508cde1a23364f95118c0e3bba: a blank line, then a
// quoted empty field and tabs. Every record is blank, so there is no header at all.
BOOST_AUTO_TEST_CASE(only_blank_records_is_an_empty_file) {
    BOOST_CHECK_THROW((void)geodata::parse_points_csv("\n\"\"\t\t\t\t\n", "t.csv", "pts"), data_error);
    BOOST_CHECK_THROW((void)geodata::parse_points_csv("\n\"\"\n", "t.csv", "pts"), data_error);
}

BOOST_AUTO_TEST_SUITE_END()
