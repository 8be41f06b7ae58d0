// SPDX-License-Identifier: MIT
#include "tools/scenario/figure.hpp"

#include "tools/scenario/scenario_scene.hpp"

#include <cstddef>

namespace rangemap::scenario {

Figure render_figure(const Scenario& scenario, Session& session, render::Format format, double scale) {
    layers::Scene scene = scenario_scene(scenario, session);
    scene.frame.scale = scale;
    Figure f;
    f.bytes = render::render_to_bytes(scene, format, &f.report);
    return f;
}

namespace {

// The largest sweep's page fits a PNG (9600x6491, 62 Mpx, about 250 MiB of image): no sweep
// needs panels smaller than the legible 640x460.
constexpr render::PanelsPage k_largest = render::panels_page(sweep_grid(static_cast<int>(k_max_sweep_steps)), true);
static_assert(k_largest.width * k_largest.height <= render::k_max_png_pixels);

} // namespace

std::string render_sweep_figure(const Scenario& scenario, const Question& sweep, Session& session,
                                render::Format format) {
    const SweepPanels panels(scenario, sweep, session);
    const std::string title = scenario.title.empty() ? sweep.id : scenario.title + " — " + sweep.id;
    return render::render_panels_to_bytes(
        sweep_grid(static_cast<int>(panels.size())), [&](int i) { return panels.panel(static_cast<std::size_t>(i)); },
        title, format, panels.shared_layers());
}

nlohmann::ordered_json report_json(const render::RenderReport& r) {
    nlohmann::ordered_json j;
    j["crs"] = r.crs;
    j["extent"] = {r.extent.min_lon, r.extent.min_lat, r.extent.max_lon, r.extent.max_lat};
    j["map_box"] = {r.map_box.x0, r.map_box.y0, r.map_box.x1, r.map_box.y1};
    const auto anchor = [](const std::optional<LonLat>& a) {
        return a ? nlohmann::ordered_json::array({a->lon, a->lat}) : nlohmann::ordered_json();
    };
    j["labels"] = nlohmann::ordered_json::array();
    for (const auto& l : r.labels) {
        j["labels"].push_back({{"text", l.text},
                               {"kind", l.kind},
                               {"box", {l.box.x0, l.box.y0, l.box.x1, l.box.y1}},
                               {"anchor", anchor(l.anchor)},
                               {"leader", l.leader}});
    }
    j["furniture"] = nlohmann::ordered_json::array();
    for (const auto& b : r.furniture) j["furniture"].push_back({b.x0, b.y0, b.x1, b.y1});
    j["dropped"] = nlohmann::ordered_json::array();
    for (const auto& d : r.dropped) {
        j["dropped"].push_back({{"text", d.text}, {"kind", d.kind}, {"anchor", anchor(d.anchor)}});
    }
    j["dropped_labels"] = r.dropped_labels;
    if (r.inset) {
        const render::InsetReport& in = *r.inset;
        const auto box = [](const render::Box& b) { return nlohmann::ordered_json::array({b.x0, b.y0, b.x1, b.y1}); };
        const auto page = [](const render::PagePoint& p) { return nlohmann::ordered_json::array({p.x, p.y}); };
        const auto lonlat = [](const LonLat& p) { return nlohmann::ordered_json::array({p.lon, p.lat}); };
        nlohmann::ordered_json o;
        o["box"] = box(in.box);
        o["map_box"] = box(in.map_box);
        o["frame_on_map"] = nlohmann::ordered_json::array();
        for (const auto& p : in.frame_on_map) o["frame_on_map"].push_back(page(p));
        o["crs"] = in.crs;
        o["centre"] = lonlat(in.centre);
        o["width_m"] = in.width_m;
        o["zoom"] = in.zoom;
        if (in.callout) {
            o["callout"] = {{"index", *in.callout},
                            {"ends", {lonlat(in.callout_ends[0]), lonlat(in.callout_ends[1])}},
                            {"page", {page(in.callout_page[0]), page(in.callout_page[1])}}};
        } else {
            o["callout"] = nullptr;
        }
        if (!in.scale_text.empty()) {
            o["scale_bar"] = {{"text", in.scale_text},
                              {"page", {page(in.scale_page[0]), page(in.scale_page[1])}},
                              {"ends", {lonlat(in.scale_ends[0]), lonlat(in.scale_ends[1])}},
                              {"true_lat", in.true_lat}};
        } else {
            o["scale_bar"] = nullptr;
        }
        j["inset"] = std::move(o);
    } else {
        j["inset"] = nullptr;
    }
    return j;
}

} // namespace rangemap::scenario
