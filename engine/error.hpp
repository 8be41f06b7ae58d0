// SPDX-License-Identifier: MIT
#pragma once
/// @file The error hierarchy. tools/ turns each kind into an exit code in one place:
/// usage_error -> 2, data_error and io_error -> 1.

#include <stdexcept>
#include <string>

namespace rangemap {

/// Base of every error rangemap reports; what() is one line, fit for `rangemap: error: ...`.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
}; // class error

/// The user asked for something invalid: a bad option, place, length, scenario key.
class usage_error : public error {
public:
    using error::error;
}; // class usage_error

/// Input data could not be used: unreadable source, broken geometry, bad CSV row.
class data_error : public error {
public:
    using error::error;
}; // class data_error

/// Output could not be written, or a library failed at run time.
class io_error : public error {
public:
    using error::error;
}; // class io_error

} // namespace rangemap
