// SPDX-License-Identifier: MIT
// The compiled core of the `rangemap` package; rangemap/__init__.py builds the public surface
// (frames, broadcasting, the default session) on it.
#include "tools/python/bindings.hpp"

#include <pybind11/pybind11.h>

#ifndef RANGEMAP_VERSION
#define RANGEMAP_VERSION "0.0.0"
#endif

PYBIND11_MODULE(_rangemap, m) {
    m.doc() = "rangemap's C++ core: geodesics on numpy arrays and the Session of the command line";
    m.attr("__version__") = RANGEMAP_VERSION;
    rangemap::python::bind_errors(m);
    rangemap::python::bind_geodesics(m);
    rangemap::python::bind_session(m);
}
