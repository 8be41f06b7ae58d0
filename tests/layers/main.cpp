// SPDX-License-Identifier: MIT
// The test runner of the layers suite; the cases live in test_*.cpp beside this file.
#define BOOST_TEST_MODULE layers
#include <boost/test/unit_test.hpp>
