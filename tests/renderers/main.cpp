// SPDX-License-Identifier: MIT
// The test runner of the renderers suite; the cases live in test_*.cpp beside this file.
#define BOOST_TEST_MODULE renderers
#include <boost/test/unit_test.hpp>
