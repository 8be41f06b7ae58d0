// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "tools/scenario/scenario.hpp"

#include <filesystem>
#include <string>

using namespace rangemap::scenario;

BOOST_AUTO_TEST_SUITE(examples)

BOOST_AUTO_TEST_CASE(every_shipped_scenario_parses) {
    const std::filesystem::path dir = std::filesystem::path(RANGEMAP_SOURCE_DIR) / "geodata";
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".yaml") continue;
        BOOST_TEST_CONTEXT(entry.path().filename().string()) {
            const Scenario s = read_scenario(entry.path().string(), {});
            BOOST_TEST(!s.title.empty());
            BOOST_TEST(!s.questions.empty());
            BOOST_TEST(!s.rings.empty());
        }
        ++count;
    }
    BOOST_TEST(count >= 4);
}

BOOST_AUTO_TEST_CASE(the_article_scenario_is_the_article_figure) {
    const Scenario s = read_scenario(std::string(RANGEMAP_SOURCE_DIR) + "/geodata/article.yaml", {});
    BOOST_TEST(s.rings.size() == 3u);
    for (const auto& r : s.rings) BOOST_TEST(r.radii.at(0).metres() == 1e6);
    BOOST_TEST(s.map.extent->min_lon == 115.0);
    BOOST_TEST(s.map.extent->max_lat == 42.0);
    BOOST_TEST(s.callouts.at(0).from == "Taiwan");
}

BOOST_AUTO_TEST_CASE(the_standoff_sweep_runs_250_to_3000_km) {
    const Scenario s = read_scenario(std::string(RANGEMAP_SOURCE_DIR) + "/geodata/standoff_missiles.yaml", {});
    const auto& sweep = s.questions.at(1);
    BOOST_TEST(sweep.radii.size() == 12u);
    BOOST_TEST(sweep.sites.size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
