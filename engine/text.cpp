// SPDX-License-Identifier: MIT
#include "text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fmt/format.h>

namespace rangemap {

std::string_view trim(std::string_view s) noexcept {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto pos = s.find(sep, start);
        if (pos == std::string_view::npos) {
            parts.push_back(s.substr(start));
            return parts;
        }
        parts.push_back(s.substr(start, pos - start));
        start = pos + 1;
    }
}

namespace {

/// The decimal exponent of the leading digit of a number's text (from_chars syntax): 2 for
/// "123", -3 for "0.00123", 399 for "1e400". Saturates far beyond any double.
long decimal_order(std::string_view t) noexcept {
    std::size_t i = (!t.empty() && t.front() == '-') ? 1 : 0;
    long int_digits = 0, frac_zeros = 0;
    bool nonzero = false;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
        if (nonzero || t[i] != '0') {
            nonzero = true;
            int_digits = std::min(int_digits + 1, 100000L);
        }
    }
    if (i < t.size() && t[i] == '.') {
        for (++i; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
            if (!nonzero && t[i] == '0') frac_zeros = std::min(frac_zeros + 1, 100000L);
            if (t[i] != '0') nonzero = true;
        }
    }
    long exp = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        const bool neg = i < t.size() && t[i] == '-';
        if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
        for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) exp = std::min(exp * 10 + (t[i] - '0'), 100000L);
        if (neg) exp = -exp;
    }
    return exp + (int_digits > 0 ? int_digits - 1 : -(frac_zeros + 1));
}

} // namespace

std::optional<double> parse_double_prefix(std::string_view s, std::size_t& used, NumberRange* range) noexcept {
    used = 0;
    if (range) *range = NumberRange::fits;
    if (s.empty()) return std::nullopt;
    std::size_t skip = (s.front() == '+') ? 1 : 0; // from_chars refuses a leading '+'
    if (skip == 1 && s.size() > 1 && s[1] == '-') return std::nullopt;
    double value = 0.0;
    const char* first = s.data() + skip;
    const auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // Out of range either way: 1e999 overflows to infinity, 1e-999 underflows to zero, so
        // callers refuse (or accept) it by value, and `range` lets them say which it was.
        const bool negative = *first == '-';
        const bool tiny = decimal_order(std::string_view(first, static_cast<std::size_t>(ptr - first))) < 0;
        value = tiny ? (negative ? -0.0 : 0.0) : (negative ? -HUGE_VAL : HUGE_VAL);
        if (range) *range = tiny ? NumberRange::too_small : NumberRange::too_large;
    } else if (ec != std::errc()) {
        return std::nullopt;
    }
    used = static_cast<std::size_t>(ptr - s.data());
    return value;
}

std::optional<double> parse_double(std::string_view s, NumberRange* range) noexcept {
    s = trim(s);
    std::size_t used = 0;
    auto v = parse_double_prefix(s, used, range);
    if (!v || used != s.size()) return std::nullopt;
    return v;
}

std::string_view number_problem(std::string_view s) noexcept {
    NumberRange range = NumberRange::fits;
    const auto v = parse_double(s, &range);
    if (!v) return "is not a number";
    if (range == NumberRange::too_large) return "is out of range";
    if (range == NumberRange::too_small) return "is too small to represent";
    if (!std::isfinite(*v)) return "is not finite";
    return {};
}

std::string format_number(double value, int decimals, bool keep_zeros) {
    if (!std::isfinite(value)) return fmt::format("{}", value);
    // Beyond every real length (and every page), digits would only bury the message.
    if (std::abs(value) >= 1e15) return fmt::format("{:.3g}", value);
    std::string digits = fmt::format("{:.{}f}", std::abs(value), std::max(decimals, 0));
    std::string frac;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        frac = digits.substr(dot);
        digits.resize(dot);
        while (!keep_zeros && !frac.empty() && (frac.back() == '0' || frac.back() == '.')) frac.pop_back();
    }
    std::string grouped;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        grouped += digits[i];
        if ((n - i - 1) % 3 == 0 && i + 1 < n) grouped += ',';
    }
    const bool negative = value < 0 && (grouped != "0" || !frac.empty());
    return (negative ? "-" : "") + grouped + frac;
}

namespace {

/// Base letter of a Latin-1 Supplement or Latin Extended-A letter, or 0.
char latin_base(std::uint32_t cp) {
    if (cp >= 0xC0 && cp <= 0xFF) {
        static const char* table = "aaaaaaaceeeeiiiidnooooo ouuuuyts"  // C0..DF
                                   "aaaaaaaceeeeiiiidnooooo ouuuuyty"; // E0..FF
        const char c = table[cp - 0xC0];
        return c == ' ' ? 0 : c;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        static const char* table = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnooooooo"
                                   "orrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        return table[cp - 0x100];
    }
    return 0;
}

} // namespace

std::string fold_name(std::string_view name) {
    std::string out;
    bool pending_space = false;
    const auto emit = [&](std::string_view piece) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += piece;
    };
    for (std::size_t i = 0; i < name.size();) {
        const auto c = static_cast<unsigned char>(name[i]);
        std::uint32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0 && i + 3 < name.size() + 0) {
            cp = ((c & 0x07u) << 18) | ((name[i + 1] & 0x3Fu) << 12) | ((name[i + 2] & 0x3Fu) << 6) |
                 (name[i + 3] & 0x3Fu);
            len = 4;
        } else if (c >= 0xE0 && i + 2 < name.size()) {
            cp = ((c & 0x0Fu) << 12) | ((name[i + 1] & 0x3Fu) << 6) | (name[i + 2] & 0x3Fu);
            len = 3;
        } else if (c >= 0xC0 && i + 1 < name.size()) {
            cp = ((c & 0x1Fu) << 6) | (name[i + 1] & 0x3Fu);
            len = 2;
        }
        if (cp < 0x80) {
            const char ch = static_cast<char>(cp);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                emit(std::string_view(&ch, 1));
            else if (ch >= 'A' && ch <= 'Z') {
                const char l = static_cast<char>(ch - 'A' + 'a');
                emit(std::string_view(&l, 1));
            } else if (ch == '\'') {
            } // "O'Donnell" matches "odonnell"
            else
                pending_space = true;
        } else if (const char base = latin_base(cp)) {
            emit(std::string_view(&base, 1));
            if (cp == 0xDF) out += 's'; // ß -> ss
        } else if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0 || cp == 0xD7 || cp == 0xF7 ||
                   (cp >= 0x3000 && cp <= 0x3003)) {
            pending_space = true; // dashes, quotes, spaces and CJK punctuation separate words
        } else {
            emit(name.substr(i, std::min(len, name.size() - i))); // other scripts match as written
        }
        i += len;
    }
    return out;
}

std::size_t first_invalid_utf8(std::string_view s) noexcept {
    const auto byte = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned c = byte(i);
        if (c < 0x80) {
            ++i;
            continue;
        }
        // The lead byte fixes the length and the range of the second byte (Unicode table 3-7),
        // which is what rules out overlong forms, surrogates and code points above U+10FFFF.
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return i; // a continuation byte without a lead, C0/C1 (overlong) or F5..FF
        }
        if (byte(i + 1) < lo || byte(i + 1) > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((byte(i + k) & 0xC0u) != 0x80u) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

namespace {

std::string escape_controls(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            out += fmt::format("\\x{:02x}", u);
        } else {
            out += c;
        }
    }
    return out;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

std::string printable(std::string_view s, std::size_t max_bytes) {
    constexpr std::string_view mark = "…";
    const std::size_t room = std::max(max_bytes, mark.size() + 2) - mark.size();
    // Escaping only grows text, so each end needs at most `room` bytes of the input.
    const bool small = s.size() <= 2 * room;
    const std::string head = escape_controls(small ? s : s.substr(0, room));
    if (small && head.size() <= max_bytes) return head;
    const std::string tail = small ? head : escape_controls(s.substr(s.size() - room));
    std::size_t h = room * 3 / 4; // most of the room for the start
    while (h > 0 && continuation(head[h])) --h;
    std::size_t t = tail.size() - (room - h);
    while (t < tail.size() && continuation(tail[t])) ++t;
    return head.substr(0, h) + std::string(mark) + tail.substr(t);
}

} // namespace rangemap
