// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/gazetteer.hpp"

#include <string>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

Feature point(const std::string& name, double lon, double lat, const std::string& aliases = {}) {
    Feature f;
    f.name = name;
    f.geometry.points.push_back({lon, lat});
    if (!aliases.empty()) f.attributes["aliases"] = aliases;
    return f;
}

Feature square(const std::string& name, double lon, double lat) {
    Feature f;
    f.name = name;
    f.geometry.polygons.push_back({{{lon, lat}, {lon + 1, lat}, {lon + 1, lat + 1}, {lon, lat + 1}, {lon, lat}}, {}});
    return f;
}

LayerData layer(const std::string& name, std::vector<Feature> features) {
    LayerData l;
    l.name = name;
    for (auto& f : features) f.layer = name;
    l.features = std::move(features);
    return l;
}

struct World {
    std::vector<LayerData> layers{
        layer("countries", {square("Japan", 138, 36), square("Taiwan", 121, 23), square("Singapore", 103.8, 1.3),
                            square("Guam", 144.7, 13.4), square("North Korea", 127, 40), square("South Korea", 127, 36),
                            square("Curaçao", -69, 12), square("Côte d'Ivoire", -5, 7), square("", 0, 0)}),
        layer("bases",
              {point("Kadena Air Base", 127.7675, 26.3556, "RODN|Kadena AB"),
               point("Camp Humphreys", 127.031, 36.963, "USAG Humphreys"), point("Camp Hansen", 127.9151, 26.4605),
               point("Camp Zama", 139.393, 35.498), point("Naval Base Guam", 144.65, 13.44, "Guam| |Apra Harbor"),
               point("Singapore", 103.85, 1.29), point("Yokota Air Base", 139.348, 35.748)}),
    };
    Gazetteer gaz{layers};
};

std::string error_of(const Gazetteer& g, const std::string& query) {
    try {
        (void)g.resolve(query);
    } catch (const usage_error& e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

} // namespace

BOOST_AUTO_TEST_SUITE(gazetteer)

BOOST_AUTO_TEST_CASE(indexes_named_features_and_aliases) {
    World w;
    BOOST_TEST(w.gaz.entries().size() == 15U); // the unnamed polygon is left out
    const auto& guam_base = w.gaz.resolve("Naval Base Guam");
    BOOST_TEST(guam_base.layer == "bases");
    BOOST_TEST((guam_base.aliases == std::vector<std::string>{"Guam", "Apra Harbor"})); // blank alias dropped
    BOOST_TEST(guam_base.feature == &w.layers[1].features[4]);
}

BOOST_AUTO_TEST_CASE(exact_names_ignore_case_accents_and_punctuation) {
    World w;
    BOOST_TEST(w.gaz.resolve("kadena air base").name == "Kadena Air Base");
    BOOST_TEST(w.gaz.resolve("  KADENA-AIR_BASE ").name == "Kadena Air Base");
    BOOST_TEST(w.gaz.resolve("Curacao").name == "Curaçao");
    BOOST_TEST(w.gaz.resolve("cote divoire").name == "Côte d'Ivoire");
    BOOST_TEST(w.gaz.resolve("Taiwan").layer == "countries");
}

BOOST_AUTO_TEST_CASE(aliases_match_exactly) {
    World w;
    BOOST_TEST(w.gaz.resolve("rodn").name == "Kadena Air Base");
    BOOST_TEST(w.gaz.resolve("Kadena AB").name == "Kadena Air Base");
    BOOST_TEST(w.gaz.resolve("apra harbor").name == "Naval Base Guam");
}

BOOST_AUTO_TEST_CASE(unique_prefixes_and_whole_words) {
    World w;
    BOOST_TEST(w.gaz.resolve("Kadena").name == "Kadena Air Base"); // prefix of the name
    BOOST_TEST(w.gaz.resolve("yokota").name == "Yokota Air Base");
    BOOST_TEST(w.gaz.resolve("Humphreys").name == "Camp Humphreys"); // a whole word of the name
    BOOST_TEST(w.gaz.resolve("Zama").name == "Camp Zama");
    BOOST_TEST(w.gaz.resolve("Jap").name == "Japan");
    // Word matching is by whole words only: "umphreys" is neither a word nor a prefix.
    BOOST_TEST(contains(error_of(w.gaz, "umphreys"), "unknown place"));
}

BOOST_AUTO_TEST_CASE(ambiguous_names_list_candidates_with_layers) {
    World w;
    const auto camp = error_of(w.gaz, "camp");
    BOOST_TEST(contains(camp, "ambiguous place 'camp'"), camp);
    BOOST_TEST(contains(camp, "Camp Humphreys (bases)"));
    BOOST_TEST(contains(camp, "Camp Hansen (bases)"));
    BOOST_TEST(contains(camp, "Camp Zama (bases)"));
    const auto korea = error_of(w.gaz, "Korea");
    BOOST_TEST(contains(korea, "North Korea (countries)"), korea);
    BOOST_TEST(contains(korea, "South Korea (countries)"));
    const auto air = error_of(w.gaz, "Air Base");
    BOOST_TEST(contains(air, "Kadena Air Base (bases)"), air);
}

BOOST_AUTO_TEST_CASE(exact_point_name_beats_same_named_country) {
    World w;
    // Typed exactly: the city (a point) wins over the country.
    BOOST_TEST(w.gaz.resolve("Singapore").layer == "bases");
    BOOST_TEST(w.gaz.resolve("SINGAPORE").layer == "bases");
    // Only a prefix: both are candidates, nothing wins silently.
    const auto e = error_of(w.gaz, "Singap");
    BOOST_TEST(contains(e, "Singapore (bases)"), e);
    BOOST_TEST(contains(e, "Singapore (countries)"));
    // A point that has the name only as an alias does not beat a country named so.
    BOOST_TEST(w.gaz.resolve("Guam").layer == "countries");
}

BOOST_AUTO_TEST_CASE(same_name_in_two_point_layers_is_ambiguous) {
    std::vector<LayerData> layers{layer("a", {point("Site", 1, 1)}), layer("b", {point("site", 2, 2)})};
    Gazetteer g(layers);
    const auto e = error_of(g, "Site");
    BOOST_TEST(contains(e, "Site (a)"), e);
    BOOST_TEST(contains(e, "site (b)"));
}

BOOST_AUTO_TEST_CASE(unknown_names_suggest_the_closest) {
    World w;
    const auto e = error_of(w.gaz, "Kadina");
    BOOST_TEST(contains(e, "unknown place 'Kadina'"), e);
    const auto closest = e.substr(e.find("closest: "));
    BOOST_TEST(closest.rfind("closest: Kadena Air Base", 0) == 0U, closest);
    // Never more than five suggestions.
    BOOST_TEST(std::count(closest.begin(), closest.end(), ',') <= 4);
    BOOST_TEST(contains(error_of(w.gaz, "Taiwn"), "closest: Taiwan"));
    BOOST_TEST(contains(error_of(w.gaz, "Humphries"), "Camp Humphreys"));
}

BOOST_AUTO_TEST_CASE(empty_and_punctuation_only_queries) {
    World w;
    BOOST_TEST(contains(error_of(w.gaz, ""), "no letters or digits"));
    BOOST_TEST(contains(error_of(w.gaz, "--- !"), "no letters or digits"));
    std::vector<LayerData> none;
    Gazetteer empty(none);
    BOOST_TEST(contains(error_of(empty, "Kadena"), "no named places are loaded"));
}

BOOST_AUTO_TEST_CASE(other_scripts_match_as_written) {
    std::vector<LayerData> layers{layer("cities", {point("東京", 139.77, 35.68, "Tokyo")})};
    Gazetteer g(layers);
    BOOST_TEST(g.resolve("東京").name == "東京");
    BOOST_TEST(g.resolve("tokyo").name == "東京");
}

BOOST_AUTO_TEST_SUITE_END()
