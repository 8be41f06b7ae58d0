// SPDX-License-Identifier: MIT
#pragma once
/// @file The one way rangemap writes an output file: to a temporary file with an
/// unpredictable name in the target's folder, flushed and synced to disk, then renamed over
/// the target. A failure at any step removes the temporary file and leaves an existing target
/// as it was.

#include "temporary_guard.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rangemap::geodata {

/// Checks, before any work, that `path` could be written: its folder exists and is writable
/// and `path` is not a folder. @throws io_error naming the path and the reason.
void check_writable(const std::string& path);

/// An output file being written. Bytes go to the temporary file; commit() makes them the
/// target's content. Destroyed without commit(), it removes the temporary file. A symlink as
/// the target keeps its place: the file it points to is replaced. A character device, FIFO or
/// socket (/dev/stdout, /dev/null, a named pipe) is written directly and never replaced.
class AtomicFile {
public:
    /// Creates the temporary file beside `path`. @throws io_error naming `path` and the reason.
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends bytes. @throws io_error with the reason ("No space left on device").
    void write(std::string_view bytes);
    /// Flushes, syncs, closes and renames over the target. @throws io_error with the reason.
    void commit();

    /// The temporary file's path; empty when writing directly.
    [[nodiscard]] const std::string& temporary_path() const noexcept { return m_tmp; }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    [[noreturn]] void fail(int err);
    std::string m_path;   ///< as given
    std::string m_target; ///< what the rename replaces: the path, or a symlink's target
    std::string m_tmp;
    int m_fd = -1;
    bool m_direct = false; ///< writing straight into a device or pipe
    std::optional<TemporaryGuard> m_guard;
}; // class AtomicFile

/// An output of several files (a shapefile is a .shp and its sidecars), made atomic as
/// AtomicFile is: the files are written into a new folder with an unpredictable name (mkdtemp)
/// beside the target, then synced and renamed into place by commit(). Destroyed without
/// commit(), it removes the folder and everything in it.
class AtomicFolder {
public:
    /// Creates the folder beside `path`. @throws io_error naming `path` and the reason.
    explicit AtomicFolder(std::string path);
    ~AtomicFolder();
    AtomicFolder(const AtomicFolder&) = delete;
    AtomicFolder& operator=(const AtomicFolder&) = delete;

    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

    /// Writes one file of the output into the folder, under `file_name` (the target's own name
    /// or a sidecar's). @throws io_error naming the file and the reason ("File too large").
    void write(const std::string& file_name, std::string_view bytes);

    /// Syncs and renames into place the target's sidecars named by `sidecar_extensions`
    /// (".shx", ...), in that order, then the main file last, so a reader meets the new main
    /// file only with its new sidecars. An old sidecar the write did not make again is removed
    /// (it would not match). @throws io_error naming the file and the reason.
    void commit(const std::vector<std::string>& sidecar_extensions = {});

private:
    std::string m_path;
    std::string m_dir;
    std::string m_tmp_main;
    std::optional<TemporaryGuard> m_guard;
}; // class AtomicFolder

/// Writes `bytes` to `path` through an AtomicFile. @throws io_error naming the path.
void write_file_atomically(const std::string& path, std::string_view bytes);

} // namespace rangemap::geodata
