// SPDX-License-Identifier: MIT
#include "csv_points_scan.hpp"

#include "csv_columns.hpp"

#include "engine/disc_bbox.hpp"
#include "engine/error.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangemap::geodata {

namespace {

/// A file mapped read-only; pages already read can be handed back (forget) so that a scan of
/// a large file keeps little of it resident.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        // Closed on every way out; the mapping outlives it.
        struct Fd {
            int fd;
            ~Fd() {
                if (fd >= 0) ::close(fd);
            }
        } const f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
        const auto fail = [&] { return data_error(fmt::format("cannot read '{}': {}", path, std::strerror(errno))); };
        if (f.fd < 0) throw fail();
        struct stat st {};
        if (::fstat(f.fd, &st) != 0) throw fail();
        m_size = static_cast<std::size_t>(st.st_size);
        if (m_size > 0) {
            void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, f.fd, 0);
            if (p == MAP_FAILED) throw fail();
            m_data = static_cast<const char*>(p);
            ::madvise(p, m_size, MADV_SEQUENTIAL);
        }
    }
    ~MappedFile() {
        if (m_data) ::munmap(const_cast<char*>(m_data), m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    [[nodiscard]] std::string_view text() const noexcept { return {m_data, m_size}; }
    /// Gives back the whole pages before byte `end`: they will not be read again.
    void forget_before(std::size_t end) noexcept {
        const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        const std::size_t cut = end / page * page;
        if (cut > m_forgotten) {
            ::madvise(const_cast<char*>(m_data) + m_forgotten, cut - m_forgotten, MADV_DONTNEED);
            m_forgotten = cut;
        }
    }

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_forgotten = 0;
};

/// The records of CSV text one at a time, as views into it: split_records' rules (RFC 4180
/// quoting, CRLF, unquoted fields trimmed, blank records skipped) without copying a field
/// unless it holds an escaped quote.
class RecordReader {
public:
    RecordReader(std::string_view text, const std::string& path) : m_text(text), m_path(path) {}

    /// The next non-blank record into fields(); false at the end of the text.
    bool next() {
        while (m_pos <= m_text.size() && !m_done) {
            read_record();
            const bool blank = m_fields.size() == 1 && m_fields[0].empty();
            if (!blank) return true;
        }
        return false;
    }
    [[nodiscard]] const std::vector<std::string_view>& fields() const noexcept { return m_fields; }
    [[nodiscard]] std::size_t line() const noexcept { return m_record_line; }
    [[nodiscard]] std::size_t position() const noexcept { return m_pos; }

private:
    void read_record() {
        m_fields.clear();
        m_escaped_used = 0;
        m_record_line = m_line;
        const std::size_t n = m_text.size();
        for (;;) {
            // One field from m_pos.
            std::size_t i = m_pos;
            while (i < n && (m_text[i] == ' ' || m_text[i] == '\t')) ++i;
            if (i < n && m_text[i] == '"') {
                i = read_quoted(i);
            } else {
                const std::size_t start = m_pos;
                while (i < n && m_text[i] != ',' && m_text[i] != '\n') {
                    if (m_text[i] == '"') {
                        throw data_error(fmt::format("'{}': line {}: column {}: quote inside an unquoted field", m_path,
                                                     m_line, m_fields.size() + 1));
                    }
                    ++i;
                }
                m_fields.push_back(trim(m_text.substr(start, i - start)));
            }
            if (i >= n) {
                m_pos = n;
                m_done = true;
                return;
            }
            m_pos = i + 1;
            if (m_text[i] == '\n') {
                ++m_line;
                return;
            }
        }
    }

    /// A quoted field opening at `q`; returns the position of the ',' or '\n' (or end) after it.
    std::size_t read_quoted(std::size_t q) {
        const std::size_t n = m_text.size();
        const std::size_t quote_line = m_line;
        std::size_t i = q + 1;
        bool escaped = false;
        for (;;) {
            if (i >= n)
                throw data_error(fmt::format("'{}': line {}: quoted field is never closed", m_path, quote_line));
            if (m_text[i] == '"') {
                if (i + 1 < n && m_text[i + 1] == '"') {
                    escaped = true;
                    i += 2;
                    continue;
                }
                break;
            }
            if (m_text[i] == '\n') ++m_line;
            ++i;
        }
        const std::string_view raw = m_text.substr(q + 1, i - q - 1);
        if (!escaped) {
            m_fields.push_back(raw);
        } else {
            if (m_escaped_used == m_escaped.size()) m_escaped.emplace_back();
            std::string& s = m_escaped[m_escaped_used++];
            s.clear();
            for (std::size_t k = 0; k < raw.size(); ++k) {
                s += raw[k];
                if (raw[k] == '"') ++k; // "" -> "
            }
            m_fields.push_back(s);
        }
        ++i; // past the closing quote
        while (i < n && m_text[i] != ',' && m_text[i] != '\n') {
            const char c = m_text[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                throw data_error(fmt::format("'{}': line {}: column {}: text after a closing quote", m_path, m_line,
                                             m_fields.size()));
            }
            ++i;
        }
        return i;
    }

    std::string_view m_text;
    const std::string& m_path;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_record_line = 1;
    bool m_done = false;
    std::vector<std::string_view> m_fields;
    std::vector<std::string> m_escaped; ///< unescaped quoted fields, reused from record to record
    std::size_t m_escaped_used = 0;
};

/// Whether fold_name(field) contains `word` (lowercase letters and digits). Plain ASCII
/// without apostrophes folds to its lowercase words, so a case-blind search decides it
/// without folding; anything else is folded.
bool holds_word(std::string_view field, std::string_view word) {
    if (word.empty() || field.size() < word.size()) return false;
    const bool plain = std::all_of(field.begin(), field.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\''; });
    if (!plain) return fold_name(field).find(word) != std::string::npos;
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    const auto it = std::search(field.begin(), field.end(), word.begin(), word.end(),
                                [&](char a, char b) { return lower(a) == b; });
    return it != field.end();
}

} // namespace

CsvScan scan_points_csv(const std::string& path, const std::string& layer_name, const BBox& box, std::string_view word,
                        const std::function<void(double)>& progress) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw data_error(fmt::format("data source '{}' does not exist or is not a file", path));
    }
    MappedFile file(path);
    std::string_view text = file.text();
    std::size_t offset = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
        offset = 3;
    }
    if (trim(text).empty())
        throw data_error(fmt::format("'{}': empty file: expected a header with name, lat, lon", path));

    RecordReader reader(text, path);
    if (!reader.next()) throw data_error(fmt::format("'{}': empty file: expected a header with name, lat, lon", path));
    const CsvColumns cols =
        csv_columns(std::vector<std::string>(reader.fields().begin(), reader.fields().end()), path, reader.line());
    const auto& header = cols.header;
    std::size_t aliases = header.size();
    for (std::size_t i = 0; i < header.size(); ++i)
        if (trim(header[i]) == "aliases") aliases = i;

    CsvScan out;
    out.layer.name = layer_name;
    out.layer.source = path;
    constexpr std::size_t k_step = std::size_t{8} << 20; // progress and pages given back, bytes
    std::size_t next_step = k_step;
    while (reader.next()) {
        const auto& f = reader.fields();
        const std::size_t line = reader.line();
        if (f.size() != header.size()) {
            throw data_error(
                fmt::format("'{}': line {}: {} fields where the header has {}", path, line, f.size(), header.size()));
        }
        ++out.rows;
        const std::string_view name = f[cols.name];
        if (name.empty()) {
            throw data_error(fmt::format("'{}': line {}: column {} (name): empty name", path, line, cols.name + 1));
        }
        if (!out.word_seen) {
            out.word_seen = holds_word(name, word) || (aliases < f.size() && holds_word(f[aliases], word));
        }
        const double lat = csv_coordinate(f[cols.lat], "lat", 90, path, line, cols.lat + 1);
        const double lon = csv_coordinate(f[cols.lon], "lon", 180, path, line, cols.lon + 1);
        if (in_wrapped_box({lon, lat}, box)) {
            Feature feature;
            feature.name = std::string(name);
            feature.layer = layer_name;
            for (std::size_t i = 0; i < header.size(); ++i) {
                if (i == cols.name || i == cols.lat || i == cols.lon) continue;
                feature.attributes[std::string(trim(header[i]))] = std::string(f[i]);
            }
            feature.geometry.points.push_back({lon, lat});
            out.layer.features.push_back(std::move(feature));
        }
        if (reader.position() >= next_step) {
            next_step = reader.position() + k_step;
            file.forget_before(offset + reader.position());
            if (progress) progress(static_cast<double>(reader.position()) / static_cast<double>(text.size()));
        }
    }
    if (out.rows == 0) throw data_error(fmt::format("'{}': has a header but no rows", path));
    if (progress) progress(1.0);
    return out;
}

} // namespace rangemap::geodata
