// SPDX-License-Identifier: MIT
#include "tools/scenario/figure.hpp"

#include "tools/scenario/scenario_scene.hpp"

#include <cmath>

namespace rangemap::scenario {

Figure render_figure(const Scenario& scenario, Session& session, render::Format format, double scale) {
    layers::Scene scene = scenario_scene(scenario, session);
    scene.frame.scale = scale;
    Figure f;
    f.bytes = render::render_to_bytes(scene, format, &f.report);
    return f;
}

std::string render_sweep_figure(const Scenario& scenario, const Question& sweep, Session& session,
                                render::Format format) {
    auto panels = sweep_panels(scenario, sweep, session);
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(panels.size()))));
    for (auto& p : panels) {
        p.frame.width = 640;
        p.frame.height = 460;
    }
    const std::string title = scenario.title.empty() ? sweep.id : scenario.title + " — " + sweep.id;
    return render::render_panels_to_bytes(panels, title, columns, format);
}

nlohmann::ordered_json report_json(const render::RenderReport& r) {
    nlohmann::ordered_json j;
    j["crs"] = r.crs;
    j["extent"] = {r.extent.min_lon, r.extent.min_lat, r.extent.max_lon, r.extent.max_lat};
    j["map_box"] = {r.map_box.x0, r.map_box.y0, r.map_box.x1, r.map_box.y1};
    j["labels"] = nlohmann::ordered_json::array();
    for (const auto& l : r.labels) {
        j["labels"].push_back(
            {{"text", l.text}, {"box", {l.box.x0, l.box.y0, l.box.x1, l.box.y1}}, {"leader", l.leader}});
    }
    j["furniture"] = nlohmann::ordered_json::array();
    for (const auto& b : r.furniture) j["furniture"].push_back({b.x0, b.y0, b.x1, b.y1});
    j["dropped_labels"] = r.dropped_labels;
    return j;
}

} // namespace rangemap::scenario
