// SPDX-License-Identifier: MIT
// The embedded default data: Natural Earth countries/land, and the curated bases list.
#include <boost/test/unit_test.hpp>

#include "engine/text.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/default_data.hpp"
#include "geodata/gazetteer.hpp"
#include "geodata/ogr_reader.hpp"
#include "geodata/validity.hpp"

#include <algorithm>
#include <set>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

const Feature* find(const LayerData& l, const std::string& name) {
    for (const auto& f : l.features) if (f.name == name) return &f;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_SUITE(default_data)

BOOST_AUTO_TEST_CASE(validity_check_tells_valid_from_invalid) {
    Geometry bowtie;
    bowtie.polygons.push_back({{{0, 0}, {2, 2}, {2, 0}, {0, 2}, {0, 0}}, {}});
    BOOST_TEST(!ogr_is_valid(bowtie));
    Geometry square;
    square.polygons.push_back({{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, {}});
    BOOST_TEST(ogr_is_valid(square));
    square.polygons.push_back(square.polygons.front()); // overlapping parts
    BOOST_TEST(!ogr_is_valid(square));
}

BOOST_AUTO_TEST_CASE(natural_earth_opens_with_valid_geometry) {
    const auto layers = list_layers(natural_earth_path());
    BOOST_TEST((std::find(layers.begin(), layers.end(), "land") != layers.end()));
    const auto countries = read_layer(natural_earth_path(), "countries");
    BOOST_TEST(countries.features.size() >= 250U);
    for (const char* name : {"Japan", "Taiwan", "China", "Philippines", "South Korea"}) {
        const Feature* f = find(countries, name);
        BOOST_REQUIRE_MESSAGE(f, name);
        BOOST_TEST(!f->geometry.polygons.empty(), name);
    }
    const auto japan = bbox_of(find(countries, "Japan")->geometry);
    BOOST_TEST(japan.min_lon > 122.0); // Yonaguni, the westernmost island, is at 122.9 E
    BOOST_TEST(japan.min_lon < 123.1);
    const auto taiwan = bbox_of(find(countries, "Taiwan")->geometry);
    BOOST_TEST(taiwan.min_lat < 22.0);
    BOOST_TEST(taiwan.max_lat > 25.0);

    std::size_t invalid = 0;
    std::string names;
    for (const auto& f : countries.features) {
        if (!ogr_is_valid(f.geometry)) {
            ++invalid;
            names += f.name + "; ";
        }
        if (f.name == "Antarctica") continue; // it holds the pole: its ring runs along ±180
        for (const auto& p : f.geometry.polygons) {
            const auto b = bbox_of(Geometry{{}, {}, {p}});
            BOOST_TEST(b.max_lon - b.min_lon < 180.0, f.name << " has a part spanning " << b.min_lon << ".." << b.max_lon);
        }
    }
    BOOST_TEST(invalid == 0U, names);
    BOOST_TEST(countries.notes.size() <= 1U); // at most: one feature without geometry left out
}

BOOST_AUTO_TEST_CASE(bases_csv_is_well_formed) {
    // The reader itself refuses duplicate names, bad numbers and coordinates out of range.
    const auto bases = read_points_csv(bases_csv_path(), "bases");
    BOOST_TEST(bases.features.size() >= 40U);
    const std::set<std::string> kinds{"air base", "naval base", "army camp", "marine camp", "headquarters", "city"};
    for (const auto& f : bases.features) {
        BOOST_TEST_CONTEXT(f.name) {
            BOOST_TEST(kinds.count(f.attribute("kind")) == 1U, f.attribute("kind"));
            BOOST_TEST(!trim(f.attribute("source")).empty());
            BOOST_TEST(!trim(f.attribute("country")).empty());
            BOOST_TEST(!trim(f.attribute("operator")).empty());
            const auto p = f.geometry.points.at(0);
            // The region of interest: Hawaii to Beijing, Sydney-free.
            BOOST_TEST((p.lat > 0 && p.lat < 50), p.lat);
            BOOST_TEST(((p.lon > 100 && p.lon < 180) || (p.lon > -170 && p.lon < -150)), p.lon);
        }
    }
}

BOOST_AUTO_TEST_CASE(bases_csv_has_the_required_sites) {
    const std::vector<LayerData> layers{read_points_csv(bases_csv_path(), "bases")};
    const Gazetteer g(layers);
    struct Want {
        const char* query;
        const char* country;
        const char* kind; // "" when any kind will do
    };
    const Want wanted[] = {
        // US installations in Japan
        {"Kadena", "Japan", "air base"}, {"Futenma", "Japan", ""}, {"Camp Schwab", "Japan", ""},
        {"Camp Hansen", "Japan", ""}, {"Camp Foster", "Japan", ""}, {"White Beach", "Japan", ""},
        {"Torii Station", "Japan", ""}, {"Yokota", "Japan", "air base"}, {"Camp Zama", "Japan", ""},
        {"Yokosuka", "Japan", "naval base"}, {"Sasebo", "Japan", "naval base"}, {"Iwakuni", "Japan", ""},
        {"Misawa", "Japan", "air base"}, {"Atsugi", "Japan", ""},
        // Japan Self-Defense Forces in the southwestern islands
        {"Camp Yonaguni", "Japan", ""}, {"Camp Ishigaki", "Japan", ""}, {"Camp Miyakojima", "Japan", ""},
        {"Camp Amami", "Japan", ""},
        // Korea, Guam, Hawaii
        {"Osan", "South Korea", "air base"}, {"Humphreys", "South Korea", ""}, {"Kunsan", "South Korea", "air base"},
        {"Andersen", "", "air base"}, {"Naval Base Guam", "", "naval base"},
        {"Camp H. M. Smith", "", "headquarters"}, {"Pearl Harbor", "", ""},
        // The nine EDCA sites
        {"Antonio Bautista", "Philippines", ""}, {"Basa", "Philippines", ""}, {"Fort Magsaysay", "Philippines", ""},
        {"Lumbia", "Philippines", ""}, {"Mactan", "Philippines", ""}, {"Camilo Osias", "Philippines", ""},
        {"Lal-lo", "Philippines", ""}, {"Melchor Dela Cruz", "Philippines", ""}, {"Balabac", "Philippines", ""},
        // Reference cities
        {"Tokyo", "Japan", "city"}, {"Taipei", "Taiwan", "city"}, {"Beijing", "China", "city"},
        {"Shanghai", "China", "city"}, {"Manila", "Philippines", "city"}, {"Seoul", "South Korea", "city"},
        {"Naha", "Japan", "city"}, {"Hualien", "Taiwan", "city"},
    };
    std::set<const Feature*> distinct;
    for (const auto& w : wanted) {
        BOOST_TEST_CONTEXT(w.query) {
            const GazetteerEntry* e = nullptr;
            BOOST_CHECK_NO_THROW(e = &g.resolve(w.query));
            if (!e) continue;
            distinct.insert(e->feature);
            if (*w.country) BOOST_TEST(e->feature->attribute("country") == w.country);
            if (*w.kind) BOOST_TEST(e->feature->attribute("kind") == w.kind);
        }
    }
    BOOST_TEST(distinct.size() == std::size(wanted)); // no two queries found the same site
}

BOOST_AUTO_TEST_SUITE_END()
