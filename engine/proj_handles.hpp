// SPDX-License-Identifier: MIT
#pragma once
/// @file RAII owners for PROJ handles. Engine-internal: includes proj.h.

#include <memory>
#include <proj.h>

namespace rangemap {

struct ProjContextDeleter {
    void operator()(PJ_CONTEXT* c) const noexcept { proj_context_destroy(c); }
};
using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;

struct ProjDeleter {
    void operator()(PJ* p) const noexcept { proj_destroy(p); }
};
using ProjPtr = std::unique_ptr<PJ, ProjDeleter>;

} // namespace rangemap
