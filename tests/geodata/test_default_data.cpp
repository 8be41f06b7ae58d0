// SPDX-License-Identifier: MIT
// The embedded default data: Natural Earth countries/land, and the curated bases list.
#include <boost/test/unit_test.hpp>

#include "tests/sanitizer/skip_under_sanitizer.hpp"

#include "engine/clip.hpp"
#include "engine/error.hpp"
#include "engine/text.hpp"
#include "gdal_checks.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/default_data.hpp"
#include "geodata/gazetteer.hpp"
#include "geodata/ogr_reader.hpp"
#include "geodata/sea_names.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

using namespace rangemap;
using namespace rangemap::geodata;

namespace {

const Feature* find(const LayerData& l, const std::string& name) {
    for (const auto& f : l.features)
        if (f.name == name) return &f;
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

BOOST_AUTO_TEST_CASE(natural_earth_opens_with_valid_geometry,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
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
            BOOST_TEST(b.max_lon - b.min_lon < 180.0,
                       f.name << " has a part spanning " << b.min_lon << ".." << b.max_lon);
        }
    }
    BOOST_TEST(invalid == 0U, names);
    BOOST_TEST(countries.notes.size() <= 1U); // at most: one feature without geometry left out
}

namespace {

bool same_geometry(const Geometry& a, const Geometry& b) {
    const auto same_ring = [](const LinearRing& x, const LinearRing& y) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i].lon != y[i].lon || x[i].lat != y[i].lat) return false;
        }
        return true;
    };
    if (a.polygons.size() != b.polygons.size() || a.lines.size() != b.lines.size() ||
        a.points.size() != b.points.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.polygons.size(); ++i) {
        const auto &p = a.polygons[i], &q = b.polygons[i];
        if (!same_ring(p.outer, q.outer) || p.holes.size() != q.holes.size()) return false;
        for (std::size_t h = 0; h < p.holes.size(); ++h) {
            if (!same_ring(p.holes[h], q.holes[h])) return false;
        }
    }
    return true;
}

bool meets(const BBox& a, const BBox& b) {
    return a.min_lon <= b.max_lon && a.max_lon >= b.min_lon && a.min_lat <= b.max_lat && a.max_lat >= b.min_lat;
}

} // namespace

// The default data is read as trusted (no repair, no antimeridian split, its CRS taken as
// WGS84 lon/lat): that is only right while reading it with every repair and its own CRS
// changes nothing.
BOOST_AUTO_TEST_CASE(natural_earth_needs_no_repair) {
    for (const char* name : {"countries", "land"}) {
        BOOST_TEST_CONTEXT(name) {
            const auto repaired = read_layer(natural_earth_path(), name);
            const auto trusted = read_natural_earth(name);
            BOOST_TEST(repaired.notes.empty(), (repaired.notes.empty() ? "" : repaired.notes.front()));
            BOOST_REQUIRE_EQUAL(repaired.features.size(), trusted.features.size());
            std::size_t differ = 0;
            for (std::size_t i = 0; i < trusted.features.size(); ++i) {
                const auto &r = repaired.features[i], &t = trusted.features[i];
                if (r.name != t.name || r.attributes != t.attributes || !same_geometry(r.geometry, t.geometry))
                    ++differ;
            }
            BOOST_TEST(differ == 0U);
        }
    }
}

BOOST_AUTO_TEST_CASE(natural_earth_land_is_many_valid_polygons,
                     *boost::unit_test::enable_if<test::k_outside_sanitizer>()) {
    const auto land = read_natural_earth("land");
    BOOST_TEST(land.features.size() > 1000U); // one polygon a row, so a map reads only its own
    std::size_t invalid = 0, jumps = 0;
    for (const auto& f : land.features) {
        BOOST_REQUIRE_EQUAL(f.geometry.polygons.size(), 1U);
        if (!ogr_is_valid(f.geometry)) ++invalid;
        // No edge jumps across the antimeridian (edges along ±180 itself close Antarctica).
        const auto& r = f.geometry.polygons.front().outer;
        for (std::size_t i = 1; i < r.size(); ++i) {
            const bool along = std::abs(r[i].lon) == 180.0 && std::abs(r[i - 1].lon) == 180.0;
            if (std::abs(r[i].lon - r[i - 1].lon) > 180.0 && !along) ++jumps;
        }
    }
    BOOST_TEST(invalid == 0U);
    BOOST_TEST(jumps == 0U);
}

BOOST_AUTO_TEST_CASE(natural_earth_region_reads_what_meets_the_region) {
    // East Asia, and a box across the antimeridian (Fiji, Russia's Chukotka, Kiribati).
    for (const BBox region : {BBox{100, 3, 165, 57}, BBox{170, -25, 195, 70}}) {
        BOOST_TEST_CONTEXT(region.min_lon << ".." << region.max_lon) {
            std::vector<BBox> rects{{region.min_lon, region.min_lat, std::min(region.max_lon, 180.0), region.max_lat}};
            if (region.max_lon > 180) rects.push_back({-180, region.min_lat, region.max_lon - 360, region.max_lat});
            for (const char* name : {"countries", "land"}) {
                const auto all = read_natural_earth(name);
                const auto some = read_natural_earth(name, region);
                // Which of `all` came back, in the same order (land has no names: match by geometry).
                std::vector<bool> kept(all.features.size(), false);
                std::size_t j = 0;
                for (const auto& f : some.features) {
                    while (j < all.features.size() && !same_geometry(all.features[j].geometry, f.geometry)) ++j;
                    BOOST_REQUIRE_MESSAGE(j < all.features.size(), name << ": a feature out of order or unknown");
                    kept[j++] = true;
                }
                std::size_t missed = 0, extra = 0;
                for (std::size_t i = 0; i < all.features.size(); ++i) {
                    const auto& g = all.features[i].geometry;
                    bool inside = false, near = false;
                    for (const BBox& r : rects) {
                        inside = inside || !clip_to_box(g, r).empty();
                        near = near || meets(bbox_of(g), r);
                    }
                    if (inside && !kept[i]) ++missed; // on the map but left out
                    if (!near && kept[i]) ++extra;    // read though nowhere near
                }
                BOOST_TEST(some.features.size() < all.features.size(), name);
                BOOST_TEST(missed == 0U, name);
                BOOST_TEST(extra == 0U, name);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(each_country_is_one_feature) {
    const auto countries = read_natural_earth("countries");
    std::set<std::string> names;
    for (const auto& f : countries.features) {
        BOOST_TEST(names.insert(f.name).second, f.name << " appears twice");
    }
    for (const char* name : {"Japan", "Taiwan", "Philippines", "China", "Fiji", "Russia"}) {
        const Feature* f = find(countries, name);
        BOOST_REQUIRE_MESSAGE(f, name);
        BOOST_TEST(f->geometry.polygons.size() > 1U, name); // islands, or parts on each side of ±180
    }
    // Fiji and Russia lie on both sides of the antimeridian, each part on its own side.
    for (const char* name : {"Fiji", "Russia"}) {
        bool east = false, west = false;
        for (const auto& p : find(countries, name)->geometry.polygons) {
            const auto b = bbox_of(Geometry{{}, {}, {p}});
            east = east || b.min_lon > 0;
            west = west || b.max_lon < 0;
        }
        BOOST_TEST((east && west), name);
    }
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
        {"Kadena", "Japan", "air base"},
        {"Futenma", "Japan", ""},
        {"Camp Schwab", "Japan", ""},
        {"Camp Hansen", "Japan", ""},
        {"Camp Foster", "Japan", ""},
        {"White Beach", "Japan", ""},
        {"Torii Station", "Japan", ""},
        {"Yokota", "Japan", "air base"},
        {"Camp Zama", "Japan", ""},
        {"Yokosuka", "Japan", "naval base"},
        {"Sasebo", "Japan", "naval base"},
        {"Iwakuni", "Japan", ""},
        {"Misawa", "Japan", "air base"},
        {"Atsugi", "Japan", ""},
        // Japan Self-Defense Forces in the southwestern islands
        {"Camp Yonaguni", "Japan", ""},
        {"Camp Ishigaki", "Japan", ""},
        {"Camp Miyakojima", "Japan", ""},
        {"Camp Amami", "Japan", ""},
        // Korea, Guam, Hawaii
        {"Osan", "South Korea", "air base"},
        {"Humphreys", "South Korea", ""},
        {"Kunsan", "South Korea", "air base"},
        {"Andersen", "", "air base"},
        {"Naval Base Guam", "", "naval base"},
        {"Camp H. M. Smith", "", "headquarters"},
        {"Pearl Harbor", "", ""},
        // The nine EDCA sites
        {"Antonio Bautista", "Philippines", ""},
        {"Basa", "Philippines", ""},
        {"Fort Magsaysay", "Philippines", ""},
        {"Lumbia", "Philippines", ""},
        {"Mactan", "Philippines", ""},
        {"Camilo Osias", "Philippines", ""},
        {"Lal-lo", "Philippines", ""},
        {"Melchor Dela Cruz", "Philippines", ""},
        {"Balabac", "Philippines", ""},
        // Reference cities
        {"Tokyo", "Japan", "city"},
        {"Taipei", "Taiwan", "city"},
        {"Beijing", "China", "city"},
        {"Shanghai", "China", "city"},
        {"Manila", "Philippines", "city"},
        {"Seoul", "South Korea", "city"},
        {"Naha", "Japan", "city"},
        {"Hualien", "Taiwan", "city"},
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

BOOST_AUTO_TEST_CASE(sea_names_are_kinded_and_sourced) {
    const LayerData seas = read_sea_names(seas_csv_path());
    BOOST_TEST(seas.features.size() >= 12u);
    for (const auto& f : seas.features) {
        BOOST_TEST(!f.attribute("source").empty(), f.name);
        BOOST_TEST(f.geometry.points.size() == 1u, f.name);
    }
    const auto bad = std::filesystem::temp_directory_path() / "rangemap_bad_seas.csv";
    std::ofstream(bad) << "name,kind,lat,lon,alt,angle,source\nLake Nowhere,lake,30,130,,,none\n";
    BOOST_CHECK_THROW(read_sea_names(bad.string()), data_error);
    std::ofstream(bad) << "name,kind,lat,lon,alt,angle,source\nSome Strait,strait,30,130,,steep,none\n";
    BOOST_CHECK_THROW(read_sea_names(bad.string()), data_error);
    std::filesystem::remove(bad);
}

BOOST_AUTO_TEST_SUITE_END()
