// SPDX-License-Identifier: MIT
#include "tools/cli/commands.hpp"

#include "engine/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>

namespace rangemap::cli {

void print(std::string_view text) {
    errno = 0;
    const bool ok = std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
    if (!ok) throw io_error(fmt::format("cannot write to stdout: {}", std::strerror(errno ? errno : EIO)));
}

} // namespace rangemap::cli
