// SPDX-License-Identifier: MIT
#include "temporary_guard.hpp"

#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace rangemap::geodata {

namespace {

/// Plain storage the signal handler can read without allocating or locking.
struct Slot {
    std::atomic<bool> used{false};
    char file[PATH_MAX];
    char folder[PATH_MAX];
};

constexpr int k_slots = 64;
Slot g_slots[k_slots];

extern "C" void remove_temporaries(int sig) {
    for (Slot& s : g_slots) {
        if (!s.used.load(std::memory_order_acquire)) continue;
        ::unlink(s.file); // both async-signal-safe
        if (s.folder[0]) ::rmdir(s.folder);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

bool fits(const std::string& s) { return s.size() < PATH_MAX; }

} // namespace

void remove_temporaries_on_signals() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction before = {};
            struct sigaction now = {};
            if (::sigaction(sig, nullptr, &before) != 0 || before.sa_handler == SIG_IGN) continue; // kept ignored
            now.sa_handler = remove_temporaries;
            sigemptyset(&now.sa_mask);
            ::sigaction(sig, &now, nullptr);
        }
    });
}

TemporaryGuard::TemporaryGuard(const std::string& file, const std::string& folder) {
    if (!fits(file) || !fits(folder)) return;
    static std::mutex claim; // slots are claimed and filled by one thread at a time
    const std::lock_guard lock(claim);
    for (int i = 0; i < k_slots; ++i) {
        Slot& s = g_slots[i];
        if (s.used.load(std::memory_order_relaxed)) continue;
        std::memcpy(s.file, file.c_str(), file.size() + 1);
        std::memcpy(s.folder, folder.c_str(), folder.size() + 1);
        s.used.store(true, std::memory_order_release);
        m_slot = i;
        return;
    }
}

TemporaryGuard::~TemporaryGuard() {
    if (m_slot >= 0) g_slots[m_slot].used.store(false, std::memory_order_release);
}

} // namespace rangemap::geodata
