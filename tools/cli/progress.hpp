// SPDX-License-Identifier: MIT
#pragma once
/// @file Progress of long work on stderr, as GDAL prints it:
/// "0...10...20...30...40...50...60...70...80...90...100 - done." The one writer of progress
/// for every verb.

#include <chrono>
#include <cstddef>
#include <mutex>

namespace rangemap::cli {

/// The global --quiet: no progress at all. Set by the command line before any verb runs.
bool& quiet_flag() noexcept;

/// One piece of work's progress. It shows only when stderr is a terminal, --quiet is not
/// given, and the work is expected to take more than k_show_after_s (judged from its pace once
/// it has run k_judge_after_s; RANGEMAP_PROGRESS_SECONDS overrides the expectation, 0
/// showing any work); then it prints what GDAL prints, catching up at once. Thread-safe:
/// workers may report at once; the fraction only grows. Writes to stderr only, and ends its
/// line (done() or the destructor) before the verb prints its answer.
class Progress {
public:
    static constexpr double k_show_after_s = 2.0;
    static constexpr double k_judge_after_s = 0.3;

    Progress();
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// `fraction` of the work done, 0..1 (clamped).
    void update(double fraction);
    /// (done, total) steps, for hooks that count steps (SweepProgress).
    void steps(std::size_t done, std::size_t total) { update(total ? static_cast<double>(done) / total : 1.0); }
    /// The work is done: "100 - done." when progress was shown.
    void done();

private:
    void print_to(int tick); // under m_mutex
    std::mutex m_mutex;
    const bool m_enabled;
    double m_show_after_s;
    bool m_showing = false;
    bool m_finished = false;
    int m_ticks = -1; ///< ticks printed (each 2.5 %), -1 for none
    double m_fraction = 0;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace rangemap::cli
