// SPDX-License-Identifier: MIT
#pragma once
/// @file Running independent pieces of work on a few threads, with exceptions brought back to
/// the caller. Engine-internal.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace rangemap {

/// Calls f(i) for every i in [0, n) on up to `max_workers` threads (at most one per core), each
/// taking the next index when it finishes one, so uneven items balance themselves. The first
/// exception thrown (memory, a GEOS failure) reaches the caller after every thread has joined;
/// indexes not yet started are then skipped.
template <class F>
void parallel_for(std::size_t n, F&& f, std::size_t max_workers = 4) {
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                        std::min(max_workers, std::max<std::size_t>(n, 1)));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) f(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::vector<std::exception_ptr> failed(workers);
    const auto run = [&](std::size_t w) noexcept {
        try {
            for (std::size_t i = next++; i < n && !stop.load(std::memory_order_relaxed); i = next++) f(i);
        } catch (...) {
            failed[w] = std::current_exception();
            stop = true;
        }
    };
    {
        std::vector<std::jthread> pool; // joined on every way out of this block
        for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(run, w);
        run(0);
    }
    for (const auto& e : failed) {
        if (e) std::rethrow_exception(e);
    }
}

} // namespace rangemap
