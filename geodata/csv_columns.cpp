// SPDX-License-Identifier: MIT
#include "csv_columns.hpp"

#include "engine/error.hpp"
#include "engine/fast_decimal.hpp"
#include "engine/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <optional>

namespace rangemap::geodata {

namespace {

std::optional<std::size_t> find_column(const std::vector<std::string>& header,
                                       std::initializer_list<const char*> names) {
    for (const char* want : names) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (to_lower(trim(header[i])) == want) return i;
        }
    }
    return std::nullopt;
}

} // namespace

CsvColumns csv_columns(std::vector<std::string> header, const std::string& path, std::size_t line) {
    const auto name_col = find_column(header, {"name"});
    const auto lat_col = find_column(header, {"lat", "latitude", "y"});
    const auto lon_col = find_column(header, {"lon", "lng", "long", "longitude", "x"});
    std::vector<std::string> missing;
    if (!name_col) missing.emplace_back("name");
    if (!lat_col) missing.emplace_back("lat (or latitude, y)");
    if (!lon_col) missing.emplace_back("lon (or lng, long, longitude, x)");
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
        throw data_error(fmt::format("'{}': line {}: header lacks column(s) {}", path, line, list));
    }
    return CsvColumns{*name_col, *lat_col, *lon_col, std::move(header)};
}

double csv_coordinate(std::string_view text, const char* what, double limit, const std::string& path, std::size_t line,
                      std::size_t column) {
    // Plain decimals (nearly every row) take the fast parser; it rounds as parse_double does.
    double fast = 0;
    if (parse_decimal(text, fast) && std::isfinite(fast) && fast >= -limit && fast <= limit) return fast;
    NumberRange range = NumberRange::fits;
    const auto v = parse_double(text, &range);
    if (!v || !std::isfinite(*v) || range != NumberRange::fits) {
        throw data_error(fmt::format("'{}': line {}: column {} ({}): '{}' {}", path, line, column, what, text,
                                     number_problem(text)));
    }
    if (*v < -limit || *v > limit) {
        throw data_error(fmt::format("'{}': line {}: column {} ({}): {} is outside [-{}, {}] degrees", path, line,
                                     column, what, text, limit, limit));
    }
    return *v;
}

} // namespace rangemap::geodata
