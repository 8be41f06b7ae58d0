// SPDX-License-Identifier: MIT
#include "tools/cli/progress.hpp"

#include "engine/text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace rangemap::cli {

namespace {

constexpr int k_ticks = 40; // 2.5 % each, as GDAL's GDALTermProgress

double show_after_seconds() {
    if (const char* s = std::getenv("RANGEMAP_PROGRESS_SECONDS")) {
        if (const auto v = parse_double(s); v && *v >= 0) return *v;
    }
    return Progress::k_show_after_s;
}

} // namespace

bool& quiet_flag() noexcept {
    static bool quiet = false;
    return quiet;
}

Progress::Progress()
    : m_enabled(!quiet_flag() && isatty(STDERR_FILENO) == 1), m_show_after_s(show_after_seconds()),
      m_start(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
    const std::lock_guard lock(m_mutex);
    if (m_showing && !m_finished) std::fputs("\n", stderr); // cut short (an error): end the line
}

void Progress::update(double fraction) {
    if (!m_enabled) return;
    const std::lock_guard lock(m_mutex);
    if (m_finished) return;
    m_fraction = std::max(m_fraction, std::clamp(fraction, 0.0, 1.0));
    if (!m_showing) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        const bool judged = elapsed >= std::min(k_judge_after_s, m_show_after_s) && m_fraction > 0;
        const double expected = m_fraction > 0 ? elapsed / m_fraction : 0;
        if (!(m_show_after_s == 0 || elapsed >= m_show_after_s || (judged && expected >= m_show_after_s))) return;
        m_showing = true;
    }
    print_to(static_cast<int>(m_fraction * k_ticks + 1e-9));
}

void Progress::done() {
    if (!m_enabled) return;
    const std::lock_guard lock(m_mutex);
    if (m_finished) return;
    if (!m_showing && m_show_after_s > 0) {
        m_finished = true;
        return;
    }
    print_to(k_ticks); // which ends the line and finishes
}

void Progress::print_to(int tick) {
    tick = std::min(tick, k_ticks);
    if (tick <= m_ticks) return;
    for (int t = m_ticks + 1; t <= tick; ++t) {
        if (t % 4 == 0)
            std::fprintf(stderr, "%d", t / 4 * 10);
        else
            std::fputs(".", stderr);
    }
    m_ticks = tick;
    if (tick == k_ticks) {
        std::fputs(" - done.\n", stderr);
        m_finished = true;
    }
    std::fflush(stderr);
}

} // namespace rangemap::cli
