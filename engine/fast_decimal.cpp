// SPDX-License-Identifier: MIT
#include "fast_decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace rangemap {

namespace {

/// Plain decimals ("-12.345678", at most 15 significant digits) convert exactly with one
/// correctly rounded division, since both the integer and the power of ten are exact doubles.
bool parse_plain(const char* first, const char* last, double& x) noexcept {
    static constexpr double k_pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char* p = first;
    const bool neg = p != last && *p == '-';
    if (neg) ++p;
    std::uint64_t m = 0;
    int digits = 0, decimals = 0;
    for (; p != last && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits)
        m = m * 10 + static_cast<unsigned>(*p - '0');
    if (p != last && *p == '.') {
        for (++p; p != last && static_cast<unsigned>(*p - '0') < 10; ++p, ++digits, ++decimals) {
            if (digits >= 15) return false;
            m = m * 10 + static_cast<unsigned>(*p - '0');
        }
    }
    if (p != last || digits == 0 || digits > 15) return false;
    x = static_cast<double>(m) / k_pow10[decimals];
    if (neg) x = -x;
    return true;
}

} // namespace

bool parse_decimal(std::string_view text, double& x) noexcept {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (first != last && *first == '+') ++first;
    if (first == last) return false;
    if (parse_plain(first, last, x)) return true;
    const auto [ptr, ec] = std::from_chars(first, last, x);
    return ec == std::errc() && ptr == last;
}

void append_fixed(std::string& out, double x, int decimals) {
    static constexpr double k_scale[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    static constexpr std::uint64_t k_div[] = {1,      10,      100,      1000,      10000,
                                              100000, 1000000, 10000000, 100000000, 1000000000};
    char buf[400]; // room for any double in fixed notation with 9 decimals
    const double y = x * k_scale[decimals];
    // A non-negative value below 1e12 after scaling is rounded to an integer and printed by
    // hand, unless it lies so near a rounding tie that the scaling's own rounding could tip it.
    if (!(x >= 0 && y < 1e12) || std::abs(y - std::floor(y) - 0.5) < 1e-3) {
        const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, decimals);
        out.append(buf, r.ptr);
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
    out.append(p, end);
}

} // namespace rangemap
