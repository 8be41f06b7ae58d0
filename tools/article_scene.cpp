// SPDX-License-Identifier: MIT
#include "article_scene.hpp"

#include "scene_builder.hpp"

#include "engine/clip.hpp"
#include "engine/min_distance.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"

#include <algorithm>

namespace rangemap::cli {

namespace {

struct LaunchSite {
    const char* site;   ///< name in the bases list
    const char* short_name;
    LonLat fallback;    ///< used when the bases list lacks the site
};

// Ground-launched sites the article's 1,000 km figure is about: the southern Ryukyus
// (Yonaguni), Okinawa (Kadena) and Kyushu (Sasebo).
const LaunchSite k_sites[] = {
    {"Kadena Air Base", "Kadena", {127.7675, 26.3556}},
    {"JGSDF Camp Yonaguni", "Yonaguni", {122.9489, 24.4469}},
    {"Fleet Activities Sasebo", "Sasebo", {129.7148, 33.1645}},
};

/// The US sites in Japan, plus the launch sites themselves.
std::vector<Feature> article_sites(const std::vector<Feature>& all) {
    std::vector<Feature> out;
    for (const auto& f : all) {
        const bool us_in_japan = f.attribute("country") == "Japan" && f.attribute("operator").rfind("US ", 0) == 0;
        const bool launch = std::any_of(std::begin(k_sites), std::end(k_sites),
                                        [&](const LaunchSite& s) { return f.name == s.site; });
        if (us_in_japan || launch) out.push_back(f);
    }
    // The launch sites first, so their labels win where space is short.
    std::stable_partition(out.begin(), out.end(), [](const Feature& f) {
        return std::any_of(std::begin(k_sites), std::end(k_sites), [&](const LaunchSite& s) { return f.name == s.site; });
    });
    return out;
}

LonLat site_position(const std::vector<Feature>& sites, const LaunchSite& s) {
    for (const auto& f : sites) {
        if (f.name == s.site && !f.geometry.points.empty()) return f.geometry.points.front();
    }
    return s.fallback;
}

/// The closest points of Taiwan and Japan (Natural Earth countries), both clipped first to the
/// waters between Taiwan and Yonaguni: the minimum lies there (~108 km), and the edges the
/// clip adds (on 121°E, 123.5°E, 23°N, 26°N) are all more than 150 km from the other side.
std::optional<MinDistance> taiwan_japan(const std::vector<Feature>& countries) {
    const BBox box{121.0, 23.0, 123.5, 26.0};
    Geometry taiwan, japan;
    for (const auto& f : countries) {
        if (f.name == "Taiwan") taiwan = clip_to_box(f.geometry, box);
        if (f.name == "Japan") japan = clip_to_box(f.geometry, box);
    }
    // Off the map (the base map is read for the extent only): no callout.
    if (taiwan.empty() || japan.empty()) return std::nullopt;
    return min_distance(taiwan, japan);
}

} // namespace

layers::Scene article_scene(const CommonOptions&, const std::optional<BBox>& extent) {
    layers::Scene scene;
    scene.title = "Japan's 1,000 km reach from the Ryukyus and Kyushu";
    scene.subtitle = "Geodesic 1,000 km range rings around three launch sites, US bases in Japan, and the shortest "
                     "Taiwan–Japan distance";
    scene.credit = "Natural Earth; bases: public sources; distances on WGS84";
    const BBox e = extent.value_or(k_article_extent);
    scene.frame.extent = e;
    const auto& theme = scene.theme;

    // The base map is read for a generous box around the extent: a conic map shows more than
    // its lon/lat box at the corners; the renderer clips again exactly.
    const double mx = (e.max_lon - e.min_lon) * 0.3, my = (e.max_lat - e.min_lat) * 0.3;
    const BBox region{e.min_lon - mx, std::max(-90.0, e.min_lat - my), e.max_lon + mx, std::min(90.0, e.max_lat + my)};
    for (auto& l : base_map_layers(theme, region)) scene.layers.push_back(std::move(l));

    const std::vector<Feature> sites = article_sites(read_sites_csv(geodata::bases_csv_path()));
    int colour = 0;
    for (const auto& s : k_sites) {
        const std::string name = s.short_name;
        scene.layers.push_back(ring_layer(std::string("ring:") + s.short_name, site_position(sites, s), Length::km(1000),
                                          "1,000 km from " + name, "1,000 km from " + std::string(s.site), theme,
                                          colour++));
    }

    // Shortest Taiwan–Japan distance: Taiwan's east coast to Yonaguni.
    const auto borders = std::find_if(scene.layers.begin(), scene.layers.end(),
                                      [](const layers::Layer& l) { return l.id == "borders"; });
    if (const auto md = taiwan_japan(borders->features)) {
        scene.callouts.push_back(distance_callout(md->from, md->to, "~"));
        scene.layers.push_back(callout_legend("Shortest distance, Taiwan–Japan", theme));
    }

    for (auto& l : place_layers(sites, theme, 10)) scene.layers.push_back(std::move(l));
    return scene;
}

} // namespace rangemap::cli
