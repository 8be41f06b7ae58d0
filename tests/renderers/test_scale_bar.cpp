// SPDX-License-Identifier: MIT
#include "test_support.hpp"

#include "renderers/map_frame.hpp"
#include "renderers/scale_bar.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace rangemap;
using namespace rangemap::render;

BOOST_AUTO_TEST_SUITE(scale_bar)

BOOST_AUTO_TEST_CASE(a_fifth_of_the_map_in_round_lengths_true_where_it_says) {
    const MapFrame f(test::bare_scene({115, 18, 150, 42}, 1500, 1000));
    const ScaleBar b = choose_scale_bar(f);
    const double w = f.map_box().width();
    BOOST_TEST(b.km_len >= w / 8);
    BOOST_TEST(b.km_len <= w / 4);
    BOOST_TEST(b.mi_len >= w / 8);
    BOOST_TEST(b.mi_len <= w / 4);
    // Round: 1, 2, 2.5 or 5 times a power of ten.
    for (const double v : {b.km, b.mi}) {
        const double m = v / std::pow(10.0, std::floor(std::log10(v)));
        BOOST_TEST((m == 1 || m == 2 || m == 2.5 || m == 5), v);
    }
    // The lengths are true along the parallel the caption names.
    const auto scale = f.metres_per_page_unit_at({132.5, b.true_lat});
    BOOST_REQUIRE(scale.has_value());
    BOOST_TEST(std::abs(b.km_len * *scale - b.km * 1000) < 1e-6 * b.km * 1000);
    BOOST_TEST(b.true_lat == 30.0);
    BOOST_TEST(b.caption == "Scale true at 30°N");
}

BOOST_AUTO_TEST_CASE(no_caption_where_the_scale_is_the_same_everywhere) {
    const MapFrame f(test::bare_scene({127.0, 26.0, 128.5, 27.0}, 900, 600));
    const ScaleBar b = choose_scale_bar(f);
    BOOST_TEST(b.km_len > 0);
    BOOST_TEST(b.caption.empty());
}

BOOST_AUTO_TEST_CASE(no_bar_on_a_world_view) {
    const MapFrame world(test::bare_scene({-180, -85, 180, 85}, 1500, 800));
    BOOST_TEST(choose_scale_bar(world).km_len == 0);
    const MapFrame south(test::bare_scene({100, -60, 300, 60}, 1500, 800));
    BOOST_TEST(choose_scale_bar(south).km_len == 0);
}

BOOST_AUTO_TEST_SUITE_END()
