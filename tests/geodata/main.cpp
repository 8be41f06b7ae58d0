// SPDX-License-Identifier: MIT
// The test runner of the geodata suite; the cases live in test_*.cpp beside this file.
#define BOOST_TEST_MODULE geodata
#include <boost/test/unit_test.hpp>
