// SPDX-License-Identifier: MIT
// Replays the committed fuzz inputs (fuzz/corpus/points_csv) through the points CSV reader with
// the fuzz target's checks, so every input a fuzzer kept runs in every build, the sanitizer
// build included. Inputs named crash-* are each pinned by a named test.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/csv_points.hpp"

#include <cmath>
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

} // namespace

BOOST_AUTO_TEST_SUITE(regressions_fuzz)

BOOST_AUTO_TEST_CASE(points_csv_corpus_reads_or_refuses) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(std::string(RANGEMAP_SOURCE_DIR) + "/fuzz/corpus/points_csv")) {
        if (!e.is_regular_file() || e.path().filename().string().rfind("crash-", 0) == 0) continue;
        ++n;
        BOOST_TEST_CONTEXT(e.path().filename().string()) {
            try {
                const auto layer = geodata::parse_points_csv(slurp(e.path()), "fuzz.csv", "fuzz");
                for (const auto& f : layer.features) {
                    BOOST_TEST(!f.name.empty());
                    BOOST_REQUIRE(f.geometry.points.size() == 1u);
                    const auto p = f.geometry.points.front();
                    BOOST_TEST((std::isfinite(p.lat) && std::isfinite(p.lon)));
                    BOOST_TEST((std::abs(p.lat) <= 90 && std::abs(p.lon) <= 180));
                }
            } catch (const data_error&) {
            }
        }
    }
    BOOST_TEST(n > 0u);
}

// fuzz/corpus/points_csv/crash-7f9c9fe2dfc7f6508cde1a23364f95118c0e3bba: a blank line, then a
// quoted empty field and tabs. Every record is blank, so there is no header at all.
BOOST_AUTO_TEST_CASE(only_blank_records_is_an_empty_file) {
    BOOST_CHECK_THROW((void)geodata::parse_points_csv("\n\"\"\t\t\t\t\n", "t.csv", "pts"), data_error);
    BOOST_CHECK_THROW((void)geodata::parse_points_csv("\n\"\"\n", "t.csv", "pts"), data_error);
}

BOOST_AUTO_TEST_SUITE_END()
