// SPDX-License-Identifier: MIT
#include "tools/scenario/render_request.hpp"

#include "tools/scenario/render_args.hpp"

#include "engine/crs.hpp"
#include "engine/error.hpp"
#include "geodata/default_data.hpp"

#include <tuple>

namespace rangemap::scenario {

std::string scenario_path(const RenderRequest& request) {
    return request.scenario.empty() ? geodata::default_data_dir() + "/article.yaml" : request.scenario;
}

Scenario render_scenario(const RenderRequest& request, const std::string& text, const std::string& name) {
    Scenario sc =
        text.empty() ? read_scenario(scenario_path(request), request.set) : parse_scenario(text, name, request.set);
    if (!request.size.empty()) std::tie(sc.map.width, sc.map.height) = parse_page_size(request.size);
    if (!request.extent.empty()) sc.map.extent = parse_map_extent(request.extent);
    if (!request.crs.empty()) sc.map.projection = request.crs;
    if (sc.map.projection != "auto") Transform check(sc.map.projection); // unknown CRS: usage error
    return sc;
}

} // namespace rangemap::scenario
