// SPDX-License-Identifier: MIT
// The test runner of the cli suite (scenario files, overrides, answers); cases in test_*.cpp.
#define BOOST_TEST_MODULE cli
#include <boost/test/unit_test.hpp>
