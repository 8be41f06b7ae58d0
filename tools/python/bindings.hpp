// SPDX-License-Identifier: MIT
#pragma once
/// @file The parts of the `_rangemap` core, each adding its functions to the module. pybind11
/// is only forward-declared here, so the header compiles on its own without it.

namespace pybind11 {
class module_;
} // namespace pybind11

namespace rangemap::python {

/// UsageError (a ValueError) and DataError (an OSError), and the translation of rangemap's
/// errors into them with the CLI's one-line message.
void bind_errors(pybind11::module_& m);
/// distance, destination and nearest over numpy arrays.
void bind_geodesics(pybind11::module_& m);
/// The Session class: the loaded data and the verbs' answers.
void bind_session(pybind11::module_& m);

} // namespace rangemap::python
