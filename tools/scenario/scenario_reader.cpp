// SPDX-License-Identifier: MIT
// Gives meaning to a scenario's keys: every key known, every value of the right type,
// every problem reported with its file, line, column and key path.

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/scenario_yaml.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace rangemap::scenario {

namespace {

class Reader {
public:
    explicit Reader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const YAML::Node& node, const std::string& path, const std::string& problem) const {
        throw usage_error(fmt::format("{}: {}: {}", where(node, m_file), path, problem));
    }

    /// The node must be a mapping whose keys are all in `allowed`.
    void keys(const YAML::Node& node, const std::string& path, std::initializer_list<const char*> allowed) const {
        if (!node.IsMap()) fail(node, path, fmt::format("expected a mapping with keys {}", join(allowed)));
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
            if (std::find_if(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }) !=
                allowed.end()) {
                continue;
            }
            std::string best;
            std::size_t best_d = 1000;
            for (const char* a : allowed) {
                const std::size_t d = edit_distance(to_lower(key), a);
                if (d < best_d) {
                    best_d = d;
                    best = a;
                }
            }
            const std::string hint = best_d <= std::max<std::size_t>(2, key.size() / 3)
                                         ? fmt::format(" (did you mean '{}'?)", best)
                                         : fmt::format(" (valid keys: {})", join(allowed));
            fail(it->first, path.empty() ? key : path + "." + key, fmt::format("unknown key '{}'{}", key, hint));
        }
    }

    std::string str(const YAML::Node& node, const std::string& path) const {
        if (!node.IsScalar()) fail(node, path, "expected a text value");
        return node.Scalar();
    }

    bool boolean(const YAML::Node& node, const std::string& path) const {
        const std::string s = to_lower(str(node, path));
        if (s == "true" || s == "yes" || s == "on") return true;
        if (s == "false" || s == "no" || s == "off") return false;
        fail(node, path, fmt::format("expected true or false, got '{}'", node.Scalar()));
    }

    double number(const YAML::Node& node, const std::string& path) const {
        const auto v = parse_double(str(node, path));
        if (!v || !std::isfinite(*v)) fail(node, path, fmt::format("expected a number, got '{}'", node.Scalar()));
        return *v;
    }

    int integer(const YAML::Node& node, const std::string& path, int lo, int hi) const {
        const double v = number(node, path);
        if (v != std::floor(v) || v < lo || v > hi) {
            fail(node, path, fmt::format("expected a whole number in {}..{}, got '{}'", lo, hi, node.Scalar()));
        }
        return static_cast<int>(v);
    }

    Length length(const YAML::Node& node, const std::string& path) const {
        const std::string s = str(node, path);
        try {
            return Length::parse(s);
        } catch (const usage_error& e) {
            fail(node, path, e.what());
        }
    }

    std::vector<Length> lengths(const YAML::Node& node, const std::string& path) const {
        std::vector<Length> out;
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i)
                out.push_back(length(node[i], fmt::format("{}[{}]", path, i)));
        } else {
            out.push_back(length(node, path));
        }
        if (out.empty()) fail(node, path, "expected at least one length");
        return out;
    }

    std::vector<std::string> strings(const YAML::Node& node, const std::string& path) const {
        std::vector<std::string> out;
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i) out.push_back(str(node[i], fmt::format("{}[{}]", path, i)));
        } else {
            out.push_back(str(node, path));
        }
        return out;
    }

    const std::string& file() const { return m_file; }

private:
    static std::string join(std::initializer_list<const char*> keys) {
        std::string s;
        for (const char* k : keys) s += (s.empty() ? "" : ", ") + std::string(k);
        return s;
    }
    std::string m_file;
}; // class Reader

PlaceFilter read_filter(const Reader& r, const YAML::Node& n, const std::string& path) {
    r.keys(n, path, {"layer", "kind", "country", "operator", "names", "label"});
    PlaceFilter f;
    if (n["layer"]) f.layer = r.str(n["layer"], path + ".layer");
    if (n["kind"]) f.kinds = r.strings(n["kind"], path + ".kind");
    if (n["country"]) f.countries = r.strings(n["country"], path + ".country");
    if (n["operator"]) f.operators = r.strings(n["operator"], path + ".operator");
    if (n["names"]) f.names = r.strings(n["names"], path + ".names");
    if (n["label"]) f.label = r.boolean(n["label"], path + ".label");
    return f;
}

void read_map(const Reader& r, const YAML::Node& n, MapSpec& m) {
    r.keys(n, "map", {"extent", "projection", "size", "format"});
    if (const auto e = n["extent"]) {
        if (e.IsScalar() && to_lower(e.Scalar()) == "auto") {
            m.extent.reset();
        } else {
            if (!e.IsSequence() || e.size() != 4) {
                r.fail(e, "map.extent", "expected \"auto\" or [min_lon, min_lat, max_lon, max_lat]");
            }
            BBox b{r.number(e[0], "map.extent[0]"), r.number(e[1], "map.extent[1]"), r.number(e[2], "map.extent[2]"),
                   r.number(e[3], "map.extent[3]")};
            if (b.min_lon >= b.max_lon || b.min_lat >= b.max_lat) {
                r.fail(e, "map.extent",
                       "min must be less than max (to cross the antimeridian, let max_lon exceed 180)");
            }
            if (b.min_lat < -90 || b.max_lat > 90 || b.min_lon < -180 || b.max_lon > 540 ||
                b.max_lon - b.min_lon > 360) {
                r.fail(e, "map.extent", "is outside the world (lat -90..90, lon -180..540, at most 360 wide)");
            }
            m.extent = b;
        }
    }
    if (n["projection"]) m.projection = r.str(n["projection"], "map.projection");
    if (const auto s = n["size"]) {
        if (!s.IsSequence() || s.size() != 2) r.fail(s, "map.size", "expected [width, height]");
        m.width = r.integer(s[0], "map.size[0]", 1, 20000);
        m.height = r.integer(s[1], "map.size[1]", 1, 20000);
    }
    if (n["format"]) {
        m.format = to_lower(r.str(n["format"], "map.format"));
        if (m.format != "png" && m.format != "svg" && m.format != "pdf") {
            r.fail(n["format"], "map.format", fmt::format("'{}' is not png, svg or pdf", m.format));
        }
    }
}

std::vector<Length> read_sweep_values(const Reader& r, const YAML::Node& n, const std::string& path) {
    if (n["values"]) {
        if (n["from"] || n["to"] || n["step"]) r.fail(n, path, "give either values or from/to/step, not both");
        auto v = r.lengths(n["values"], path + ".values");
        if (v.size() > k_max_sweep_steps) {
            r.fail(n["values"], path + ".values",
                   fmt::format("{} values exceed the limit of {}", v.size(), k_max_sweep_steps));
        }
        return v;
    }
    if (!n["from"] || !n["to"] || !n["step"]) r.fail(n, path, "a sweep needs values, or from, to and step");
    const double from = r.length(n["from"], path + ".from").metres();
    const double to = r.length(n["to"], path + ".to").metres();
    const double step = r.length(n["step"], path + ".step").metres();
    if (to < from) r.fail(n["to"], path + ".to", "the sweep ends before it starts: zero steps");
    const double count = std::floor((to - from) / step + 1e-9) + 1;
    if (count > static_cast<double>(k_max_sweep_steps)) {
        r.fail(n["step"], path + ".step",
               fmt::format("{:.0f} steps exceed the limit of {} (use a larger step)", count, k_max_sweep_steps));
    }
    std::vector<Length> out;
    for (int i = 0; i < static_cast<int>(count); ++i) out.push_back(Length::metres(from + i * step));
    return out;
}

Question read_question(const Reader& r, const YAML::Node& n, const std::string& path) {
    r.keys(n, path, {"id", "within", "distance", "coverage", "sweep"});
    Question q;
    q.id = n["id"] ? r.str(n["id"], path + ".id") : path;
    int kinds = 0;
    for (const char* k : {"within", "distance", "coverage", "sweep"}) kinds += n[k] ? 1 : 0;
    if (kinds != 1) r.fail(n, path, "each question has exactly one of within, distance, coverage, sweep");

    if (const auto w = n["within"]) {
        const std::string p = path + ".within";
        r.keys(w, p, {"centre", "center", "radius", "targets"});
        q.kind = QuestionKind::within;
        const auto c = w["centre"] ? w["centre"] : w["center"];
        if (!c) r.fail(w, p, "missing required key 'centre'");
        q.centre = r.str(c, p + ".centre");
        if (!w["radius"]) r.fail(w, p, "missing required key 'radius'");
        q.radius = r.length(w["radius"], p + ".radius");
        if (w["targets"]) q.targets = read_filter(r, w["targets"], p + ".targets");
    } else if (const auto d = n["distance"]) {
        const std::string p = path + ".distance";
        r.keys(d, p, {"from", "to"});
        q.kind = QuestionKind::distance;
        if (!d["from"]) r.fail(d, p, "missing required key 'from'");
        if (!d["to"]) r.fail(d, p, "missing required key 'to'");
        q.from = r.str(d["from"], p + ".from");
        q.to = r.str(d["to"], p + ".to");
    } else {
        const bool sweep = static_cast<bool>(n["sweep"]);
        const auto c = sweep ? n["sweep"] : n["coverage"];
        const std::string p = path + (sweep ? ".sweep" : ".coverage");
        if (sweep) {
            r.keys(c, p, {"parameter", "values", "from", "to", "step", "sites", "targets", "area_countries", "figure"});
        } else {
            r.keys(c, p, {"sites", "radii", "radius", "min_radius", "targets", "area_countries"});
        }
        q.kind = sweep ? QuestionKind::sweep : QuestionKind::coverage;
        if (!c["sites"]) r.fail(c, p, "missing required key 'sites'");
        q.sites = r.strings(c["sites"], p + ".sites");
        if (q.sites.empty()) r.fail(c["sites"], p + ".sites", "expected at least one site");
        if (c["targets"]) q.targets = read_filter(r, c["targets"], p + ".targets");
        if (c["area_countries"]) q.area_countries = r.strings(c["area_countries"], p + ".area_countries");
        if (sweep) {
            if (c["parameter"]) {
                q.parameter = r.str(c["parameter"], p + ".parameter");
                if (q.parameter != "radius") r.fail(c["parameter"], p + ".parameter", "only 'radius' can be swept");
            }
            q.radii = read_sweep_values(r, c, p);
            if (c["figure"]) {
                // true, false, or the output path of the small-multiples figure
                const std::string f = r.str(c["figure"], p + ".figure");
                const std::string fl = to_lower(f);
                if (fl == "true" || fl == "yes")
                    q.figure = true;
                else if (fl == "false" || fl == "no")
                    q.figure = false;
                else {
                    q.figure = true;
                    q.figure_out = f;
                }
            }
        } else {
            const auto radii = c["radii"] ? c["radii"] : c["radius"];
            if (!radii) r.fail(c, p, "missing required key 'radii'");
            q.radii = r.lengths(radii, p + ".radii");
            if (c["min_radius"]) {
                q.min_radius = r.length(c["min_radius"], p + ".min_radius");
                for (const Length radius : q.radii) {
                    if (q.min_radius >= radius) r.fail(c["min_radius"], p + ".min_radius", "not below every radius");
                }
            }
        }
    }
    return q;
}

/// `inset: auto | false | {callout: N, width: LENGTH} | {centre: [lon, lat], width: LENGTH}`.
layers::Inset read_inset(const Reader& r, const YAML::Node& n, std::size_t callouts) {
    layers::Inset in;
    if (n.IsScalar()) {
        const std::string v = to_lower(n.Scalar());
        if (v == "auto" || v == "true" || v == "yes" || v == "on") return in;
        if (v == "false" || v == "no" || v == "off") {
            in.mode = layers::Inset::Mode::off;
            return in;
        }
        r.fail(n, "inset",
               fmt::format("expected auto, false, {{callout: N}} or {{centre: [lon, lat], width: LENGTH}}, "
                           "got '{}'",
                           n.Scalar()));
    }
    r.keys(n, "inset", {"callout", "centre", "center", "width"});
    const YAML::Node c = n["centre"] ? n["centre"] : n["center"];
    if (n["callout"] && c) r.fail(n, "inset", "give 'callout' or 'centre', not both");
    if (!n["callout"] && !c) r.fail(n, "inset", "missing 'callout' (1 for the first) or 'centre' ([lon, lat])");
    if (const YAML::Node w = n["width"]) {
        const Length width = r.length(w, "inset.width");
        if (!(width.metres() >= 1000.0 && width.metres() <= 5e6)) {
            r.fail(w, "inset.width", "outside 1 km .. 5,000 km");
        }
        in.width_m = width.metres();
    }
    if (n["callout"]) {
        if (callouts == 0) r.fail(n["callout"], "inset.callout", "the scenario has no callouts");
        in.mode = layers::Inset::Mode::callout;
        in.callout =
            static_cast<std::size_t>(r.integer(n["callout"], "inset.callout", 1, static_cast<int>(callouts))) - 1;
    } else {
        if (!c.IsSequence() || c.size() != 2) r.fail(c, "inset.centre", "expected [lon, lat]");
        in.mode = layers::Inset::Mode::place;
        in.centre = {r.number(c[0], "inset.centre[0]"), r.number(c[1], "inset.centre[1]")};
        if (std::abs(in.centre.lon) > 180 || std::abs(in.centre.lat) > 90) {
            r.fail(c, "inset.centre", "expected a longitude in -180..180 and a latitude in -90..90");
        }
        if (!n["width"]) r.fail(n, "inset", "missing 'width' (the ground the inset shows across, e.g. 500km)");
    }
    return in;
}

Scenario read_root(const Reader& r, const YAML::Node& root) {
    r.keys(root, "",
           {"title", "subtitle", "credit", "map", "data", "speed", "places", "rings", "sectors", "callouts", "buffers",
            "questions", "focus", "countries", "seas", "inset"});
    Scenario s;
    s.file = r.file();
    if (root["title"]) s.title = r.str(root["title"], "title");
    if (root["subtitle"]) s.subtitle = r.str(root["subtitle"], "subtitle");
    if (root["credit"]) s.credit = r.str(root["credit"], "credit");
    if (root["map"]) read_map(r, root["map"], s.map);
    if (const YAML::Node sp = root["speed"]) {
        try {
            s.speed = Speed::parse(r.str(sp, "speed"));
        } catch (const usage_error& e) {
            r.fail(sp, "speed", e.what());
        }
    }
    if (const auto d = root["data"]) {
        r.keys(d, "data", {"defaults", "sources"});
        if (d["defaults"]) s.data.defaults = r.boolean(d["defaults"], "data.defaults");
        if (d["sources"]) s.data.sources = r.strings(d["sources"], "data.sources");
    }
    if (root["focus"]) s.focus = r.strings(root["focus"], "focus");
    if (root["seas"]) s.seas = r.boolean(root["seas"], "seas");
    if (const auto c = root["countries"]) {
        r.keys(c, "countries", {"labels", "rename", "hide"});
        if (c["labels"]) s.countries.labels = r.boolean(c["labels"], "countries.labels");
        if (const auto rn = c["rename"]) {
            if (!rn.IsMap()) r.fail(rn, "countries.rename", "expected a mapping of names (Taiwan: Taiwan (ROC))");
            for (auto it = rn.begin(); it != rn.end(); ++it) {
                const std::string from = r.str(it->first, "countries.rename");
                s.countries.rename.emplace_back(from, r.str(it->second, "countries.rename." + from));
            }
        }
        if (c["hide"]) s.countries.hide = r.strings(c["hide"], "countries.hide");
    }
    const auto list = [&](const char* key) {
        const YAML::Node n = root[key];
        if (n && !n.IsSequence()) r.fail(n, key, "expected a list (items start with '- ')");
        return n;
    };
    if (const auto places = list("places")) {
        for (std::size_t i = 0; i < places.size(); ++i) {
            s.places.push_back(read_filter(r, places[i], fmt::format("places[{}]", i)));
        }
    }
    if (const auto rings = list("rings")) {
        for (std::size_t i = 0; i < rings.size(); ++i) {
            const std::string p = fmt::format("rings[{}]", i);
            const YAML::Node n = rings[i];
            r.keys(n, p, {"centre", "center", "radius", "radii", "label", "colour", "color", "min_radius", "radials"});
            RingSpec ring;
            const auto c = n["centre"] ? n["centre"] : n["center"];
            if (!c) r.fail(n, p, "missing required key 'centre'");
            ring.centre = r.str(c, p + ".centre");
            const auto radii = n["radii"] ? n["radii"] : n["radius"];
            if (!radii) r.fail(n, p, "missing required key 'radius'");
            ring.radii = r.lengths(radii, p + (n["radii"] ? ".radii" : ".radius"));
            if (n["label"]) ring.label = r.str(n["label"], p + ".label");
            const auto colour = n["colour"] ? n["colour"] : n["color"];
            if (colour) ring.colour = r.str(colour, p + ".colour");
            if (n["min_radius"]) ring.min_radius = r.length(n["min_radius"], p + ".min_radius");
            for (const Length radius : ring.radii) {
                if (ring.min_radius >= radius) r.fail(n["min_radius"], p + ".min_radius", "not below every radius");
            }
            if (n["radials"]) ring.radials = r.integer(n["radials"], p + ".radials", 1, 360);
            s.rings.push_back(std::move(ring));
        }
        std::size_t count = 0;
        for (const auto& ring : s.rings) count += ring.radii.size();
        if (count > k_max_rings)
            r.fail(rings, "rings", fmt::format("{} rings exceed the limit of {}", count, k_max_rings));
    }
    if (const auto sectors = list("sectors")) {
        for (std::size_t i = 0; i < sectors.size(); ++i) {
            const std::string p = fmt::format("sectors[{}]", i);
            const YAML::Node n = sectors[i];
            r.keys(n, p,
                   {"centre", "center", "azimuth", "width", "radius", "radii", "min_radius", "label", "colour", "color",
                    "radials"});
            SectorSpec sec;
            const auto c = n["centre"] ? n["centre"] : n["center"];
            if (!c) r.fail(n, p, "missing required key 'centre'");
            sec.centre = r.str(c, p + ".centre");
            for (const char* k : {"azimuth", "width"}) {
                if (!n[k]) r.fail(n, p, fmt::format("missing required key '{}'", k));
            }
            sec.azimuth = r.number(n["azimuth"], p + ".azimuth");
            sec.width = r.number(n["width"], p + ".width");
            if (!(sec.width > 0 && sec.width <= 360)) r.fail(n["width"], p + ".width", "outside (0, 360] degrees");
            const auto radii = n["radii"] ? n["radii"] : n["radius"];
            if (!radii) r.fail(n, p, "missing required key 'radius'");
            sec.radii = r.lengths(radii, p + (n["radii"] ? ".radii" : ".radius"));
            if (n["min_radius"]) sec.min_radius = r.length(n["min_radius"], p + ".min_radius");
            for (const Length radius : sec.radii) {
                if (sec.min_radius >= radius) r.fail(n["min_radius"], p + ".min_radius", "not below every radius");
            }
            if (n["label"]) sec.label = r.str(n["label"], p + ".label");
            const auto colour = n["colour"] ? n["colour"] : n["color"];
            if (colour) sec.colour = r.str(colour, p + ".colour");
            if (n["radials"]) sec.radials = r.integer(n["radials"], p + ".radials", 1, 360);
            s.sectors.push_back(std::move(sec));
        }
        std::size_t count = 0;
        for (const auto& ring : s.rings) count += ring.radii.size();
        for (const auto& sec : s.sectors) count += sec.radii.size();
        if (count > k_max_rings) {
            r.fail(sectors, "sectors", fmt::format("{} rings and sectors exceed the limit of {}", count, k_max_rings));
        }
    }
    if (const auto callouts = list("callouts")) {
        for (std::size_t i = 0; i < callouts.size(); ++i) {
            const std::string p = fmt::format("callouts[{}]", i);
            const YAML::Node n = callouts[i];
            r.keys(n, p, {"from", "to", "label"});
            if (!n["from"]) r.fail(n, p, "missing required key 'from'");
            if (!n["to"]) r.fail(n, p, "missing required key 'to'");
            s.callouts.push_back(CalloutSpec{r.str(n["from"], p + ".from"), r.str(n["to"], p + ".to"),
                                             n["label"] ? r.str(n["label"], p + ".label") : ""});
        }
    }
    if (const auto buffers = list("buffers")) {
        for (std::size_t i = 0; i < buffers.size(); ++i) {
            const std::string p = fmt::format("buffers[{}]", i);
            const YAML::Node n = buffers[i];
            r.keys(n, p, {"feature", "distance", "label", "colour", "color", "tolerance"});
            if (!n["feature"]) r.fail(n, p, "missing required key 'feature'");
            if (!n["distance"]) r.fail(n, p, "missing required key 'distance'");
            BufferSpec b{r.str(n["feature"], p + ".feature"), r.length(n["distance"], p + ".distance"),
                         n["label"] ? r.str(n["label"], p + ".label") : "", ""};
            const auto colour = n["colour"] ? n["colour"] : n["color"];
            if (colour) b.colour = r.str(colour, p + ".colour");
            if (const YAML::Node t = n["tolerance"]) {
                try {
                    b.tolerance_fraction = parse_buffer_tolerance(r.str(t, p + ".tolerance"), b.distance);
                } catch (const usage_error& e) {
                    r.fail(t, p + ".tolerance", e.what());
                }
            }
            s.buffers.push_back(std::move(b));
        }
    }
    if (const auto n = root["inset"]) s.inset = read_inset(r, n, s.callouts.size());
    if (const auto questions = list("questions")) {
        for (std::size_t i = 0; i < questions.size(); ++i) {
            s.questions.push_back(read_question(r, questions[i], fmt::format("questions[{}]", i)));
        }
    }
    return s;
}

Scenario finish(YAML::Node root, const std::string& name, const std::vector<std::string>& overrides) {
    for (const auto& o : overrides) apply_override(root, o);
    check_document(root, name); // before anything walks it whole
    substitute_variables(root, name);
    return read_root(Reader(name), root);
}

} // namespace

Scenario read_scenario(const std::string& path, const std::vector<std::string>& overrides) {
    return finish(load_yaml_file(path), path, overrides);
}

Scenario parse_scenario(const std::string& text, const std::string& name, const std::vector<std::string>& overrides) {
    return finish(parse_yaml(text, name), name, overrides);
}

} // namespace rangemap::scenario
