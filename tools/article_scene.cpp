// SPDX-License-Identifier: MIT
#include "article_scene.hpp"

#include "engine/geodesic.hpp"
#include "engine/ring.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"

namespace rangemap::cli {

layers::Scene article_scene(const CommonOptions&) {
    layers::Scene scene;
    scene.title = "Japan's 1,000 km reach";
    scene.subtitle = "Geodesic 1,000 km range ring around Kadena Air Base, Okinawa";
    scene.credit = "Data: Natural Earth 1:10m. Distances on WGS84. Made with rangemap.";
    scene.frame.extent = BBox{115, 18, 150, 42};

    auto land = geodata::read_layer(geodata::natural_earth_path(), "land");
    layers::Layer land_layer{"land", layers::Role::land, std::move(land.features), {}, "", false, 0};
    land_layer.style.fill = layers::Rgba::hex("#f2efe6");
    land_layer.style.stroke = layers::Rgba::hex("#8c8c8c");
    land_layer.style.stroke_width = 0.6;
    scene.layers.push_back(std::move(land_layer));

    auto countries = geodata::read_layer(geodata::natural_earth_path(), "countries");
    layers::Layer borders{"borders", layers::Role::borders, std::move(countries.features), {}, "", false, 0};
    borders.style.stroke = layers::Rgba::hex("#b0a99a");
    borders.style.stroke_width = 0.5;
    scene.layers.push_back(std::move(borders));

    const LonLat kadena{127.7675, 26.3556};
    RangeRing ring = range_ring(kadena, Length::km(1000));
    layers::Layer rings{"rings", layers::Role::ring, {}, {}, "1,000 km from Kadena", false, 0};
    rings.features.push_back(Feature{"1,000 km", "rings", {}, std::move(ring.area)});
    rings.style.fill = layers::Rgba::hex("#c0392b").with_alpha(0.10);
    rings.style.stroke = layers::Rgba::hex("#c0392b");
    rings.style.stroke_width = 1.6;
    scene.layers.push_back(std::move(rings));

    layers::Layer places{"places", layers::Role::places, {}, {}, "US base", true, 10};
    places.features.push_back(Feature{"Kadena Air Base", "places", {}, Geometry{{kadena}, {}, {}}});
    places.style.fill = layers::Rgba::hex("#1f4e79");
    places.style.marker = layers::Marker::circle;
    scene.layers.push_back(std::move(places));
    return scene;
}

} // namespace rangemap::cli
