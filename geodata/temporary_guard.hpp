// SPDX-License-Identifier: MIT
#pragma once
/// @file Temporary outputs removed when the process is stopped by SIGINT, SIGTERM or SIGHUP:
/// an interrupted run leaves neither a cut-off target nor its temporary file behind.

#include <string>

namespace rangemap::geodata {

/// Installs the handlers of SIGINT, SIGTERM and SIGHUP (those not ignored) that remove every
/// guarded temporary and then let the signal take its default action. For a program's main:
/// a library that lives in another program (Python) leaves its signals alone.
void remove_temporaries_on_signals();

/// Registers a temporary file (and optionally the private folder holding it) for removal if a
/// stopping signal arrives while the guard lives. Up to 64 guards can live at once (more are
/// not guarded: a signal may then leave their temporary file, never a cut-off target).
class TemporaryGuard {
public:
    /// @param file the temporary file; @param folder its own temporary folder, or "".
    TemporaryGuard(const std::string& file, const std::string& folder = {});
    ~TemporaryGuard();
    TemporaryGuard(const TemporaryGuard&) = delete;
    TemporaryGuard& operator=(const TemporaryGuard&) = delete;

private:
    int m_slot = -1;
}; // class TemporaryGuard

} // namespace rangemap::geodata
