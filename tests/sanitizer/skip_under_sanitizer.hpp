// SPDX-License-Identifier: MIT
#pragma once
/// @file For checks whose worth is their numbers (the shipped data's validity, area brute
/// forces): the default build runs them; under AddressSanitizer, at -O0, they would take
/// minutes while adding no memory check the other cases lack. Use as a decorator:
/// BOOST_AUTO_TEST_CASE(name, *boost::unit_test::enable_if<rangemap::test::k_outside_sanitizer>())

namespace rangemap::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool k_outside_sanitizer = false;
#else
inline constexpr bool k_outside_sanitizer = true;
#endif

} // namespace rangemap::test
