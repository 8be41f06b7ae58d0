// SPDX-License-Identifier: MIT
#include "text_input.hpp"

#include "engine/error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangemap::geodata {

namespace {

/// Closes a descriptor on every path out.
struct Fd {
    int fd;
    ~Fd() {
        if (fd > STDERR_FILENO) ::close(fd);
    }
};

std::string size_text(std::size_t bytes) {
    return bytes >= (std::size_t(1) << 30) ? fmt::format("{} GiB", bytes >> 30) : fmt::format("{} MiB", bytes >> 20);
}

} // namespace

std::string read_text_input(const std::string& path, const std::string& what, std::size_t max_bytes) {
    const Fd in{path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) throw usage_error(fmt::format("cannot read {} '{}': {}", what, path, std::strerror(errno)));
    std::string text;
    struct stat st {};
    const bool regular = ::fstat(in.fd, &st) == 0 && S_ISREG(st.st_mode);
    if (regular) {
        if (static_cast<std::size_t>(st.st_size) > max_bytes) {
            throw usage_error(fmt::format("{} '{}' is larger than {}", what, path, size_text(max_bytes)));
        }
        text.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buf[1 << 16];
    while (true) {
        const ssize_t n = ::read(in.fd, buf, sizeof buf);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw data_error(fmt::format("cannot read {} '{}': {}", what, path, std::strerror(errno)));
        }
        if (text.size() + static_cast<std::size_t>(n) > max_bytes) {
            throw usage_error(fmt::format("{} '{}' is larger than {}", what, path, size_text(max_bytes)));
        }
        text.append(buf, static_cast<std::size_t>(n));
    }
    // A file cut short or rewritten while read would give a silently partial answer. (Files of
    // /proc report size 0 and are left alone.)
    struct stat after {};
    if (regular && st.st_size > 0 &&
        (::fstat(in.fd, &after) != 0 || after.st_size != st.st_size || after.st_mtim.tv_sec != st.st_mtim.tv_sec ||
         after.st_mtim.tv_nsec != st.st_mtim.tv_nsec || text.size() != static_cast<std::size_t>(st.st_size))) {
        throw data_error(fmt::format("{} '{}' changed while it was read", what, path));
    }
    return text;
}

} // namespace rangemap::geodata
