// SPDX-License-Identifier: MIT
#include "session.hpp"

#include "engine/error.hpp"
#include "geodata/default_data.hpp"
#include "geodata/gazetteer.hpp"
#include "geodata/ogr_reader.hpp"

#include <fmt/format.h>

namespace rangemap::cli {

Session::Session(const CommonOptions& options) : m_options(options) {}
Session::~Session() = default;

void Session::load() {
    if (m_loaded) return;
    m_loaded = true;
    if (!m_options.no_default_data) {
        m_layers.push_back(geodata::read_layer(geodata::natural_earth_path(), "countries"));
    }
    for (const auto& spec : m_options.data) {
        const auto [path, layer] = geodata::split_source_spec(spec);
        m_layers.push_back(geodata::read_layer(path, layer));
    }
    m_gazetteer = std::make_unique<geodata::Gazetteer>(m_layers);
}

const std::vector<geodata::LayerData>& Session::layers() {
    load();
    return m_layers;
}

std::vector<const geodata::LayerData*> Session::point_layers() {
    std::vector<const geodata::LayerData*> out;
    for (const auto& l : layers()) {
        bool points = !l.features.empty();
        for (const auto& f : l.features) points = points && f.geometry.lines.empty() && f.geometry.polygons.empty();
        if (points) out.push_back(&l);
    }
    return out;
}

const geodata::LayerData& Session::layer(const std::string& name) {
    std::string names;
    for (const auto& l : layers()) {
        if (l.name == name) return l;
        names += (names.empty() ? "" : ", ") + l.name;
    }
    throw usage_error(fmt::format("no loaded layer '{}' (layers: {})", name, names));
}

const geodata::Gazetteer& Session::gazetteer() {
    load();
    return *m_gazetteer;
}

ResolvedPlace Session::resolve(const std::string& text) {
    if (const auto p = GeoPoint::try_parse(text)) {
        return ResolvedPlace{text, text, "", Feature{text, "", {}, Geometry{{p->lonlat()}, {}, {}}}};
    }
    const auto& e = gazetteer().resolve(text);
    return ResolvedPlace{text, e.name, e.layer, *e.feature};
}

} // namespace rangemap::cli
