// SPDX-License-Identifier: MIT
// The zoom inset: when it is drawn (a callout short on the page), where it goes (a free place,
// never over the legend, its own frame or a callout), how its leaders run, and its scale.

#include "test_support.hpp"

#include "renderers/cairo_renderer.hpp"
#include "renderers/inset.hpp"
#include "renderers/inset_layout.hpp"
#include "renderers/map_frame.hpp"

#include "engine/error.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace rangemap;
using namespace rangemap::render;

namespace {

bool inside(const Box& b, PagePoint p) { return p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1; }

} // namespace

BOOST_AUTO_TEST_SUITE(inset)

BOOST_AUTO_TEST_CASE(the_shortest_callout_under_the_trigger_gets_the_inset) {
    // A 1,000-wide map: 6% is 60.
    BOOST_TEST(short_callout({100.0, 40.0, 20.0, 59.0}, 1000, 0.06).value() == 2u);
    BOOST_TEST(!short_callout({60.0, 300.0}, 1000, 0.06).has_value()); // at the threshold: readable
    BOOST_TEST(!short_callout({}, 1000, 0.06).has_value());
    // A callout with an end off the map is not one to zoom on.
    BOOST_TEST(short_callout({std::nullopt, 50.0}, 1000, 0.06).value() == 1u);
}

BOOST_AUTO_TEST_CASE(positions_lie_inside_the_map_at_the_margin) {
    const Box map{60, 112, 1440, 938};
    const auto pos = inset_positions(map, 400, 300, 12);
    BOOST_TEST(pos.size() == 8u);
    for (const Box& b : pos) {
        BOOST_TEST(map.grown(-12).contains(b));
        BOOST_TEST(b.width() == 400);
        BOOST_TEST(b.height() == 300);
    }
    BOOST_TEST(inset_positions(map, 1400, 300, 12).empty()); // wider than the map
}

BOOST_AUTO_TEST_CASE(the_inset_takes_the_cheapest_free_place) {
    const Box map{0, 0, 1000, 800};
    const auto pos = inset_positions(map, 300, 200, 10);
    const auto x_cost = [](const Box& b) { return b.x0 + b.y0; }; // top left is cheapest
    BOOST_TEST(choose_inset_box(pos, {}, {}, x_cost)->x0 == 10);
    // The legend in the top left: the next cheapest (the middle of the left edge)...
    const Box legend{10, 10, 200, 150};
    const auto b = choose_inset_box(pos, {legend}, {}, x_cost);
    BOOST_REQUIRE(b.has_value());
    BOOST_TEST(!b->intersects(legend));
    BOOST_TEST(b->x0 == 10);
    BOOST_TEST(b->y0 == 300);
    // ... unless a callout runs there: then never over it, whatever it costs.
    const auto c = choose_inset_box(pos, {legend}, {{100, 400}}, x_cost);
    BOOST_REQUIRE(c.has_value());
    BOOST_TEST(!c->contains(PagePoint{100, 400}));
    BOOST_TEST(!c->intersects(legend));
    // No free place: no inset.
    BOOST_TEST(!choose_inset_box(pos, {map}, {}, x_cost).has_value());
    // Equal costs: the first position, the top right corner.
    const auto flat = choose_inset_box(pos, {}, {}, [](const Box&) { return 1.0; });
    BOOST_TEST(flat->x1 == 990);
    BOOST_TEST(flat->y0 == 10);
}

BOOST_AUTO_TEST_CASE(leaders_run_along_the_outside_of_both_boxes) {
    const Box frame{100, 500, 160, 560}, inset{600, 100, 900, 320};
    const auto lines = leader_lines(frame, inset);
    BOOST_REQUIRE(lines.size() == 2u);
    for (const auto& [a, b] : lines) {
        BOOST_TEST(frame.contains(a));
        BOOST_TEST(inset.contains(b));
        // Corners, and no line crosses either box.
        BOOST_TEST((a.x == frame.x0 || a.x == frame.x1));
        BOOST_TEST((b.y == inset.y0 || b.y == inset.y1));
        for (int i = 1; i < 100; ++i) {
            const PagePoint p{a.x + (b.x - a.x) * i / 100, a.y + (b.y - a.y) * i / 100};
            BOOST_TEST(!inside(frame, p));
            BOOST_TEST(!inside(inset, p));
        }
    }
    // Up and to the right: the top-left and bottom-right corners of the frame lead.
    BOOST_TEST(lines[0].first.x != lines[1].first.x);
    BOOST_TEST(leader_lines(frame, frame.grown(5)).empty());
}

BOOST_AUTO_TEST_CASE(an_automatic_inset_only_for_a_short_callout) {
    layers::Scene s = test::rich_scene();
    const MapFrame f(s);
    const auto plan = plan_inset(s, f);
    BOOST_REQUIRE(plan.has_value());
    BOOST_TEST(plan->callout.value() == 0u);
    // 4 times the callout, 103,086.61 m by GeodSolve -i 24.56 121.93 24.45 122.94.
    BOOST_TEST(plan->ground_width_m == 4 * 103086.61, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(plan->width == 0.32 * f.map_box().width(), boost::test_tools::tolerance(1e-9));
    // Its frame on the map holds the callout's ends.
    const Box fb = plan->footprint_box();
    for (const LonLat p : {s.callouts[0].from, s.callouts[0].to}) BOOST_TEST(fb.contains(*f.to_page(p)));

    s.inset.mode = layers::Inset::Mode::off;
    BOOST_TEST(!plan_inset(s, f).has_value());
    // A callout across the map is read at the map's scale.
    s.inset.mode = layers::Inset::Mode::automatic;
    s.callouts[0] = {{121, 21}, {134, 31}, "long"};
    BOOST_TEST(!plan_inset(s, f).has_value());
    // Asked for, it is drawn anyway, as wide as asked.
    s.inset.mode = layers::Inset::Mode::callout;
    s.inset.width_m = 300e3;
    BOOST_TEST(plan_inset(s, f)->ground_width_m == 300e3);
    s.inset.callout = 1;
    BOOST_CHECK_THROW((void)plan_inset(s, f), usage_error);
}

BOOST_AUTO_TEST_CASE(the_inset_frame_is_true_to_scale_at_its_centre) {
    const layers::Scene s = test::rich_scene();
    const MapFrame main(s);
    const auto plan = plan_inset(s, main);
    BOOST_REQUIRE(plan.has_value());
    const MapFrame f = inset_frame(*plan, main, {300, 50, 500, 200});
    BOOST_TEST(f.map_box().x0 == 300);
    BOOST_TEST(f.unit() == main.unit());
    const PagePoint c = *f.to_page(plan->centre);
    BOOST_TEST(c.x == 400, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(c.y == 125, boost::test_tools::tolerance(1e-6));
    // 200 page units show the ground width: GeodSolve -i 24.56 121.93 24.45 122.94 puts the
    // callout's ends 103,086.61 m apart; the inset draws them 200 / (4 * 103,086.61) a metre.
    const PagePoint a = *f.to_page(s.callouts[0].from), b = *f.to_page(s.callouts[0].to);
    BOOST_TEST(std::hypot(b.x - a.x, b.y - a.y) == 200.0 / 4, boost::test_tools::tolerance(1e-4));
    BOOST_CHECK_THROW(MapFrame(plan->crs, 0, {0, 0, 10, 10}, 1, 600, 400), usage_error);
}

BOOST_AUTO_TEST_CASE(the_rendered_inset_keeps_clear_of_the_furniture_and_its_frame) {
    for (const Format format : {Format::png, Format::svg, Format::pdf}) {
        RenderReport r;
        (void)render_to_bytes(test::rich_scene(), format, &r);
        BOOST_REQUIRE(r.inset.has_value());
        BOOST_TEST(r.furniture.size() == 3u);
        for (const Box& f : r.furniture) {
            if (f.x0 != r.inset->box.x0 || f.y0 != r.inset->box.y0) BOOST_TEST(!f.intersects(r.inset->box));
        }
        BOOST_TEST(r.inset->box.contains(r.inset->map_box));
        BOOST_TEST(r.map_box.contains(r.inset->box));
        for (const PagePoint p : r.inset->frame_on_map) BOOST_TEST(!r.inset->box.contains(p));
        BOOST_TEST(r.inset->scale_text == "100 km");
    }
}

BOOST_AUTO_TEST_SUITE_END()
