// SPDX-License-Identifier: MIT
#include "tools/scenario/render_request.hpp"

#include "engine/crs.hpp"
#include "engine/error.hpp"
#include "engine/text.hpp"
#include "geodata/default_data.hpp"
#include "renderers/map_frame.hpp"

#include <cmath>
#include <fmt/format.h>
#include <optional>
#include <tuple>

namespace rangemap::scenario {

namespace {

std::pair<int, int> parse_size(const std::string& text) {
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

BBox parse_extent(const std::string& text) {
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

} // namespace

std::string scenario_path(const RenderRequest& request) {
    return request.scenario.empty() ? geodata::default_data_dir() + "/article.yaml" : request.scenario;
}

Scenario render_scenario(const RenderRequest& request, const std::string& text, const std::string& name) {
    Scenario sc =
        text.empty() ? read_scenario(scenario_path(request), request.set) : parse_scenario(text, name, request.set);
    if (!request.size.empty()) std::tie(sc.map.width, sc.map.height) = parse_size(request.size);
    if (!request.extent.empty()) sc.map.extent = parse_extent(request.extent);
    if (!request.crs.empty()) sc.map.projection = request.crs;
    if (sc.map.projection != "auto") Transform check(sc.map.projection); // unknown CRS: usage error
    return sc;
}

} // namespace rangemap::scenario
