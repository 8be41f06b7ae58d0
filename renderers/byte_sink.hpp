// SPDX-License-Identifier: MIT
#pragma once
/// @file Where Cairo's and libpng's write callbacks put the bytes of a document. The callbacks
/// run inside C code, so no exception may leave them: the sink keeps whatever went wrong and
/// the caller rethrows it once the C call has returned.

#include <cstddef>
#include <exception>
#include <limits>
#include <string>

namespace rangemap::render {

class ByteSink {
public:
    /// @param max_bytes the most bytes the document may take (a bound on memory); further
    ///        writes fail as an out-of-memory would.
    explicit ByteSink(std::string& out, std::size_t max_bytes = std::numeric_limits<std::size_t>::max()) noexcept
        : m_out(out), m_max(max_bytes) {}

    /// Appends `n` bytes; returns false, keeping the reason, when they cannot be stored.
    /// After a failure every later append fails too (the document is incomplete).
    [[nodiscard]] bool append(const void* data, std::size_t n) noexcept;
    [[nodiscard]] bool failed() const noexcept { return static_cast<bool>(m_error); }
    /// Throws what made an append fail, if anything did.
    void rethrow_if_failed() const;

private:
    std::string& m_out;
    std::size_t m_max;
    std::exception_ptr m_error;
}; // class ByteSink

} // namespace rangemap::render
