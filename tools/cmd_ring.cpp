// SPDX-License-Identifier: MIT
#include "commands.hpp"

namespace rangemap::cli {

void add_ring_command(CLI::App& app, CommonOptions& common) {
    (void)app;
    (void)common;
}

} // namespace rangemap::cli
