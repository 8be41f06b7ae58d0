// SPDX-License-Identifier: MIT
#include "byte_sink.hpp"

#include "engine/error.hpp"

#include <fmt/format.h>

namespace rangemap::render {

bool ByteSink::append(const void* data, std::size_t n) noexcept {
    if (m_error) return false;
    try {
        if (n > m_max || m_out.size() > m_max - n) {
            throw io_error(fmt::format("the document would exceed {} bytes", m_max));
        }
        m_out.append(static_cast<const char*>(data), n);
        return true;
    } catch (...) {
        m_error = std::current_exception();
        return false;
    }
}

void ByteSink::rethrow_if_failed() const {
    if (m_error) std::rethrow_exception(m_error);
}

} // namespace rangemap::render
