// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/text_input.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rangemap;
using geodata::read_text_input;

namespace {

bool says(const std::exception& e, const std::string& text) {
    return std::string(e.what()).find(text) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_SUITE(text_input)

BOOST_AUTO_TEST_CASE(an_endless_input_stops_at_the_limit) {
    // /dev/zero has no size to check up front: the limit holds while reading.
    BOOST_CHECK_EXCEPTION(read_text_input("/dev/zero", "scenario", std::size_t(1) << 20), usage_error,
                          [](const usage_error& e) { return says(e, "scenario '/dev/zero' is larger than 1 MiB"); });
}

BOOST_AUTO_TEST_CASE(a_file_over_the_limit_is_refused_and_one_within_it_read_whole) {
    const fs::path p = fs::temp_directory_path() / ("rangemap_text_input_" + std::to_string(::getpid()));
    {
        std::ofstream out(p, std::ios::binary);
        out << std::string((1 << 20) + 1, 'x');
    }
    BOOST_CHECK_EXCEPTION(read_text_input(p.string(), "batch file", std::size_t(1) << 20), usage_error,
                          [](const usage_error& e) { return says(e, "is larger than 1 MiB"); });
    BOOST_TEST(read_text_input(p.string(), "batch file", std::size_t(2) << 20).size() == (1u << 20) + 1);
    fs::remove(p);
}

BOOST_AUTO_TEST_CASE(a_missing_file_names_itself) {
    BOOST_CHECK_EXCEPTION(read_text_input("/nonexistent/in.csv", "batch file"), usage_error, [](const usage_error& e) {
        return says(e, "cannot read batch file '/nonexistent/in.csv': No such file or directory");
    });
}

BOOST_AUTO_TEST_SUITE_END()
