// SPDX-License-Identifier: MIT
#include "renderers/label_placer.hpp"

#include <boost/test/unit_test.hpp>

using namespace rangemap::render;

BOOST_AUTO_TEST_SUITE(label_placer)

BOOST_AUTO_TEST_CASE(first_free_candidate_wins) {
    LabelPlacer p({0, 0, 500, 500}, 1.0);
    const PagePoint a{100, 100};
    auto c = point_label_candidates(a, 4, 2, 50, 12);
    const auto first = p.place({"A", 50, 12, a, c, 0, 0});
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST(first->box.x0 > a.x); // right of the point
    // The same spot again: the right is taken, so the label goes left.
    const auto second = p.place({"B", 50, 12, a, c, 0, 0});
    BOOST_TEST_REQUIRE(second.has_value());
    BOOST_TEST(second->box.x1 < a.x);
    BOOST_TEST(!first->box.intersects(second->box));
}

BOOST_AUTO_TEST_CASE(crowded_labels_move_out_with_leaders_and_never_overlap) {
    LabelPlacer p({0, 0, 800, 600}, 1.0);
    std::vector<PlacedLabel> placed;
    // Twelve points within a few units of each other, as bases on one small island.
    for (int i = 0; i < 12; ++i) {
        const PagePoint a{400 + (i % 4) * 3.0, 300 + (i / 4) * 3.0};
        p.add_obstacle(Box::around(a, 3, 3));
    }
    int leaders = 0;
    for (int i = 0; i < 12; ++i) {
        const PagePoint a{400 + (i % 4) * 3.0, 300 + (i / 4) * 3.0};
        auto r = p.place({"label", 70, 14, a, point_label_candidates(a, 3, 2, 70, 14), 5, 250});
        BOOST_TEST_REQUIRE(r.has_value());
        leaders += r->leader ? 1 : 0;
        placed.push_back(*r);
    }
    BOOST_TEST(leaders > 0);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        for (std::size_t j = i + 1; j < placed.size(); ++j) BOOST_TEST(!placed[i].box.intersects(placed[j].box));
    }
}

BOOST_AUTO_TEST_CASE(labels_are_dropped_when_there_is_no_room) {
    LabelPlacer p({0, 0, 100, 30}, 1.0);
    const PagePoint a{50, 15};
    BOOST_TEST(p.place({"wide", 80, 14, a, {Box::around(a, 40, 7)}, 0, 0}).has_value());
    BOOST_TEST(!p.place({"again", 80, 14, a, {Box::around(a, 40, 7)}, 5, 40}).has_value());
    // Outside the area is never allowed.
    LabelPlacer q({0, 0, 100, 100}, 0);
    BOOST_TEST(!q.place({"out", 40, 10, {95, 50}, {Box{95, 45, 135, 55}}, 0, 0}).has_value());
}

BOOST_AUTO_TEST_CASE(obstacles_are_respected) {
    LabelPlacer p({0, 0, 300, 300}, 0);
    p.add_obstacle({100, 0, 300, 300});
    const PagePoint a{95, 150};
    const auto r = p.place({"x", 60, 10, a, point_label_candidates(a, 2, 2, 60, 10), 0, 0});
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->box.x1 <= 100);
}

BOOST_AUTO_TEST_CASE(a_line_from_far_off_the_page_costs_only_its_visible_part) {
    // A callout to a place 10^12 page units away, as on a map a few metres across.
    LabelPlacer p({0, 0, 300, 300}, 1.0);
    p.add_segment_obstacle({-1e12, 150}, {1e12, 150}, 2.0);
    BOOST_TEST(p.obstacle_count() < 200u);
    BOOST_TEST(!p.is_free(Box{100, 140, 160, 160}));
    BOOST_TEST(p.is_free(Box{100, 100, 160, 120}));
    // Wholly off the page: nothing to avoid.
    p.add_segment_obstacle({-1e12, -1e12}, {1e12, -1e12}, 2.0);
    BOOST_TEST(p.obstacle_count() < 200u);
}

BOOST_AUTO_TEST_SUITE_END()
