// SPDX-License-Identifier: MIT
#pragma once
/// @file The one way rangemap writes an output file: to a temporary file with an
/// unpredictable name in the target's folder, flushed and synced to disk, then renamed over
/// the target. A failure at any step removes the temporary file and leaves an existing target
/// as it was.

#include <string>
#include <string_view>

namespace rangemap::geodata {

/// Checks, before any work, that `path` could be written: its folder exists and is writable
/// and `path` is not a folder. @throws io_error naming the path and the reason.
void check_writable(const std::string& path);

/// An output file being written. Bytes go to the temporary file; commit() makes them the
/// target's content. Destroyed without commit(), it removes the temporary file.
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

    /// The temporary file's path, for libraries that write by name (GDAL).
    [[nodiscard]] const std::string& temporary_path() const noexcept { return m_tmp; }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    [[noreturn]] void fail(int err);
    std::string m_path;
    std::string m_tmp;
    int m_fd = -1;
}; // class AtomicFile

/// Writes `bytes` to `path` through an AtomicFile. @throws io_error naming the path.
void write_file_atomically(const std::string& path, std::string_view bytes);

} // namespace rangemap::geodata
