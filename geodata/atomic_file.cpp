// SPDX-License-Identifier: MIT
#include "atomic_file.hpp"

#include "engine/error.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangemap::geodata {

namespace {

namespace fs = std::filesystem;

fs::path folder_of(const fs::path& target) { return target.has_parent_path() ? target.parent_path() : fs::path("."); }

/// The permissions a new file gets from open(2): 0666 less the umask.
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

/// A device, a pipe (-o /dev/stdout) or a socket: written through, never replaced.
bool written_through(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

/// The file a write replaces: the path itself, or for a symlink the file it points to, so the
/// link keeps pointing where it did. @throws io_error for a link that cannot be followed.
fs::path replaced_file(const std::string& path) {
    std::error_code ec;
    const fs::path link(path);
    if (!fs::is_symlink(link, ec)) return link;
    fs::path to = fs::read_symlink(link, ec);
    if (!ec && to.is_relative()) to = folder_of(link) / to;
    const fs::path resolved = ec ? fs::path() : fs::weakly_canonical(to, ec);
    if (ec || resolved.empty()) throw io_error(fmt::format("cannot write '{}': cannot follow the link", path));
    return resolved;
}

/// Writes all of `bytes` to `fd`. Returns 0 or the errno value of the write that failed.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

} // namespace

void check_writable(const std::string& path) {
    if (written_through(path)) {
        if (::access(path.c_str(), W_OK) != 0)
            throw io_error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
        return; // its folder does not matter
    }
    const fs::path target = replaced_file(path);
    std::error_code ec;
    const fs::path dir = folder_of(target);
    if (!fs::is_directory(dir, ec)) {
        throw io_error(fmt::format("cannot write '{}': folder '{}' does not exist", path, dir.string()));
    }
    if (fs::is_directory(target, ec)) throw io_error(fmt::format("cannot write '{}': it is a folder", path));
    if (::access(dir.c_str(), W_OK) != 0) {
        throw io_error(fmt::format("cannot write '{}': folder '{}' is not writable", path, dir.string()));
    }
}

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
    if (written_through(m_path)) {
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (m_fd < 0) throw io_error(fmt::format("cannot write '{}': {}", m_path, std::strerror(errno)));
        m_direct = true;
        return;
    }
    m_target = replaced_file(m_path).string();
    check_writable(m_target);
    // A short fixed prefix keeps names near the system's limit writable.
    m_tmp = (folder_of(fs::path(m_target)) / ".rangemap-XXXXXX").string();
    m_fd = ::mkostemp(m_tmp.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int err = errno;
        m_tmp.clear();
        throw io_error(fmt::format("cannot write '{}': {}", m_path, std::strerror(err)));
    }
    ::fchmod(m_fd, new_file_mode());
    m_guard.emplace(m_tmp);
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_tmp.empty()) ::unlink(m_tmp.c_str());
}

void AtomicFile::fail(int err) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    if (!m_tmp.empty()) ::unlink(m_tmp.c_str());
    m_tmp.clear();
    throw io_error(fmt::format("cannot write '{}': {}", m_path, std::strerror(err)));
}

void AtomicFile::write(std::string_view bytes) {
    if (m_fd < 0) throw io_error(fmt::format("cannot write '{}': the file is closed", m_path));
    if (const int err = write_all(m_fd, bytes)) fail(err);
}

void AtomicFile::commit() {
    if (m_fd < 0) throw io_error(fmt::format("cannot write '{}': the file is closed", m_path));
    if (!m_direct && ::fsync(m_fd) != 0) fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) fail(errno);
    if (m_direct) return;
    if (std::rename(m_tmp.c_str(), m_target.c_str()) != 0) fail(errno);
    m_guard.reset();
    m_tmp.clear();
}

AtomicFolder::AtomicFolder(std::string path) : m_path(std::move(path)) {
    check_writable(m_path);
    const fs::path target(m_path);
    std::string dir = (folder_of(target) / ".rangemap-XXXXXX").string();
    if (!::mkdtemp(dir.data())) {
        const int err = errno;
        throw io_error(fmt::format("cannot write '{}': {}", m_path, std::strerror(err)));
    }
    m_dir = std::move(dir);
    m_tmp_main = (fs::path(m_dir) / target.filename()).string();
    m_guard.emplace(m_tmp_main, m_dir);
}

AtomicFolder::~AtomicFolder() {
    if (m_dir.empty()) return;
    std::error_code ec; // nothing to report from a destructor; the folder is ours alone
    fs::remove_all(m_dir, ec);
}

namespace {

/// fsync(2) of a file written by someone else (GDAL closed it): its bytes are on disk before
/// the rename makes them the target's. Returns 0 or an errno value.
int sync_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int rc = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return rc;
}

} // namespace

void AtomicFolder::write(const std::string& file_name, std::string_view bytes) {
    if (m_dir.empty()) throw io_error(fmt::format("cannot write '{}': already committed", m_path));
    const std::string part = (fs::path(m_dir) / file_name).string();
    const fs::path shown = folder_of(fs::path(m_path)) / file_name;
    const auto fail = [&](int err) {
        throw io_error(fmt::format("cannot write '{}': {}", shown.string(), std::strerror(err)));
    };
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, new_file_mode());
    if (fd < 0) fail(errno);
    if (const int err = write_all(fd, bytes)) {
        ::close(fd);
        fail(err);
    }
    if (::close(fd) != 0) fail(errno);
}

void AtomicFolder::commit(const std::vector<std::string>& sidecar_extensions) {
    if (m_dir.empty()) throw io_error(fmt::format("cannot write '{}': already committed", m_path));
    const fs::path target(m_path);
    const auto move_into_place = [&](const fs::path& from, const fs::path& to) {
        int err = sync_file(from.string());
        if (err == 0 && std::rename(from.c_str(), to.c_str()) != 0) err = errno;
        if (err != 0) throw io_error(fmt::format("cannot write '{}': {}", to.string(), std::strerror(err)));
    };
    std::error_code ec;
    for (const auto& ext : sidecar_extensions) {
        fs::path from = fs::path(m_tmp_main), to = target;
        from.replace_extension(ext);
        to.replace_extension(ext);
        if (fs::exists(from, ec)) {
            move_into_place(from, to);
        } else {
            fs::remove(to, ec); // a stale sidecar would not match the new file
        }
    }
    if (!fs::exists(m_tmp_main, ec)) {
        throw io_error(fmt::format("cannot write '{}': the library wrote no file", m_path));
    }
    move_into_place(m_tmp_main, target);
    fs::remove_all(m_dir, ec); // what a driver left beside its output (a journal) is not output
    m_guard.reset();
    m_dir.clear();
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

} // namespace rangemap::geodata
