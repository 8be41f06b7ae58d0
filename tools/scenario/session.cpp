// SPDX-License-Identifier: MIT
#include "tools/scenario/session.hpp"

#include "engine/buffer.hpp"
#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/sector.hpp"
#include "engine/text.hpp"
#include "geodata/csv_points.hpp"
#include "geodata/default_data.hpp"
#include "geodata/gazetteer.hpp"
#include "geodata/ogr_reader.hpp"
#include "geodata/provenance.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>

namespace rangemap::scenario {

namespace {

constexpr std::size_t k_max_notes = 20; ///< per layer; the rest are counted

/// A place typed as coordinates ("24.47,123.0", "13.58N 144.93E"); std::nullopt for a name.
std::optional<ResolvedPlace> coordinates_place(const std::string& text) {
    if (const auto p = GeoPoint::try_parse(text)) {
        return ResolvedPlace{text, text, "", Feature{text, "", {}, Geometry{{p->lonlat()}, {}, {}}}};
    }
    return std::nullopt;
}

bool is_csv(const std::string& path) { return to_lower(std::filesystem::path(path).extension().string()) == ".csv"; }

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

Session::Session(DataOptions options) : m_options(std::move(options)) {}
Session::~Session() = default;

void Session::load(bool keep_point_files) {
    if (m_loaded) {
        if (keep_point_files || m_point_files.empty()) return;
        // The point files into their places: layers move, their features (and so the
        // gazetteer's and the memos' pointers) stay where they are.
        std::vector<geodata::LayerData> all;
        all.reserve(m_layers.size() + m_point_files.size() + 1); // room for "land"
        std::size_t next_loaded = 0;
        const std::size_t total = m_layers.size() + m_point_files.size();
        for (std::size_t k = 0, f = 0; k < total; ++k) {
            if (f < m_point_files.size() && m_point_files[f].first == k) {
                all.push_back(read_source(m_point_files[f].second.spec));
                print_notes(all.back());
                ++f;
            } else {
                all.push_back(std::move(m_layers[next_loaded++]));
            }
        }
        m_point_files.clear();
        m_layers = std::move(all);
        m_gazetteer = std::make_unique<geodata::Gazetteer>(m_layers);
        return;
    }
    m_loaded = true;
    std::vector<geodata::LayerData> loaded;
    if (!m_options.no_default_data) {
        geodata::ReadOptions names_only;
        names_only.geometry = false;
        loaded.push_back(geodata::read_natural_earth("countries", names_only));
        m_country_read.assign(loaded.back().features.size(), false);
        m_countries_complete = false;
        loaded.push_back(geodata::read_points_csv(geodata::bases_csv_path(), "bases"));
    }
    const std::size_t first_own = loaded.size();
    for (const auto& spec : m_options.data) {
        if (keep_point_files) {
            if (auto file = geodata::point_file(spec)) {
                m_point_files.emplace_back(loaded.size() + m_point_files.size(), std::move(*file));
                continue;
            }
        }
        loaded.push_back(read_source(spec));
    }
    // The embedded data is curated and its notes known (one Natural Earth country has no
    // geometry): only the user's own sources get notes.
    for (std::size_t i = first_own; i < loaded.size(); ++i) print_notes(loaded[i]);
    m_layers = std::move(loaded);
    m_layers.reserve(m_layers.size() + 1); // room for "land"
    m_gazetteer = std::make_unique<geodata::Gazetteer>(m_layers);
}

bool Session::is_countries(const geodata::LayerData& layer) const {
    return !m_options.no_default_data && !m_layers.empty() && &layer == &m_layers.front();
}

void Session::load_countries(const std::optional<std::vector<std::size_t>>& which) {
    if (m_countries_complete) return;
    geodata::LayerData& countries = m_layers.front();
    std::vector<std::size_t> wanted;
    for (std::size_t i = 0; i < countries.features.size(); ++i) {
        const bool asked = !which || std::find(which->begin(), which->end(), i) != which->end();
        if (asked && !m_country_read[i]) wanted.push_back(i);
    }
    if (wanted.empty()) return;
    geodata::ReadOptions options;
    if (wanted.size() < countries.features.size()) {
        options.only_fids.emplace();
        for (const std::size_t i : wanted) options.only_fids->push_back(countries.fids.at(i));
    }
    geodata::LayerData read = geodata::read_natural_earth("countries", options);
    // By id: the whole layer leaves out features without geometry, which the names kept.
    for (std::size_t k = 0, i = 0; k < read.features.size(); ++k) {
        while (i < countries.features.size() && countries.fids[i] != read.fids[k]) ++i;
        if (i == countries.features.size()) break;
        countries.features[i].geometry = std::move(read.features[k].geometry);
        m_country_read[i] = true;
    }
    for (const std::size_t i : wanted) m_country_read[i] = true;
    m_countries_complete = std::all_of(m_country_read.begin(), m_country_read.end(), [](bool b) { return b; });
}

const std::vector<geodata::LayerData>& Session::layers() {
    load();
    load_countries(std::nullopt);
    return m_layers;
}

std::vector<const geodata::LayerData*> Session::point_layers() {
    load();
    std::vector<const geodata::LayerData*> out;
    for (const auto& l : m_layers) {
        if (is_countries(l)) continue; // polygons, known without reading them
        bool points = !l.features.empty();
        for (const auto& f : l.features) points = points && f.geometry.lines.empty() && f.geometry.polygons.empty();
        if (points) out.push_back(&l);
    }
    return out;
}

const geodata::LayerData& Session::layer(const std::string& name) {
    load();
    std::string names;
    for (const auto& l : m_layers) {
        if (l.name == name) {
            if (is_countries(l)) load_countries(std::nullopt);
            return l;
        }
        names += (names.empty() ? "" : ", ") + l.name;
    }
    if (name == "land" && !m_options.no_default_data) {
        m_layers.push_back(geodata::read_natural_earth("land"));
        return m_layers.back();
    }
    throw usage_error(fmt::format("no loaded layer '{}' (layers: {})", name, names));
}

const geodata::Gazetteer& Session::gazetteer() {
    load();
    load_countries(std::nullopt);
    return *m_gazetteer;
}

std::string Session::credit_of(const std::string& layer_name) {
    const geodata::LayerData& l = layer(layer_name);
    if (l.source == geodata::natural_earth_path()) return geodata::k_natural_earth_credit;
    if (l.source == geodata::bases_csv_path()) return geodata::k_bases_credit;
    return std::filesystem::path(l.source).filename().string();
}

geodata::DataProvenance Session::provenance_of(const std::string& layer_name) {
    if (layer_name.empty()) return geodata::given_provenance();
    load(true);                                    // a point file's provenance needs no reading of it
    for (const auto& [at, file] : m_point_files) { // known without reading the file
        if (file.layer == layer_name &&
            std::none_of(m_layers.begin(), m_layers.end(), [&](const auto& l) { return l.name == layer_name; })) {
            return geodata::file_provenance(file.path, layer_name);
        }
    }
    const auto named =
        std::find_if(m_layers.begin(), m_layers.end(), [&](const auto& l) { return l.name == layer_name; });
    const std::string source = named != m_layers.end() ? named->source
                               : layer_name == "land" && !m_options.no_default_data
                                   ? geodata::natural_earth_path()
                                   : layer(layer_name).source; // throws, naming the layers
    if (source == geodata::natural_earth_path()) return geodata::natural_earth_provenance(layer_name);
    if (source == geodata::bases_csv_path()) return geodata::bases_provenance();
    return geodata::file_provenance(source, layer_name);
}

std::shared_ptr<const Buffer> Session::buffer_of(const ResolvedPlace& place, Length distance,
                                                 double tolerance_fraction) {
    const BufferKey key{std::bit_cast<std::uintptr_t>(place.source), distance.metres(), tolerance_fraction};
    if (place.source) {
        const std::lock_guard lock(m_buffers_mutex);
        if (const auto it = m_buffers.find(key); it != m_buffers.end()) return it->second;
    }
    // Computed unlocked: two threads asking at once may both compute it; the first kept wins.
    auto b = std::make_shared<const Buffer>(buffer(place.feature.geometry, distance, tolerance_fraction));
    ++m_buffers_computed;
    if (!place.source) return b;
    const std::lock_guard lock(m_buffers_mutex);
    return m_buffers.emplace(key, std::move(b)).first->second;
}

std::shared_ptr<const AreaPieces> Session::pieces_of(const ResolvedPlace& place) {
    const auto key = std::bit_cast<std::uintptr_t>(place.source);
    if (place.source) {
        const std::lock_guard lock(m_pieces_mutex);
        if (const auto it = m_pieces.find(key); it != m_pieces.end()) return it->second;
    }
    // Cut unlocked, as buffer_of computes: two threads asking at once may both cut it.
    auto p = std::make_shared<const AreaPieces>(place.feature.geometry);
    if (!place.source) return p;
    const std::lock_guard lock(m_pieces_mutex);
    return m_pieces.emplace(key, std::move(p)).first->second;
}

std::shared_ptr<const RangeRing> Session::annulus_of(LonLat centre, Length radius, Length min_radius) {
    const RingKey key{centre.lon, centre.lat, radius.metres(), min_radius.metres()};
    {
        const std::lock_guard lock(m_rings_mutex);
        const auto it = std::find_if(m_rings.begin(), m_rings.end(), [&](const auto& e) { return e.first == key; });
        if (it != m_rings.end()) {
            m_rings.splice(m_rings.begin(), m_rings, it);
            return it->second;
        }
    }
    auto ring = std::make_shared<const RangeRing>(range_annulus(centre, radius, min_radius));
    const std::lock_guard lock(m_rings_mutex);
    m_rings.emplace_front(key, ring);
    if (m_rings.size() > k_rings_kept) m_rings.pop_back();
    return ring;
}

PlaceDistance Session::distance_of(const ResolvedPlace& a, const ResolvedPlace& b) {
    // Two points cost one geodesic: nothing worth keeping.
    if (!a.source || !b.source || (a.is_point() && b.is_point())) {
        return distance_between(a.feature.geometry, b.feature.geometry);
    }
    const std::pair key{std::bit_cast<std::uintptr_t>(a.source), std::bit_cast<std::uintptr_t>(b.source)};
    {
        const std::lock_guard lock(m_distances_mutex);
        if (const auto it = m_distances.find(key); it != m_distances.end()) return it->second;
    }
    PlaceDistance d = distance_between(a.feature.geometry, b.feature.geometry);
    const std::lock_guard lock(m_distances_mutex);
    if (m_distances.size() >= k_distances_kept) m_distances.clear();
    m_distances.emplace(key, d);
    return d;
}

DataOptions data_options_for(const Scenario& scenario, const DataOptions& options) {
    namespace fs = std::filesystem;
    DataOptions out = options;
    if (!scenario.data.defaults) out.no_default_data = true;
    const fs::path base = fs::path(scenario.file).parent_path();
    for (const auto& spec : scenario.data.sources) {
        const auto [path, layer] = geodata::split_source_spec(spec);
        const fs::path p(path);
        std::string resolved = spec;
        if (p.is_relative() && !base.empty() && fs::exists(base / p)) {
            resolved = (base / p).string() + (layer.empty() ? "" : ":" + layer);
        }
        out.data.push_back(resolved);
    }
    return out;
}

std::optional<std::vector<Session::WithinSource>> Session::within_sources(const std::string& layer_name) {
    load(true);
    if (m_point_files.empty()) return std::nullopt;
    // In the order of layers(): the loaded ones with the files in their places.
    std::vector<WithinSource> out;
    const std::size_t total = m_layers.size() + m_point_files.size();
    for (std::size_t k = 0, f = 0, l = 0; k < total; ++k) {
        if (f < m_point_files.size() && m_point_files[f].first == k) {
            const geodata::PointFile& file = m_point_files[f++].second;
            if (layer_name.empty() || file.layer == layer_name) out.push_back({nullptr, &file});
            continue;
        }
        const geodata::LayerData& loaded = m_layers[l++];
        if (layer_name.empty()) {
            if (is_countries(loaded)) continue; // polygons, known without reading them
            bool points = !loaded.features.empty();
            for (const auto& feature : loaded.features)
                points = points && feature.geometry.lines.empty() && feature.geometry.polygons.empty();
            if (points) out.push_back({&loaded, nullptr});
        } else if (loaded.name == layer_name) {
            if (is_countries(loaded)) return std::nullopt; // its geometry is read by layer()
            out.push_back({&loaded, nullptr});
        }
    }
    // A name given twice (a loaded layer and a file) is the first's, as layer() takes it.
    if (!layer_name.empty() && out.size() > 1) out.resize(1);
    if (!layer_name.empty() && out.empty()) return std::nullopt;
    return out;
}

std::optional<ResolvedPlace> Session::resolve_outside_point_files(const std::string& text) {
    if (auto place = coordinates_place(text)) return std::move(*place);
    load(true);
    if (m_point_files.empty()) return std::nullopt;
    const geodata::GazetteerEntry* e = nullptr;
    try {
        e = &m_gazetteer->resolve(text);
    } catch (const usage_error&) {
        return std::nullopt; // unknown or ambiguous here: the files may decide it
    }
    return resolved_entry(text, *e);
}

ResolvedPlace Session::resolved_entry(const std::string& text, const geodata::GazetteerEntry& e) {
    if (!m_countries_complete) {
        const auto& countries = m_layers.front().features;
        if (!countries.empty() && e.feature >= &countries.front() && e.feature <= &countries.back()) {
            load_countries(std::vector<std::size_t>{static_cast<std::size_t>(e.feature - &countries.front())});
        }
    }
    return ResolvedPlace{text, e.name, e.layer, *e.feature, e.feature};
}

ResolvedPlace Session::resolve(const std::string& text) {
    if (auto place = coordinates_place(text)) return std::move(*place);
    load();
    return resolved_entry(text, m_gazetteer->resolve(text));
}

} // namespace rangemap::scenario
