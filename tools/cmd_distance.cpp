// SPDX-License-Identifier: MIT
#include "commands.hpp"
#include "place_query.hpp"

#include "session.hpp"

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangemap::cli {

namespace {

struct DistanceOptions {
    std::string from, to;
    std::string units = "km";
    bool json = false;
    std::string batch;
    std::string out;
};

nlohmann::ordered_json place_json(const std::string& query, const std::string& name, LonLat p) {
    return {{"query", query}, {"name", name}, {"lat", p.lat}, {"lon", p.lon}};
}

// ---------------------------------------------------------------- one pair

void run_pair(const DistanceOptions& o, const CommonOptions& common) {
    if (o.from.empty() || o.to.empty()) throw usage_error("distance needs FROM and TO places (or --batch FILE)");
    const LengthUnit unit = parse_unit(o.units);
    Session session(common);
    const ResolvedPlace a = session.resolve(o.from);
    const ResolvedPlace b = session.resolve(o.to);

    const PlaceDistance pd = distance_between(a, b);
    const LonLat from = pd.from, to = pd.to;
    const double distance = pd.distance_m, azi = pd.azimuth_deg, back = pd.back_azimuth_deg;
    const double error_bound = pd.error_bound_m;
    const std::string& method = pd.method;

    if (o.json) {
        nlohmann::ordered_json j;
        j["from"] = place_json(a.query, a.name, from);
        j["to"] = place_json(b.query, b.name, to);
        j["distance_m"] = distance;
        j["azimuth_deg"] = azi;
        j["back_azimuth_deg"] = back;
        j["method"] = method;
        j["ellipsoid"] = k_ellipsoid_name;
        j["error_bound_m"] = error_bound;
        std::puts(j.dump().c_str());
        return;
    }
    const Length d = Length::metres(distance);
    const auto label = [](const ResolvedPlace& p) { return p.is_point() ? std::string() : " (" + p.name + ")"; };
    std::printf("%s\n",
                fmt::format("from      {:.6f}, {:.6f}{}\nto        {:.6f}, {:.6f}{}\ndistance  {} ({} m)\n"
                            "azimuth   {:.3f}° at from, {:.3f}° at to\nmethod    {}",
                            from.lat, from.lon, label(a), to.lat, to.lon, label(b), format_length(d, unit, 1),
                            format_number(distance, 1), azi, back, method)
                    .c_str());
}

// ---------------------------------------------------------------- batch

/// The bytes of a batch file: mapped into memory when it is a regular file (no copy), read
/// otherwise (stdin, pipes).
class BatchInput {
public:
    explicit BatchInput(const std::string& path) {
        if (path != "-") {
            const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) throw usage_error(fmt::format("cannot open batch file '{}'", path));
            struct stat st {};
            if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
                void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
                if (m != MAP_FAILED) {
                    ::madvise(m, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
                    m_map = m;
                    m_size = static_cast<std::size_t>(st.st_size);
                    ::close(fd);
                    return;
                }
            }
            ::close(fd);
        }
        std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
        if (!f) throw usage_error(fmt::format("cannot open batch file '{}'", path));
        char buf[1 << 16];
        std::size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) m_data.append(buf, n);
        const bool bad = std::ferror(f) != 0;
        if (f != stdin) std::fclose(f);
        if (bad) throw data_error(fmt::format("cannot read batch file '{}'", path));
    }
    ~BatchInput() {
        if (m_map) ::munmap(m_map, m_size);
    }
    BatchInput(const BatchInput&) = delete;
    BatchInput& operator=(const BatchInput&) = delete;
    [[nodiscard]] std::string_view text() const noexcept {
        return m_map ? std::string_view(static_cast<const char*>(m_map), m_size) : std::string_view(m_data);
    }

private:
    void* m_map = nullptr;
    std::size_t m_size = 0;
    std::string m_data;
};

/// Plain decimals ("-12.345678", up to 15 significant digits) convert exactly with one
/// correctly rounded division (Clinger's fast path), much faster than the general parser;
/// anything else returns false and goes to std::from_chars.
bool parse_plain_decimal(const char* first, const char* last, double& x) {
    static constexpr double k_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char* p = first;
    const bool neg = p != last && *p == '-';
    if (neg) ++p;
    std::uint64_t m = 0;
    int digits = 0, decimals = 0;
    for (; p != last && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits) m = m * 10 + static_cast<unsigned>(*p - '0');
    if (p != last && *p == '.') {
        for (++p; p != last && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits, ++decimals) {
            m = m * 10 + static_cast<unsigned>(*p - '0');
        }
    }
    if (p != last || digits == 0 || digits > 15) return false;
    x = static_cast<double>(m) / k_pow10[decimals];
    if (neg) x = -x;
    return true;
}

std::string_view trim_fast(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct Columns {
    int lat1 = -1, lon1 = -1, lat2 = -1, lon2 = -1;
    int count = 0;
};

Columns parse_header(std::string_view line, const std::string& path) {
    Columns c;
    int i = 0;
    for (std::string_view field : split(line, ',')) {
        const std::string f = to_lower(trim(field));
        int* slot = f == "lat1" ? &c.lat1 : f == "lon1" ? &c.lon1 : f == "lat2" ? &c.lat2 : f == "lon2" ? &c.lon2 : nullptr;
        if (slot) {
            if (*slot >= 0) throw usage_error(fmt::format("{} line 1: column '{}' appears twice", path, f));
            *slot = i;
        }
        ++i;
    }
    c.count = i;
    if (c.lat1 < 0 || c.lon1 < 0 || c.lat2 < 0 || c.lon2 < 0) {
        throw usage_error(fmt::format("{} line 1: the header must name the columns lat1, lon1, lat2, lon2 (got '{}')",
                                      path, trim(line)));
    }
    return c;
}

/// What went wrong on a row, found by a worker; the line number is made absolute later.
struct RowError {
    std::size_t line = 0; ///< 1-based within the chunk
    std::string what;
};

/// Parses, computes and formats the rows of one chunk of whole lines.
class BatchWorker {
public:
    BatchWorker(const Columns& c, std::string_view text) : m_c(c), m_text(text) {}

    void run() {
        m_out.reserve(m_text.size() + m_text.size() / 4);
        std::size_t pos = 0;
        const Geodesic& g = Geodesic::wgs84();
        while (pos < m_text.size()) {
            std::size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos) end = m_text.size();
            ++m_lines;
            const std::string_view line = m_text.substr(pos, end - pos);
            pos = end + 1;
            double v[4];
            if (!parse_row(line, v)) return;
            const Inverse inv = g.inverse({v[1], v[0]}, {v[3], v[2]});
            append(inv.distance_m, 4);
            m_out.push_back(',');
            append(azimuth_0_360(inv.azi1_deg), 9);
            m_out.push_back(',');
            append(azimuth_0_360(inv.azi2_deg), 9);
            m_out.push_back('\n');
        }
    }

    [[nodiscard]] const std::string& out() const noexcept { return m_out; }
    [[nodiscard]] std::size_t lines() const noexcept { return m_lines; }
    [[nodiscard]] const std::optional<RowError>& error() const noexcept { return m_error; }

private:
    bool fail(std::string what) {
        m_error = RowError{m_lines, std::move(what)};
        return false;
    }

    /// Fills v with lat1, lon1, lat2, lon2 from a CSV row.
    bool parse_row(std::string_view line, double* v) {
        if (trim_fast(line).empty()) return fail("empty row (expected lat1,lon1,lat2,lon2 values)");
        int col = 0, found = 0;
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = line.find(',', start);
            const std::string_view field =
                trim_fast(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
            const int slot = col == m_c.lat1 ? 0 : col == m_c.lon1 ? 1 : col == m_c.lat2 ? 2 : col == m_c.lon2 ? 3 : -1;
            if (slot >= 0) {
                double x = 0;
                const char* first = field.data();
                const char* last = field.data() + field.size();
                if (first != last && *first == '+') ++first;
                static const char* names[] = {"lat1", "lon1", "lat2", "lon2"};
                if (!parse_plain_decimal(first, last, x)) {
                    const auto [ptr, ec] = std::from_chars(first, last, x);
                    if (field.empty() || ec != std::errc() || ptr != last) {
                        return fail(fmt::format("{} '{}' is not a number", names[slot], field));
                    }
                }
                if (!std::isfinite(x)) return fail(fmt::format("{} '{}' is not finite", names[slot], field));
                const bool lat = slot == 0 || slot == 2;
                if (lat && (x < -90 || x > 90)) return fail(fmt::format("{} {} is outside [-90, 90]", names[slot], field));
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

    /// `x` with `decimals` (<= 9) digits after the point, as std::to_chars prints it: a
    /// non-negative value below 1e12 after scaling is rounded to an integer and printed by
    /// hand, unless it lies so near a rounding tie that the scaling's own rounding (< 1.3e-4)
    /// could tip it.
    void append(double x, int decimals) {
        static constexpr double k_scale[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
        static constexpr std::uint64_t k_div[] = {1,      10,      100,      1000,      10000,
                                                  100000, 1000000, 10000000, 100000000, 1000000000};
        char buf[64];
        const double y = x * k_scale[decimals];
        if (!(x >= 0 && y < 1e12) || std::abs(y - std::floor(y) - 0.5) < 1e-3) {
            const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, decimals);
            m_out.append(buf, r.ptr);
            return;
        }
        const auto v = static_cast<std::uint64_t>(std::llround(y));
        std::uint64_t ip = v / k_div[decimals], fp = v % k_div[decimals];
        char* end = buf + sizeof buf;
        char* p = end;
        for (int k = 0; k < decimals; ++k, fp /= 10) *--p = static_cast<char>('0' + fp % 10);
        if (decimals > 0) *--p = '.';
        do {
            *--p = static_cast<char>('0' + ip % 10);
            ip /= 10;
        } while (ip > 0);
        m_out.append(p, end);
    }

    const Columns& m_c;
    std::string_view m_text;
    std::string m_out;
    std::size_t m_lines = 0;
    std::optional<RowError> m_error;
};

void write_all(std::FILE* f, const std::vector<BatchWorker>& workers, const std::string& what) {
    static const char header[] = "distance_m,azi1_deg,azi2_deg\n";
    bool ok = std::fwrite(header, 1, sizeof header - 1, f) == sizeof header - 1;
    for (const auto& w : workers) ok = ok && std::fwrite(w.out().data(), 1, w.out().size(), f) == w.out().size();
    ok = std::fflush(f) == 0 && ok;
    if (!ok) throw io_error(fmt::format("cannot write {}", what));
}

void run_batch(const DistanceOptions& o) {
    if (!o.from.empty() || !o.to.empty()) throw usage_error("distance --batch takes no FROM/TO places");
    const BatchInput input(o.batch);
    const std::string name = o.batch == "-" ? "stdin" : o.batch;
    std::string_view text = input.text();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // UTF-8 byte-order mark
    const std::size_t eol = text.find('\n');
    const std::string_view header = text.substr(0, eol);
    if (trim_fast(header).empty()) throw usage_error(fmt::format("{} line 1: empty; expected the header lat1,lon1,lat2,lon2", name));
    const Columns cols = parse_header(header, name);
    std::string_view body = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);

    // Whole lines per worker; a few threads are enough to hide parsing behind the geodesics.
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t want = std::min<std::size_t>(hw, std::max<std::size_t>(1, body.size() / (1 << 20)));
    std::vector<BatchWorker> workers;
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
        workers.emplace_back(cols, chunk);
        start = end;
    }
    std::vector<std::thread> threads;
    for (std::size_t k = 1; k < workers.size(); ++k) threads.emplace_back([&w = workers[k]] { w.run(); });
    if (!workers.empty()) workers[0].run();
    for (auto& t : threads) t.join();

    std::size_t line = 1; // the header
    for (const auto& w : workers) {
        if (w.error()) throw usage_error(fmt::format("{} line {}: {}", name, line + w.error()->line, w.error()->what));
        line += w.lines();
    }

    if (o.out.empty() || o.out == "-") {
        write_all(stdout, workers, "the results to stdout");
        return;
    }
    // Written beside the target and renamed, so a failure leaves an existing file untouched.
    const std::string tmp = o.out + ".tmp-" + std::to_string(::getpid());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw io_error(fmt::format("cannot write '{}'", o.out));
    try {
        write_all(f, workers, "'" + o.out + "'");
    } catch (...) {
        std::fclose(f);
        std::remove(tmp.c_str());
        throw;
    }
    if (std::fclose(f) != 0 || std::rename(tmp.c_str(), o.out.c_str()) != 0) {
        std::remove(tmp.c_str());
        throw io_error(fmt::format("cannot write '{}'", o.out));
    }
}

void run_distance(const DistanceOptions& o, const CommonOptions& common) {
    if (!o.batch.empty()) {
        run_batch(o);
        return;
    }
    if (!o.out.empty()) throw usage_error("-o/--out is for --batch; the single answer goes to stdout");
    run_pair(o, common);
}

} // namespace

void add_distance_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<DistanceOptions>();
    CLI::App* cmd = app.add_subcommand("distance", "Geodesic distance on WGS84 between two places or features");
    cmd->add_option("FROM", opts->from, "Place: LAT,LON or a name (a country gives the minimum distance)");
    cmd->add_option("TO", opts->to, "Place: LAT,LON or a name");
    cmd->add_option("--units", opts->units, "Units for the text output: km, mi, nmi, m")->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print one JSON object");
    cmd->add_option("--batch", opts->batch, "CSV with columns lat1,lon1,lat2,lon2 ('-' for stdin)")->type_name("FILE");
    cmd->add_option("-o,--out", opts->out, "With --batch: write the CSV here instead of stdout")->type_name("FILE");
    cmd->callback([opts, &common] { run_distance(*opts, common); });
}

} // namespace rangemap::cli
