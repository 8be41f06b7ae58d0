// SPDX-License-Identifier: MIT
// Output callbacks that cannot store bytes report it instead of throwing through Cairo/libpng;
// a frame with nothing to show asks for an extent instead of guessing one.
#include "test_support.hpp"

#include "renderers/byte_sink.hpp"
#include "renderers/map_frame.hpp"

#include "engine/error.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace rangemap;
using namespace rangemap::render;

BOOST_AUTO_TEST_SUITE(output_faults)

BOOST_AUTO_TEST_CASE(a_full_sink_fails_without_throwing_and_keeps_the_reason) {
    std::string bytes;
    ByteSink sink(bytes, 8);
    BOOST_TEST(sink.append("12345", 5));
    BOOST_TEST(!sink.failed());
    BOOST_CHECK_NO_THROW(sink.rethrow_if_failed());
    BOOST_TEST(!sink.append("6789", 4)); // would make 9 bytes
    BOOST_TEST(sink.failed());
    BOOST_TEST(!sink.append("6", 1)); // the document is incomplete: later writes fail too
    BOOST_TEST(bytes == "12345");
    BOOST_CHECK_THROW(sink.rethrow_if_failed(), io_error);
}

BOOST_AUTO_TEST_CASE(an_unlimited_sink_takes_everything) {
    std::string bytes;
    ByteSink sink(bytes);
    const std::string chunk(1 << 16, 'x');
    for (int i = 0; i < 16; ++i) BOOST_TEST(sink.append(chunk.data(), chunk.size()));
    BOOST_TEST(bytes.size() == 16u * chunk.size());
}

BOOST_AUTO_TEST_CASE(a_frame_with_no_extent_and_no_content_asks_for_an_extent) {
    auto s = test::bare_scene({115, 18, 150, 42});
    s.frame.extent.reset();
    try {
        const MapFrame f(s);
        BOOST_FAIL("no error");
    } catch (const usage_error& e) {
        BOOST_TEST(std::string(e.what()) == "nothing to fit the map to: give an extent");
    }
}

BOOST_AUTO_TEST_CASE(points_the_projection_cannot_show_are_reported) {
    auto s = test::bare_scene({-30, -30, 30, 30});
    s.frame.crs = "+proj=ortho +lat_0=0 +lon_0=0 +datum=WGS84 +units=m +no_defs";
    const MapFrame f(s);
    BOOST_TEST(f.to_page({0, 0}).has_value());
    BOOST_TEST(!f.to_page({180, 0}).has_value());
    BOOST_TEST(f.north_angle_at({0, 0}).has_value());
    BOOST_TEST(!f.metres_per_page_unit_at({180, 0}).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
