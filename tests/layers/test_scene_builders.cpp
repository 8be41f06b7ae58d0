// SPDX-License-Identifier: MIT
#include "layers/scene_builders.hpp"

#include "engine/geodesic.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace rangemap;
using namespace rangemap::layers;

namespace {

Feature site(const std::string& name, const std::string& op, const std::string& kind) {
    Feature f{name, "bases", {{"operator", op}, {"kind", kind}}, {}};
    f.geometry.points.push_back({127.77, 26.36});
    return f;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scene_builders)

BOOST_AUTO_TEST_CASE(places_take_marker_colour_and_legend_from_the_theme_data) {
    const Theme t = default_theme();
    const auto out = place_layers({site("A", "US Air Force", "air base"), site("B", "JGSDF", "army camp"),
                                   site("C", "US Navy", "air base"), site("D", "civil", "city"),
                                   site("E", "US Marine Corps", "marine camp")},
                                  t);
    BOOST_TEST_REQUIRE(out.size() == 4u); // US air base (A, C), JSDF camp, city, US camp
    BOOST_TEST(out[0].legend == "US air base");
    BOOST_TEST(out[0].features.size() == 2u);
    BOOST_TEST((out[0].style.marker == Marker::triangle));
    BOOST_TEST((out[0].style.fill == Rgba::hex("#1d3f72")));
    BOOST_TEST(out[1].legend == "JSDF camp"); // the group's own wording for its camps
    BOOST_TEST((out[1].style.fill == Rgba::hex("#2f7d4f")));
    BOOST_TEST(out[2].legend == "City");
    BOOST_TEST((out[2].style.marker == Marker::diamond));
    BOOST_TEST(out[3].legend == "US Army or Marine camp");
    BOOST_TEST(out[0].priority > out[3].priority); // air bases keep their labels longer than camps
}

BOOST_AUTO_TEST_CASE(another_theme_restyles_the_same_data_without_code) {
    Theme t = default_theme();
    t.operators = {{{"AFP *"}, "AFP", Rgba::hex("#aa0000"), {}}};
    t.kinds = {{"naval base", Marker::star, "port", 5}};
    const auto out =
        place_layers({site("A", "AFP (Philippines)", "naval base"), site("B", "US Navy", "naval base")}, t);
    BOOST_TEST_REQUIRE(out.size() == 2u);
    BOOST_TEST(out[0].legend == "AFP port");
    BOOST_TEST((out[0].style.marker == Marker::star));
    BOOST_TEST((out[0].style.fill == Rgba::hex("#aa0000")));
    BOOST_TEST(out[1].legend == "Port"); // US Navy: no group in this theme
    BOOST_TEST((out[1].style.fill == t.other_operator.colour));
}

BOOST_AUTO_TEST_CASE(operator_patterns_match_whole_values_or_prefixes) {
    const Theme t = default_theme();
    BOOST_TEST(operator_group(t, "US Space Force").owner == "US");
    BOOST_TEST(operator_group(t, "JMSDF").owner == "JSDF");
    BOOST_TEST(operator_group(t, "USAF").owner.empty()); // "US *" needs the space
    BOOST_TEST(operator_group(t, "").owner.empty());
    BOOST_TEST(kind_symbol(t, "Air Base").noun == "air base");
    BOOST_TEST(kind_symbol(t, "radar").noun == "radar");
    BOOST_TEST(kind_symbol(t, "").noun == "site");
}

BOOST_AUTO_TEST_CASE(a_ring_layer_is_the_geodesic_circle_in_the_palette_colour) {
    const Theme t = default_theme();
    const Layer l = ring_layer("r", {127.7675, 26.3556}, Length::km(1000), "1,000 km", "From Kadena", t, 1);
    BOOST_TEST((l.style.stroke == t.ring_palette[1]));
    BOOST_TEST_REQUIRE(l.features.size() == 1u);
    double worst = 0;
    for (const auto& p : l.features[0].geometry.polygons.at(0).outer) {
        worst = std::max(worst, std::abs(Geodesic::wgs84().distance({127.7675, 26.3556}, p) - 1e6));
    }
    BOOST_TEST(worst < 1.0);
}

BOOST_AUTO_TEST_CASE(a_callout_is_labelled_with_its_geodesic_distance) {
    // GeodSolve -i 24.598062 121.881019 24.454533 122.939429 -> 108424.2 m: "108 km".
    const Callout c = distance_callout({121.881019, 24.598062}, {122.939429, 24.454533});
    BOOST_TEST(c.label == "108 km");
}

BOOST_AUTO_TEST_SUITE_END()
