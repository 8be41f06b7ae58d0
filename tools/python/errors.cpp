// SPDX-License-Identifier: MIT
// rangemap's errors as Python exceptions, with the line the CLI prints after "rangemap: error: ".
#include "tools/python/bindings.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace rangemap::python {

namespace {

// As tools/cli/main.cpp: at most about 300 characters, control characters escaped.
constexpr std::size_t k_max_message_bytes = 300;

// The exception types live as long as the interpreter (module attributes hold a reference too).
PyObject* g_usage_error = nullptr;
PyObject* g_data_error = nullptr;

void set(PyObject* type, const char* what) { PyErr_SetString(type, printable(what, k_max_message_bytes).c_str()); }

} // namespace

void bind_errors(py::module_& m) {
    // Named rangemap.*, where the package re-exports them: tracebacks show that name and
    // pickle (Dask sends a worker's exception back to the client) finds them there.
    g_usage_error = PyErr_NewExceptionWithDoc(
        "rangemap.UsageError", "An invalid request (place, length, option, scenario): the CLI's exit status 2.",
        PyExc_ValueError, nullptr);
    g_data_error = PyErr_NewExceptionWithDoc(
        "rangemap.DataError", "Data that cannot be read or output that cannot be written: the CLI's exit status 1.",
        PyExc_OSError, nullptr);
    if (!g_usage_error || !g_data_error) throw py::error_already_set();
    m.add_object("UsageError", py::handle(g_usage_error));
    m.add_object("DataError", py::handle(g_data_error));
    // The same split as tools/cli/main.cpp: usage_error is 2, every other rangemap error 1.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const usage_error& e) {
            set(g_usage_error, e.what());
        } catch (const error& e) {
            set(g_data_error, e.what());
        }
    });
}

} // namespace rangemap::python
