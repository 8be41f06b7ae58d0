// SPDX-License-Identifier: MIT
#include "tools/scenario/render_args.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"
#include "renderers/map_frame.hpp"

#include <cmath>
#include <fmt/format.h>
#include <optional>

namespace rangemap::scenario {

std::pair<int, int> parse_page_size(const std::string& text) {
    const auto parts = split(text, 'x');
    std::optional<double> w, h;
    if (parts.size() == 2 && !parts[0].empty() && !parts[1].empty()) {
        w = parse_double(parts[0]);
        h = parse_double(parts[1]);
    }
    if (!w || !h || *w != std::floor(*w) || *h != std::floor(*h)) {
        throw usage_error(fmt::format("--size '{}' is not WIDTHxHEIGHT in whole pixels (e.g. 3000x2000)", text));
    }
    const int max = render::MapFrame::k_max_page;
    if (*w < 100 || *h < 100 || *w > max || *h > max) {
        throw usage_error(fmt::format("--size {} is outside 100..{} in each direction", text, max));
    }
    return {static_cast<int>(*w), static_cast<int>(*h)};
}

BBox parse_map_extent(const std::string& text) {
    const auto parts = split(text, ',');
    std::optional<double> v[4];
    if (parts.size() == 4) {
        for (int i = 0; i < 4; ++i) v[i] = parse_double(parts[i]);
    }
    if (parts.size() != 4 || !v[0] || !v[1] || !v[2] || !v[3]) {
        throw usage_error(fmt::format("--extent '{}' is not MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees "
                                      "(e.g. 115,18,150,42)",
                                      text));
    }
    const BBox e{*v[0], *v[1], *v[2], *v[3]};
    render::validate_extent(e);
    return e;
}

} // namespace rangemap::scenario
