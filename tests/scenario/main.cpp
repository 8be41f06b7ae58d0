// SPDX-License-Identifier: MIT
// The test runner of the scenario suite (scenario files, overrides, answers); cases in test_*.cpp.
#define BOOST_TEST_MODULE scenario
#include <boost/test/unit_test.hpp>
