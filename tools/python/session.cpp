// SPDX-License-Identifier: MIT
// The Session class of the `_rangemap` core: one scenario::Session (the data one CLI run
// loads) and, per verb, the same library call that verb makes, answered as that verb's JSON
// text (parsed into dicts and frames by rangemap/_session.py) or as file bytes. Python objects
// are turned into C++ values with the GIL held; the work runs with the GIL released, one call
// at a time per session.
#include "tools/python/bindings.hpp"

#include "tools/scenario/answer_json.hpp"
#include "tools/scenario/figure.hpp"
#include "tools/scenario/place_list.hpp"
#include "tools/scenario/place_query.hpp"
#include "tools/scenario/render_request.hpp"
#include "tools/scenario/scenario_answers.hpp"
#include "tools/scenario/session.hpp"
#include "tools/scenario/shapes.hpp"

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/length.hpp"
#include "engine/tolerance.hpp"
#include "geodata/atomic_file.hpp"
#include "geodata/default_data.hpp"
#include "renderers/output.hpp"

#include <array>
#include <fmt/format.h>
#include <memory>
#include <mutex>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <string>
#include <variant>
#include <vector>

namespace py = pybind11;

namespace rangemap::python {

namespace {

using Coords = std::vector<std::array<double, 2>>; // (lon, lat) pairs, as GeoJSON has them
using Array = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// A geometry given from Python (its __geo_interface__ taken apart by rangemap/_frames.py).
struct GeometryArg {
    std::string name;
    std::vector<std::array<double, 2>> points;
    std::vector<Coords> lines;
    std::vector<std::vector<Coords>> polygons; ///< outer ring first, then holes
};

LonLat lonlat(const std::array<double, 2>& c) {
    const GeoPoint p(c[1], c[0]); // usage_error for NaN, infinity or out of range
    return p.lonlat();
}

LinearRing ring(const Coords& coords) {
    LinearRing r;
    for (const auto& c : coords) r.push_back(lonlat(c));
    if (!r.empty() && r.front() != r.back()) r.push_back(r.front());
    if (r.size() < 4) throw usage_error("a polygon ring needs at least 3 distinct points");
    return r;
}

/// A place built by hand from a geometry: not in the session, so not in its memo of buffers.
scenario::ResolvedPlace place_of(const GeometryArg& g) {
    Feature f;
    f.name = g.name.empty() ? "geometry" : g.name;
    for (const auto& c : g.points) f.geometry.points.push_back(lonlat(c));
    for (const auto& l : g.lines) {
        LineString line;
        for (const auto& c : l) line.push_back(lonlat(c));
        if (line.size() < 2) throw usage_error("a line needs at least 2 points");
        f.geometry.lines.push_back(std::move(line));
    }
    for (const auto& rings : g.polygons) {
        if (rings.empty()) throw usage_error("a polygon needs an outer ring");
        Polygon p{ring(rings.front()), {}};
        for (std::size_t i = 1; i < rings.size(); ++i) p.holes.push_back(ring(rings[i]));
        f.geometry.polygons.push_back(std::move(p));
    }
    if (f.geometry.empty()) throw usage_error("the geometry is empty");
    return scenario::ResolvedPlace{f.name, f.name, "", std::move(f), nullptr};
}

/// A PLACE as the CLI takes it (text), or a geometry.
using PlaceArg = std::variant<std::string, GeometryArg>;

/// A scenario: a file, or its text (YAML or JSON) with the name messages give it.
struct ScenarioArg {
    std::string path;
    std::string text;
    std::string name;
};

class PySession {
public:
    PySession(std::vector<std::string> data, bool default_data)
        : m_options{std::move(data), !default_data}, m_session(m_options) {}

    /// `rangemap places --json`, and each place's country (which the JSON leaves out).
    std::pair<std::string, std::vector<std::string>> places(const std::string& layer) {
        const Lock lock(*this);
        const auto places = scenario::list_places(m_session, layer);
        std::vector<std::string> countries;
        for (const auto& p : places) countries.push_back(p.country);
        return {scenario::places_json(places).dump(), countries};
    }

    std::string distance(const PlaceArg& from, const PlaceArg& to) {
        const Lock lock(*this);
        scenario::ResolvedPlace a = resolve(from);
        return scenario::distance_json(scenario::distance_answer(m_session, std::move(a), resolve(to))).dump();
    }

    /// `rangemap ring`: a ring (or annulus) around a point, a buffer around a line or polygon,
    /// and `radials` bearing lines.
    std::string reach(const PlaceArg& place, const std::string& radius, int vertices, const std::string& tolerance,
                      const std::string& min_radius, std::optional<int> radials) {
        scenario::RingRequest request;
        request.radius = Length::parse(radius);
        if (!min_radius.empty()) request.min_radius = Length::parse(min_radius);
        request.radials = radials;
        request.vertices = vertices;
        request.tolerance = tolerance;
        const Lock lock(*this);
        return scenario::emit_shapes(scenario::ring_shapes(m_session, resolve(place), request), "");
    }

    /// `rangemap sector`: a range fan around a point place, and `radials` bearing lines.
    std::string sector(const PlaceArg& place, double azimuth_deg, double width_deg, const std::string& radius,
                       const std::string& min_radius, int vertices, std::optional<int> radials) {
        scenario::SectorRequest request;
        request.azimuth = fmt::format("{}", azimuth_deg);
        request.width = fmt::format("{}", width_deg);
        request.radius = Length::parse(radius);
        if (!min_radius.empty()) request.min_radius = Length::parse(min_radius);
        request.radials = radials;
        request.vertices = vertices;
        const Lock lock(*this);
        return scenario::emit_shapes(scenario::sector_shapes(resolve(place), request), "");
    }

    std::string within(const PlaceArg& centre, const std::string& radius, const std::string& layer) {
        const Length r = Length::parse(radius);
        const Lock lock(*this);
        // A name goes as the verb takes it, so a large point file is read only where in reach.
        if (const auto* text = std::get_if<std::string>(&centre)) {
            return scenario::within_json(scenario::within_answer(m_session, *text, r, layer)).dump();
        }
        return scenario::within_json(scenario::within_answer(m_session, resolve(centre), r, layer)).dump();
    }

    /// `within` over points given as arrays: (row index, distance_m) nearest first.
    py::tuple within_points(const PlaceArg& centre, const std::string& radius, const Array& lat, const Array& lon) {
        const Length r = Length::parse(radius);
        const std::size_t n = static_cast<std::size_t>(lat.size());
        if (lat.ndim() != 1 || lon.ndim() != 1 || static_cast<std::size_t>(lon.size()) != n) {
            throw usage_error("the points' lat and lon must be 1-D and of one length");
        }
        std::vector<Feature> features(n);
        for (std::size_t i = 0; i < n; ++i) {
            features[i].layer = "points";
            features[i].geometry.points.push_back(lonlat({lon.data()[i], lat.data()[i]}));
        }
        std::vector<scenario::PlaceWithin> rows;
        {
            const Lock lock(*this);
            std::vector<const Feature*> candidates;
            candidates.reserve(n);
            for (const auto& f : features) candidates.push_back(&f);
            rows = scenario::places_within(resolve(centre), r, candidates);
        }
        py::array_t<long long> index(static_cast<py::ssize_t>(rows.size()));
        Array dist(static_cast<py::ssize_t>(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            index.mutable_data()[i] = rows[i].feature - features.data();
            dist.mutable_data()[i] = rows[i].distance_m;
        }
        return py::make_tuple(index, dist);
    }

    /// The point features `within` measures (of `layer`, or of every point layer), one row per
    /// point: (names, layers, lat, lon), for nearest().
    py::tuple sites(const std::string& layer) {
        std::vector<std::string> names, layers;
        std::vector<double> lat, lon;
        {
            const Lock lock(*this);
            for (const Feature* f : scenario::point_features(m_session, layer)) {
                for (const LonLat& p : f->geometry.points) {
                    names.push_back(f->name);
                    layers.push_back(f->layer);
                    lat.push_back(p.lat);
                    lon.push_back(p.lon);
                }
            }
        }
        return py::make_tuple(names, layers, py::array(py::cast(lat)), py::array(py::cast(lon)));
    }

    /// `rangemap query --json`: the answers' JSON text.
    std::string query(const ScenarioArg& s, const std::vector<std::string>& set) {
        const scenario::RenderRequest request{s.path, set, "", "", ""};
        const Lock lock(*this);
        const scenario::Scenario sc = scenario::render_scenario(request, s.text, s.name);
        if (sc.questions.empty()) throw usage_error(sc.file + ": the scenario has no questions");
        return scenario::format_json(scenario::answer_questions(sc, session_for(sc)));
    }

    /// `rangemap render`: the file's bytes.
    py::bytes render(const ScenarioArg& s, const std::vector<std::string>& set, const std::string& format,
                     const std::string& size, const std::string& crs, const std::string& extent, double scale) {
        if (!(scale >= 0.1 && scale <= 8.0)) throw usage_error(fmt::format("--scale {} is outside 0.1..8", scale));
        const render::Format f = render::format_from_path("figure." + format);
        const scenario::RenderRequest request{s.path, set, size, crs, extent};
        std::string bytes;
        {
            const Lock lock(*this);
            const scenario::Scenario sc = scenario::render_scenario(request, s.text, s.name);
            bytes = scenario::render_figure(sc, session_for(sc), f, scale).bytes;
        }
        return py::bytes(bytes);
    }

private:
    /// Holds the session for one call, with the GIL released while it works.
    class Lock {
    public:
        explicit Lock(PySession& s) : m_lock(s.m_mutex) {}

    private:
        py::gil_scoped_release m_nogil; // released first, so a waiting call does not hold the GIL
        std::lock_guard<std::mutex> m_lock;
    };

    scenario::ResolvedPlace resolve(const PlaceArg& place) {
        if (const auto* text = std::get_if<std::string>(&place)) return m_session.resolve(*text);
        return place_of(std::get<GeometryArg>(place));
    }

    /// The session with the scenario's own data: this one when the scenario adds none (as
    /// `rangemap query` and `render` load data_options_for(scenario, --data options)).
    scenario::Session& session_for(const scenario::Scenario& sc) {
        const scenario::DataOptions o = scenario::data_options_for(sc, m_options);
        if (o.data == m_options.data && o.no_default_data == m_options.no_default_data) return m_session;
        if (!m_scenario_session || m_scenario_options.data != o.data ||
            m_scenario_options.no_default_data != o.no_default_data) {
            m_scenario_session.reset();
            m_scenario_session = std::make_unique<scenario::Session>(o);
            m_scenario_options = o;
        }
        return *m_scenario_session;
    }

    scenario::DataOptions m_options;
    scenario::Session m_session;
    // The last scenario's session when it brings data of its own: a notebook renders the same
    // scenario again and again.
    scenario::DataOptions m_scenario_options;
    std::unique_ptr<scenario::Session> m_scenario_session;
    std::mutex m_mutex;
}; // class PySession

} // namespace

} // namespace rangemap::python

namespace pybind11::detail {
// GeometryArg from a dict {"name", "points", "lines", "polygons"} (rangemap/_frames.py).
template <>
struct type_caster<rangemap::python::GeometryArg> {
    PYBIND11_TYPE_CASTER(rangemap::python::GeometryArg, const_name("GeometryParts"));
    bool load(handle src, bool) {
        if (!isinstance<dict>(src)) return false;
        const dict d = reinterpret_borrow<dict>(src);
        if (!d.contains("points")) return false;
        value.name = d.contains("name") ? pybind11::cast<std::string>(d["name"]) : std::string();
        value.points = pybind11::cast<decltype(value.points)>(d["points"]);
        value.lines = pybind11::cast<decltype(value.lines)>(d["lines"]);
        value.polygons = pybind11::cast<decltype(value.polygons)>(d["polygons"]);
        return true;
    }
};
// ScenarioArg from a dict {"path"} or {"text", "name"}.
template <>
struct type_caster<rangemap::python::ScenarioArg> {
    PYBIND11_TYPE_CASTER(rangemap::python::ScenarioArg, const_name("ScenarioSource"));
    bool load(handle src, bool) {
        if (!isinstance<dict>(src)) return false;
        const dict d = reinterpret_borrow<dict>(src);
        if (d.contains("path")) value.path = pybind11::cast<std::string>(d["path"]);
        if (d.contains("text")) value.text = pybind11::cast<std::string>(d["text"]);
        if (d.contains("name")) value.name = pybind11::cast<std::string>(d["name"]);
        return true;
    }
};
} // namespace pybind11::detail

namespace rangemap::python {

void bind_session(py::module_& m) {
    using namespace py::literals;
    py::class_<PySession>(m, "Session")
        .def(py::init([](std::vector<std::string> data, bool default_data) {
                 const py::gil_scoped_release nogil;
                 return std::make_unique<PySession>(std::move(data), default_data);
             }),
             "data"_a, "default_data"_a)
        .def("places", &PySession::places, "layer"_a)
        .def("distance", &PySession::distance, "from"_a, "to"_a)
        .def("reach", &PySession::reach, "place"_a, "radius"_a, "vertices"_a, "tolerance"_a, "min_radius"_a,
             "radials"_a)
        .def("sector", &PySession::sector, "place"_a, "azimuth_deg"_a, "width_deg"_a, "radius"_a, "min_radius"_a,
             "vertices"_a, "radials"_a)
        .def("within", &PySession::within, "centre"_a, "radius"_a, "layer"_a)
        .def("within_points", &PySession::within_points, "centre"_a, "radius"_a, "lat"_a, "lon"_a)
        .def("sites", &PySession::sites, "layer"_a)
        .def("query", &PySession::query, "scenario"_a, "set"_a)
        .def("render", &PySession::render, "scenario"_a, "set"_a, "format"_a, "size"_a, "crs"_a, "extent"_a, "scale"_a);
    m.def("default_data_dir", &geodata::default_data_dir, "The folder of the default data, as the CLI finds it.");
    m.def(
        "write_file",
        [](const std::string& path, const py::bytes& data) {
            std::string bytes = data; // copied with the GIL held
            const py::gil_scoped_release nogil;
            geodata::write_file_atomically(path, bytes);
        },
        "path"_a, "data"_a, "Writes bytes to a file as every rangemap output is written: atomically.");
    m.def(
        "format_of", [](const std::string& path) { render::format_from_path(path); }, "path"_a,
        "Checks that a path's extension names a figure format (.png, .svg, .pdf).");
}

} // namespace rangemap::python
