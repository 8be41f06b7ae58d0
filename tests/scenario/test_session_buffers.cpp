// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/scenario_scene.hpp"
#include "tools/scenario/session.hpp"
#include "tools/scenario/shapes.hpp"

#include "layers/scene.hpp"

#include <string>

using namespace rangemap;
using namespace rangemap::scenario;

namespace {

/// The areas of the scene's buffer layers, in drawing order.
std::vector<const Geometry*> buffer_areas(const layers::Scene& scene) {
    std::vector<const Geometry*> out;
    for (const auto& l : scene.layers) {
        if (l.role == layers::Role::buffer) out.push_back(&l.features.at(0).geometry);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(session_buffers)

BOOST_AUTO_TEST_CASE(the_same_feature_at_the_same_distance_is_buffered_once) {
    Session session(DataOptions{});
    // No base map (it would read all of Natural Earth): only the buffers are drawn. The same
    // country by two spellings at one distance written two ways, then at another distance.
    const Scenario s = parse_scenario(R"(
title: Taiwan
data: {defaults: false}
buffers:
  - {feature: Taiwan, distance: 100km}
  - {feature: taiwan, distance: 100000}
  - {feature: Taiwan, distance: 200km}
)",
                                      "memo.yaml", {});
    BOOST_TEST(session.buffers_computed() == 0u);
    const layers::Scene scene = scenario_scene(s, session);
    const auto areas = buffer_areas(scene);
    BOOST_TEST_REQUIRE(areas.size() == 3u);
    BOOST_TEST(session.buffers_computed() == 2u);
    BOOST_TEST(areas[0]->vertex_count() > 0u);
    BOOST_TEST(areas[0]->vertex_count() == areas[1]->vertex_count());
    BOOST_TEST(areas[0]->vertex_count() != areas[2]->vertex_count());

    // The ring answer (`rangemap ring Taiwan --radius 100km`) finds it in the memo too, and
    // the figure drawn again computes nothing.
    const ShapeAnswer ring = reach_answer(session, session.resolve("Taiwan"), Length::km(100));
    BOOST_TEST(session.buffers_computed() == 2u);
    BOOST_TEST(ring.feature.geometry.vertex_count() == areas[0]->vertex_count());
    (void)scenario_scene(s, session);
    BOOST_TEST(session.buffers_computed() == 2u);

    // Another tolerance or another feature is another buffer.
    const ResolvedPlace taiwan = session.resolve("Taiwan");
    const auto coarse = session.buffer_of(taiwan, Length::km(100), 0.01);
    BOOST_TEST(session.buffers_computed() == 3u);
    BOOST_TEST(session.buffer_of(taiwan, Length::km(100), 0.01) == coarse);
    (void)reach_answer(session, session.resolve("Japan"), Length::km(100));
    BOOST_TEST(session.buffers_computed() == 4u);
}

BOOST_AUTO_TEST_CASE(a_place_built_by_hand_is_buffered_each_time) {
    // Nothing identifies a geometry that did not come from the session's data: no memo.
    Session session(DataOptions{{}, true});
    ResolvedPlace square{"square", "square", "", Feature{"square", "", {}, {}}};
    square.feature.geometry.polygons.push_back({{{10, 10}, {10.1, 10}, {10.1, 10.1}, {10, 10.1}, {10, 10}}, {}});
    const auto a = session.buffer_of(square, Length::km(10));
    const auto b = session.buffer_of(square, Length::km(10));
    BOOST_TEST(session.buffers_computed() == 2u);
    BOOST_TEST(a != b);
    BOOST_TEST(a->area.vertex_count() == b->area.vertex_count());
    // The answer keeps what it was given alive while it copies it, memo or not.
    const ShapeAnswer answer = reach_answer(session, square, Length::km(10));
    BOOST_TEST(session.buffers_computed() == 3u);
    BOOST_TEST(answer.feature.geometry.vertex_count() == a->area.vertex_count());
}

BOOST_AUTO_TEST_SUITE_END()
