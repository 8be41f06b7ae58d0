// SPDX-License-Identifier: MIT
#include "buffer.hpp"

#include "error.hpp"

namespace rangemap {

Buffer buffer(const Geometry&, Length, double) { throw usage_error("buffers are not available yet"); }

} // namespace rangemap
