// SPDX-License-Identifier: MIT
#include "geo_point.hpp"

#include "error.hpp"
#include "text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <vector>

namespace rangemap {

GeoPoint::GeoPoint(double lat_deg, double lon_deg) : m_lat(lat_deg), m_lon(lon_deg) {
    if (!std::isfinite(lat_deg)) throw usage_error(fmt::format("latitude {} is not a finite number", lat_deg));
    if (!std::isfinite(lon_deg)) throw usage_error(fmt::format("longitude {} is not a finite number", lon_deg));
    if (lat_deg < -90.0 || lat_deg > 90.0) {
        throw usage_error(fmt::format("latitude {} is outside [-90, 90]", lat_deg));
    }
    if (lon_deg < -180.0 || lon_deg > 180.0) {
        // Refused rather than wrapped: a longitude of 190 is more often a typo than a wish for -170.
        throw usage_error(fmt::format("longitude {} is outside [-180, 180] (write {} for the same meridian)", lon_deg,
                                      std::remainder(lon_deg, 360.0)));
    }
}

namespace {

struct Coordinate {
    double value;
    char hemisphere; // 0, or one of N S E W
    std::string_view number;
    NumberRange range = NumberRange::fits;
};

/// One coordinate token: a number optionally followed by a hemisphere letter.
std::optional<Coordinate> parse_token(std::string_view token) {
    token = trim(token);
    if (token.empty()) return std::nullopt;
    char hemi = 0;
    const char last = token.back();
    if (std::string_view("NSEWnsew").find(last) != std::string_view::npos && token.size() > 1) {
        const char before = token[token.size() - 2];
        if ((before >= '0' && before <= '9') || before == '.' || before == ' ' || before == '\xb0') {
            hemi = static_cast<char>(last >= 'a' ? last - 'a' + 'A' : last);
            token = trim(token.substr(0, token.size() - 1));
            if (token.size() >= 2 && token.substr(token.size() - 2) == "\xc2\xb0") token.remove_suffix(2); // "°"
        }
    }
    NumberRange range = NumberRange::fits;
    const auto v = parse_double(token, &range);
    if (!v) return std::nullopt;
    return Coordinate{*v, hemi, trim(token), range};
}

} // namespace

std::optional<GeoPoint> GeoPoint::try_parse(std::string_view text) {
    const std::string_view t = trim(text);
    std::vector<std::string_view> parts;
    if (t.find(',') != std::string_view::npos) {
        parts = split(t, ',');
    } else {
        // "13.58N 144.93E": whitespace separates the two coordinates.
        const auto pos = t.find_first_of(" \t");
        if (pos == std::string_view::npos) return std::nullopt;
        parts = {t.substr(0, pos), trim(t.substr(pos))};
    }
    if (parts.size() != 2) return std::nullopt;
    const auto a = parse_token(parts[0]);
    const auto b = parse_token(parts[1]);
    if (!a || !b) return std::nullopt;

    for (const Coordinate* c : {&*a, &*b}) {
        if (c->range == NumberRange::too_large) {
            throw usage_error(fmt::format("place '{}': '{}' is out of range for a coordinate", text, c->number));
        }
        if (c->range == NumberRange::too_small) {
            throw usage_error(
                fmt::format("place '{}': '{}' is too small to represent (write 0 for zero)", text, c->number));
        }
    }
    double lat = a->value;
    double lon = b->value;
    const auto is_lat = [](char h) { return h == 'N' || h == 'S'; };
    const auto is_lon = [](char h) { return h == 'E' || h == 'W'; };
    if (is_lon(a->hemisphere) && (is_lat(b->hemisphere) || b->hemisphere == 0)) {
        std::swap(lat, lon); // "123E,24N": hemisphere letters say which is which
        if (a->hemisphere == 'W') lon = -std::abs(lon);
        if (b->hemisphere == 'S') lat = -std::abs(lat);
    } else {
        if ((a->hemisphere && !is_lat(a->hemisphere)) || (b->hemisphere && !is_lon(b->hemisphere))) {
            throw usage_error(fmt::format("'{}' mixes hemisphere letters (expected LAT[N|S],LON[E|W])", text));
        }
        if (a->hemisphere == 'S') lat = -std::abs(lat);
        if (b->hemisphere == 'W') lon = -std::abs(lon);
    }
    try {
        return GeoPoint(lat, lon);
    } catch (const usage_error& e) {
        throw usage_error(fmt::format("place '{}': {}", text, e.what()));
    }
}

GeoPoint GeoPoint::parse(std::string_view text) {
    if (auto p = try_parse(text)) return *p;
    throw usage_error(
        fmt::format("'{}' is not a LAT,LON position (expected e.g. 24.4667,123.0 or 13.58N 144.93E)", text));
}

} // namespace rangemap
