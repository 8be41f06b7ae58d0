// SPDX-License-Identifier: MIT
#include "tools/serve/api.hpp"

#include "tools/serve/basemap.hpp"

#include "tools/scenario/answer.hpp"
#include "tools/scenario/answer_json.hpp"
#include "tools/scenario/figure.hpp"
#include "tools/scenario/place_list.hpp"
#include "tools/scenario/render_args.hpp"
#include "tools/scenario/scenario_answers.hpp"
#include "tools/scenario/scenario_document.hpp"
#include "tools/scenario/scenario_scene.hpp"
#include "tools/scenario/scene_geojson.hpp"
#include "tools/scenario/shapes.hpp"
#include "tools/scenario/verb_answers.hpp"

#include "engine/crs.hpp"
#include "engine/error.hpp"
#include "engine/length.hpp"
#include "engine/speed.hpp"
#include "geodata/default_data.hpp"
#include "geodata/ogr_reader.hpp"
#include "renderers/map_frame.hpp"
#include "renderers/output.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace rangemap::serve {

namespace {

/// Refuses parameters the endpoint does not take, as the CLI refuses unknown options.
void accept_only(const Params& p, std::initializer_list<const char*> names) {
    for (const auto& [key, value] : p) {
        if (std::none_of(names.begin(), names.end(), [&](const char* n) { return key == n; })) {
            std::string list;
            for (const char* n : names) list += (list.empty() ? "" : ", ") + std::string(n);
            throw usage_error(fmt::format("unknown parameter '{}' (this endpoint takes: {})", key, list));
        }
    }
}

/// The parameter's value, or `fallback` when it is not given.
std::string optional(const Params& p, const char* name, const std::string& fallback = {}) {
    const auto it = p.find(name);
    return it == p.end() ? fallback : it->second;
}

/// The parameter's value. @throws usage_error when it is missing or empty.
std::string required(const Params& p, const char* name, const char* what) {
    const std::string v = optional(p, name);
    if (v.empty()) throw usage_error(fmt::format("missing parameter '{}': {}", name, what));
    return v;
}

/// A whole number parameter within [lo, hi]. @throws usage_error otherwise.
/// A `speed` parameter as --speed takes it (900km/h, 20kn), when given. @throws usage_error.
std::optional<Speed> optional_speed(const Params& p) {
    const std::string s = optional(p, "speed");
    return s.empty() ? std::nullopt : std::optional(Speed::parse(s));
}

int integer(const Params& p, const char* name, int fallback, int lo, int hi) {
    const auto it = p.find(name);
    if (it == p.end()) return fallback;
    std::size_t used = 0;
    int v = 0;
    try {
        v = std::stoi(it->second, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != it->second.size() || v < lo || v > hi) {
        throw usage_error(fmt::format("{} '{}' is not a whole number in {}..{}", name, it->second, lo, hi));
    }
    return v;
}

Reply json_reply(std::string body) { return {200, k_json, std::move(body)}; }

/// The served scenario's frame for the page: its CRS and extent as the figure would draw them.
nlohmann::ordered_json frame_json(const scenario::Scenario& sc, scenario::Session& session) {
    scenario::Scenario drawn = sc;
    drawn.data.defaults = false; // the base map is not needed to place the frame
    try {
        const render::MapFrame frame(scenario::scenario_scene(drawn, session));
        const BBox& e = frame.extent();
        return {{"crs", frame.crs()}, {"extent", {e.min_lon, e.min_lat, e.max_lon, e.max_lat}}};
    } catch (const usage_error&) {
        return {{"crs", "auto"}, {"extent", {-180, -80, 180, 80}}}; // nothing to fit a frame to
    }
}

/// The region the page's base map covers: the frame's extent and a wide margin, for panning
/// and for a map centred on a site; the world when that is most of it.
std::optional<BBox> basemap_region(const nlohmann::ordered_json& frame) {
    const auto& e = frame["extent"];
    const BBox b{e[0].get<double>() - 25, std::max(-90.0, e[1].get<double>() - 20), e[2].get<double>() + 25,
                 std::min(90.0, e[3].get<double>() + 20)};
    if (b.max_lon - b.min_lon >= 300) return std::nullopt;
    return b;
}

/// The answers' JSON as `rangemap query --json` prints it, without its final newline.
std::string answers_text(const std::vector<scenario::Answer>& answers) {
    std::string text = scenario::format_json(answers);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

} // namespace

Api::Api(ApiOptions options) : m_options(std::move(options)) {
    const std::string path =
        m_options.scenario.empty() ? geodata::default_data_dir() + "/article.yaml" : m_options.scenario;
    m_scenario = scenario::read_scenario(path, m_options.set);
    const scenario::DataOptions data = scenario::data_options_for(m_scenario, m_options.data);
    m_session = std::make_unique<scenario::Session>(data);
    // Everything is read now, so that requests only read (Session: shared by threads).
    m_session->layers();
    if (!data.no_default_data) m_session->layer("land");

    nlohmann::ordered_json s;
    s["document"] = scenario::scenario_document(path, m_options.set);
    s["frame"] = frame_json(m_scenario, *m_session);
    s["theme"] = scenario::theme_json(layers::default_theme());
    s["point_layers"] = nlohmann::ordered_json::array();
    for (const auto* l : m_session->point_layers()) s["point_layers"].push_back(l->name);
    m_basemap = "{}";
    if (!data.no_default_data) {
        const auto region = basemap_region(s["frame"]);
        m_basemap = basemap_geojson(region, region ? 0.03 : 0.1);
    }
    m_scenario_reply = s.dump() + "\n";
}

Api::~Api() = default;

bool Api::known(const std::string& path) {
    static constexpr const char* k_paths[] = {"/api/health", "/api/places", "/api/distance", "/api/ring",
                                              "/api/sector", "/api/within", "/api/scenario", "/api/basemap",
                                              "/api/query",  "/api/render"};
    return std::any_of(std::begin(k_paths), std::end(k_paths), [&](const char* p) { return path == p; });
}

Reply Api::get(const std::string& path, const Params& params) noexcept {
    try {
        if (path == "/api/health") return health();
        if (path == "/api/places") return places(params);
        if (path == "/api/distance") return distance(params);
        if (path == "/api/ring") return ring(params);
        if (path == "/api/sector") return sector(params);
        if (path == "/api/within") return within(params);
        if (path == "/api/scenario") return served_scenario();
        if (path == "/api/basemap") return basemap();
        if (known(path)) return error_reply(405, fmt::format("{} takes POST", path));
        return error_reply(404, fmt::format("no such path: {}", path));
    } catch (...) {
        return reply_for_current_exception();
    }
}

Reply Api::post(const std::string& path, const Params& params, const std::string& body) noexcept {
    try {
        if (body.size() > k_max_body_bytes) throw body_too_large{};
        if (path == "/api/query") {
            accept_only(params, {});
            return query(body);
        }
        if (path == "/api/render") return render(params, body);
        if (known(path)) return error_reply(405, fmt::format("{} takes GET", path));
        return error_reply(404, fmt::format("no such path: {}", path));
    } catch (...) {
        return reply_for_current_exception();
    }
}

Reply Api::health() const {
    nlohmann::ordered_json j{{"status", "ok"}, {"version", m_options.version}};
    return json_reply(j.dump() + "\n");
}

Reply Api::places(const Params& p) {
    accept_only(p, {"layer"});
    return json_reply(scenario::places_json(scenario::list_places(*m_session, optional(p, "layer"))).dump() + "\n");
}

Reply Api::distance(const Params& p) {
    accept_only(p, {"from", "to", "units", "speed"});
    const std::string from = required(p, "from", "a PLACE (LAT,LON or a name)");
    const std::string to = required(p, "to", "a PLACE (LAT,LON or a name)");
    parse_unit(optional(p, "units", "km")); // checked as the verb checks --units
    const std::optional<Speed> speed = optional_speed(p);
    const scenario::DistanceAnswer a = scenario::distance_answer(*m_session, from, to);
    return json_reply(scenario::distance_json(a, speed).dump() + "\n");
}

Reply Api::ring(const Params& p) {
    accept_only(p, {"center", "radius", "min_radius", "radials", "tolerance", "vertices"});
    const std::string centre = required(p, "center", "a PLACE (LAT,LON or a name)");
    scenario::RingRequest request;
    request.radius = Length::parse(required(p, "radius", "a LENGTH (1000km, 540nmi, metres)"));
    if (const std::string m = optional(p, "min_radius"); !m.empty()) request.min_radius = Length::parse(m);
    if (p.count("radials")) request.radials = integer(p, "radials", 0, 1, 360);
    request.tolerance = optional(p, "tolerance");
    request.vertices = integer(p, "vertices", 360, 8, 100000);
    return json_reply(scenario::emit_shapes(scenario::ring_shapes(*m_session, centre, request), "") + "\n");
}

Reply Api::sector(const Params& p) {
    accept_only(p, {"center", "azimuth", "width", "radius", "min_radius", "radials", "vertices"});
    const std::string centre = required(p, "center", "a PLACE (LAT,LON or a name)");
    scenario::SectorRequest request;
    request.azimuth = required(p, "azimuth", "degrees clockwise from north");
    request.width = required(p, "width", "degrees, (0, 360]");
    request.radius = Length::parse(required(p, "radius", "a LENGTH (1000km, 540nmi, metres)"));
    if (const std::string m = optional(p, "min_radius"); !m.empty()) request.min_radius = Length::parse(m);
    if (p.count("radials")) request.radials = integer(p, "radials", 0, 1, 360);
    request.vertices = integer(p, "vertices", 360, 8, 100000);
    return json_reply(scenario::emit_shapes(scenario::sector_shapes(*m_session, centre, request), "") + "\n");
}

Reply Api::within(const Params& p) {
    accept_only(p, {"center", "radius", "layer", "units", "speed"});
    const std::string centre = required(p, "center", "a PLACE (LAT,LON or a name)");
    const Length radius = Length::parse(required(p, "radius", "a LENGTH (1000km, 540nmi, metres)"));
    parse_unit(optional(p, "units", "km"));
    const scenario::WithinAnswer a = scenario::within_answer(*m_session, centre, radius, optional(p, "layer"));
    return json_reply(scenario::within_json(a, optional_speed(p)).dump() + "\n");
}

Reply Api::served_scenario() const { return json_reply(m_scenario_reply); }

scenario::Scenario Api::posted(const std::string& body) const {
    if (body.empty()) throw usage_error("the request body is empty: send a scenario (YAML or JSON)");
    scenario::Scenario sc = scenario::parse_scenario(body, "request body", {});
    // A client never names a file on the server: the data is the served scenario's.
    const auto& want = m_scenario.data;
    if (sc.data.defaults != want.defaults || sc.data.sources != want.sources) {
        throw usage_error("request body: data: the server's data is fixed when it starts (rangemap serve --data); "
                          "leave 'data' as the served scenario has it");
    }
    return sc;
}

Reply Api::query(const std::string& body) {
    const scenario::Scenario sc = posted(body);
    const auto answers = scenario::answer_questions(sc, *m_session);
    scenario::Scenario drawn = sc;
    drawn.data.defaults = false; // the page draws its own base map (/api/basemap)
    const layers::Scene scene = scenario::scenario_scene(drawn, *m_session);
    return json_reply("{\"answers\":" + answers_text(answers) +
                      ",\"layers\":" + scenario::scene_layers_json(scene).dump() + "}\n");
}

Reply Api::render(const Params& p, const std::string& body) {
    accept_only(p, {"format", "size"});
    scenario::Scenario sc = posted(body);
    const std::string format = optional(p, "format", sc.map.format);
    if (format != "png" && format != "svg" && format != "pdf") {
        throw usage_error(fmt::format("format '{}' is not png, svg or pdf", format));
    }
    if (const std::string size = optional(p, "size"); !size.empty()) {
        std::tie(sc.map.width, sc.map.height) = scenario::parse_page_size(size);
    }
    if (sc.map.projection != "auto") Transform check(sc.map.projection); // unknown CRS: usage error
    const render::Format f = render::format_from_path("figure." + format);
    m_renders.acquire();
    struct Release {
        std::counting_semaphore<2>& s;
        ~Release() { s.release(); }
    } release{m_renders};
    scenario::Figure figure = scenario::render_figure(sc, *m_session, f);
    const char* type = format == "png"   ? "image/png"
                       : format == "svg" ? "image/svg+xml; charset=utf-8"
                                         : "application/pdf";
    return {200, type, std::move(figure.bytes)};
}

} // namespace rangemap::serve
