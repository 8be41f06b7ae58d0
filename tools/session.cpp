// SPDX-License-Identifier: MIT
#include "session.hpp"

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/text.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/default_data.hpp"
#include "geodata/gazetteer.hpp"
#include "geodata/ogr_reader.hpp"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>

namespace rangemap::cli {

namespace {

constexpr std::size_t k_max_notes = 20; ///< per layer; the rest are counted

bool is_csv(const std::string& path) {
    return to_lower(std::filesystem::path(path).extension().string()) == ".csv";
}

void print_notes(const geodata::LayerData& layer) {
    for (std::size_t i = 0; i < layer.notes.size() && i < k_max_notes; ++i) {
        std::fprintf(stderr, "rangemap: note: %s\n", layer.notes[i].c_str());
    }
    if (layer.notes.size() > k_max_notes) {
        std::fprintf(stderr, "rangemap: note: layer '%s': %zu more notes like these\n", layer.name.c_str(),
                     layer.notes.size() - k_max_notes);
    }
}

geodata::LayerData read_source(const std::string& spec) {
    const auto [path, layer] = geodata::split_source_spec(spec);
    if (is_csv(path)) {
        const std::string name = layer.empty() ? std::filesystem::path(path).stem().string() : layer;
        return geodata::read_points_csv(path, name);
    }
    return geodata::read_layer(path, layer);
}

} // namespace

Session::Session(const CommonOptions& options) : m_options(options) {}
Session::~Session() = default;

void Session::load() {
    if (m_loaded) return;
    m_loaded = true;
    std::vector<geodata::LayerData> loaded;
    if (!m_options.no_default_data) {
        loaded.push_back(geodata::read_layer(geodata::natural_earth_path(), "countries"));
        loaded.push_back(geodata::read_points_csv(geodata::bases_csv_path(), "bases"));
    }
    for (const auto& spec : m_options.data) loaded.push_back(read_source(spec));
    // The embedded data is curated and its notes known (one Natural Earth country has no
    // geometry): only the user's own sources get notes.
    for (std::size_t i = m_options.no_default_data ? 0 : 2; i < loaded.size(); ++i) print_notes(loaded[i]);
    m_layers = std::move(loaded);
    m_layers.reserve(m_layers.size() + 1); // room for "land"
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
    if (name == "land" && !m_options.no_default_data) {
        m_layers.push_back(geodata::read_layer(geodata::natural_earth_path(), "land"));
        return m_layers.back();
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
