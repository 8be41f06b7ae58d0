// SPDX-License-Identifier: MIT
#include "batch_distance.hpp"

#include "azimuth.hpp"
#include "error.hpp"
#include "fast_decimal.hpp"
#include "geodesic.hpp"
#include "text.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <fmt/format.h>
#include <optional>
#include <thread>

namespace rangemap {

namespace {

std::string_view trim_fast(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct Columns {
    int lat1 = -1, lon1 = -1, lat2 = -1, lon2 = -1;
    int count = 0;
};

Columns parse_header(std::string_view line, const std::string& source) {
    if (trim_fast(line).empty()) {
        throw usage_error(fmt::format("{} line 1: empty; expected the header lat1,lon1,lat2,lon2", source));
    }
    Columns c;
    int i = 0;
    for (std::string_view field : split(line, ',')) {
        const std::string f = to_lower(trim(field));
        int* slot = f == "lat1"   ? &c.lat1
                    : f == "lon1" ? &c.lon1
                    : f == "lat2" ? &c.lat2
                    : f == "lon2" ? &c.lon2
                                  : nullptr;
        if (slot) {
            if (*slot >= 0) throw usage_error(fmt::format("{} line 1: column '{}' appears twice", source, f));
            *slot = i;
        }
        ++i;
    }
    c.count = i;
    if (c.lat1 < 0 || c.lon1 < 0 || c.lat2 < 0 || c.lon2 < 0) {
        throw usage_error(fmt::format("{} line 1: the header must name the columns lat1, lon1, lat2, lon2 (got '{}')",
                                      source, trim(line)));
    }
    return c;
}

/// What went wrong on a row, found by a worker; the line number is made absolute later.
struct RowError {
    std::size_t line = 0; ///< 1-based within the chunk
    std::string what;
};

/// Parses, computes and formats the rows of one chunk of whole lines.
class Worker {
public:
    /// The progress all workers share: bytes done of the whole input.
    struct Shared {
        std::atomic<std::size_t> bytes{0};
        std::size_t total = 0;
        const std::function<void(double)>* progress = nullptr;
    };

    Worker(const Columns& c, std::string_view text, Shared& shared) : m_c(c), m_text(text), m_shared(&shared) {}

    /// Never throws: a failure (a bad row, or memory) is kept for the caller's thread.
    void run() noexcept {
        try {
            rows();
        } catch (...) {
            m_exception = std::current_exception();
        }
    }

    std::string& out() noexcept { return m_out; }
    [[nodiscard]] std::size_t lines() const noexcept { return m_lines; }
    [[nodiscard]] const std::optional<RowError>& error() const noexcept { return m_error; }
    [[nodiscard]] std::exception_ptr exception() const noexcept { return m_exception; }

private:
    void rows() {
        m_out.reserve(m_text.size() + m_text.size() / 4);
        std::size_t pos = 0, reported = 0;
        const Geodesic& g = Geodesic::wgs84();
        constexpr std::size_t k_report_lines = 65536;
        while (pos < m_text.size()) {
            if (m_shared->progress && m_lines % k_report_lines == k_report_lines - 1) {
                const std::size_t all = m_shared->bytes += pos - reported;
                reported = pos;
                (*m_shared->progress)(static_cast<double>(all) / static_cast<double>(m_shared->total));
            }
            std::size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos) end = m_text.size();
            ++m_lines;
            const std::string_view line = m_text.substr(pos, end - pos);
            pos = end + 1;
            double v[4];
            if (!parse_row(line, v)) return;
            const Inverse inv = g.fast_inverse({v[1], v[0]}, {v[3], v[2]});
            append_fixed(m_out, inv.distance_m, 4);
            m_out.push_back(',');
            append_fixed(m_out, azimuth_0_360(inv.azi1_deg), 9);
            m_out.push_back(',');
            append_fixed(m_out, azimuth_0_360(inv.azi2_deg), 9);
            m_out.push_back('\n');
        }
    }

    bool fail(std::string what) {
        m_error = RowError{m_lines, std::move(what)};
        return false;
    }

    /// Fills v with lat1, lon1, lat2, lon2 from a CSV row.
    bool parse_row(std::string_view line, double* v) {
        if (trim_fast(line).empty()) return fail("empty row (expected lat1,lon1,lat2,lon2 values)");
        static const char* names[] = {"lat1", "lon1", "lat2", "lon2"};
        int col = 0, found = 0;
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = line.find(',', start);
            const std::string_view field =
                trim_fast(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
            const int slot = col == m_c.lat1 ? 0 : col == m_c.lon1 ? 1 : col == m_c.lat2 ? 2 : col == m_c.lon2 ? 3 : -1;
            if (slot >= 0) {
                double x = 0;
                if (!parse_decimal(field, x) || !std::isfinite(x))
                    return fail(fmt::format("{} '{}' {}", names[slot], field, number_problem(field)));
                const bool lat = slot == 0 || slot == 2;
                if (lat && (x < -90 || x > 90))
                    return fail(fmt::format("{} {} is outside [-90, 90]", names[slot], field));
                if (!lat && (x < -180 || x > 180))
                    return fail(fmt::format("{} {} is outside [-180, 180]", names[slot], field));
                v[slot] = x;
                ++found;
            }
            ++col;
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
        if (col != m_c.count || found != 4) {
            return fail(fmt::format("has {} fields, the header has {}", col, m_c.count));
        }
        return true;
    }

    const Columns& m_c;
    std::string_view m_text;
    Shared* m_shared;
    std::string m_out;
    std::size_t m_lines = 0;
    std::optional<RowError> m_error;
    std::exception_ptr m_exception;
};

} // namespace

BatchDistances batch_distances(std::string_view text, const std::string& source, unsigned threads,
                               const std::function<void(double)>& progress) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // UTF-8 byte-order mark
    const std::size_t eol = text.find('\n');
    const Columns cols = parse_header(text.substr(0, eol), source);
    const std::string_view body = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);

    // Whole lines per worker, at least 1 MiB each: a few threads hide parsing behind the geodesics.
    const unsigned hw = threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t want = std::min<std::size_t>(hw, std::max<std::size_t>(1, body.size() / (1 << 20)));
    Worker::Shared shared;
    shared.total = std::max<std::size_t>(1, body.size());
    shared.progress = progress ? &progress : nullptr;
    std::vector<Worker> workers;
    workers.reserve(want);
    std::size_t start = 0;
    for (std::size_t k = 0; k < want && start < body.size(); ++k) {
        std::size_t end = k + 1 == want ? body.size() : std::max(start, body.size() * (k + 1) / want);
        if (end < body.size()) {
            const std::size_t nl = body.find('\n', end);
            end = nl == std::string_view::npos ? body.size() : nl + 1;
        }
        std::string_view chunk = body.substr(start, end - start);
        // The last newline ends the last row; it does not start an empty one.
        if (end == body.size() && !chunk.empty() && chunk.back() == '\n') chunk.remove_suffix(1);
        workers.emplace_back(cols, chunk, shared);
        start = end;
    }
    {
        std::vector<std::jthread> pool; // joined on every path out of this block
        for (std::size_t k = 1; k < workers.size(); ++k) pool.emplace_back([&w = workers[k]] { w.run(); });
        if (!workers.empty()) workers[0].run();
    }

    BatchDistances out;
    std::size_t line = 1; // the header
    for (auto& w : workers) {
        if (w.exception()) std::rethrow_exception(w.exception());
        if (w.error())
            throw usage_error(fmt::format("{} line {}: {}", source, line + w.error()->line, w.error()->what));
        line += w.lines();
        out.rows += w.lines();
        out.pieces.push_back(std::move(w.out()));
    }
    return out;
}

} // namespace rangemap
