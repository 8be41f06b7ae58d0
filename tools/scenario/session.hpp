// SPDX-License-Identifier: MIT
#pragma once
/// @file What one run of `rangemap` has loaded: data sources and the names they provide.
/// Data is loaded lazily, on the first call that needs it: coordinates need none; a name needs
/// every layer's names, and the geometry of the country it names; a listing of layers or their
/// features loads everything.

#include "tools/scenario/resolved_place.hpp"
#include "tools/scenario/scenario.hpp"

#include "engine/area_pieces.hpp"
#include "engine/buffer.hpp"
#include "engine/geometry.hpp"
#include "engine/length.hpp"
#include "engine/place_distance.hpp"
#include "engine/ring.hpp"
#include "geodata/point_file.hpp"
#include "geodata/provenance.hpp"

#include <atomic>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace rangemap::geodata {
struct LayerData;
class Gazetteer;
struct GazetteerEntry;
} // namespace rangemap::geodata

namespace rangemap::scenario {

/// Where a session's data comes from.
struct DataOptions {
    std::vector<std::string> data; ///< extra sources, PATH[:LAYER], in order
    bool no_default_data = false;  ///< leave out the embedded Natural Earth and bases data
};

/// Data that one run of a front-end (a command, a server, a Python session) has loaded.
/// Not thread-safe while it loads. Once layers() and layer("land") have been called, every
/// layer is read and the calls below only read it, except the memos (buffer_of, pieces_of,
/// annulus_of, distance_of), which are locked: the session may then be shared by threads (as
/// `rangemap serve` does).
class Session {
public:
    explicit Session(DataOptions options);
    ~Session();

    /// Resolves a PLACE: coordinates first ("24.47,123.0", "13.58N 144.93E"), then a name
    /// from the loaded layers. @throws usage_error for unknown (with the closest names)
    /// or ambiguous names (with the candidates and their layers).
    ResolvedPlace resolve(const std::string& text);

    /// Every loaded layer: unless --no-default-data, "countries" (Natural Earth) and "bases"
    /// (the curated list) first, then each --data source in order. CSV files are read as
    /// points (name, lat, lon); anything else through GDAL. The large Natural Earth "land"
    /// layer joins only once asked for by name through layer("land").
    /// What was assumed or repaired while reading goes to stderr as "rangemap: note: ..." lines.
    const std::vector<geodata::LayerData>& layers();
    /// The loaded layers whose features are all points.
    std::vector<const geodata::LayerData*> point_layers();
    /// A loaded layer by name ("land" loads the Natural Earth land layer on first use).
    /// @throws usage_error listing the layer names.
    const geodata::LayerData& layer(const std::string& name);
    /// Every name of every layer, with the features' geometry.
    const geodata::Gazetteer& gazetteer();
    /// How a figure's credit line names a loaded layer's data: its provenance for the embedded
    /// layers, the file name for the user's own. @throws usage_error for an unknown layer.
    std::string credit_of(const std::string& layer_name);
    /// Where a layer's positions come from and how accurate they are; "" (a place typed as
    /// coordinates, or a shape given by hand) is exact as given. Reads no geometry.
    /// @throws usage_error for an unknown layer.
    geodata::DataProvenance provenance_of(const std::string& layer_name);

    /// Everything within `distance` of a resolved line or polygon place (engine buffer),
    /// computed once per feature, distance and tolerance while the session lives: rings,
    /// figure buffers and answers about the same feature at the same distance share it. A
    /// place without a `source` (one built by hand) is computed every time.
    /// @throws usage_error for a distance or tolerance beyond the buffer's limits.
    std::shared_ptr<const Buffer> buffer_of(const ResolvedPlace& place, Length distance,
                                            double tolerance_fraction = k_default_buffer_tolerance);
    /// The polygons of a resolved place cut into pieces for land-area overlays (AreaPieces),
    /// made once per feature while the session lives, as buffer_of keeps buffers; a place
    /// without a `source` is cut every time. @throws data_error when GEOS fails.
    std::shared_ptr<const AreaPieces> pieces_of(const ResolvedPlace& place);
    /// range_annulus(centre, radius, min_radius) with the default ring options, kept for the
    /// k_rings_kept most recently asked: a figure's ring and a coverage question about the same
    /// site share one, and a page moving one site recomputes only that site's rings.
    /// @throws usage_error as range_annulus does.
    std::shared_ptr<const RangeRing> annulus_of(LonLat centre, Length radius, Length min_radius = {});
    static constexpr std::size_t k_rings_kept = 64;
    /// The geodesic distance between two resolved places (engine distance_between). When
    /// either is a line or polygon of a loaded layer, the minimum distance (which indexes both
    /// features) is computed once and kept, up to k_distances_kept pairs.
    PlaceDistance distance_of(const ResolvedPlace& a, const ResolvedPlace& b);
    static constexpr std::size_t k_distances_kept = 1024;
    /// One point layer a `within` question measures: loaded, or a large point file
    /// (geodata::PointFile) that the question reads only where it can be in reach.
    struct WithinSource {
        const geodata::LayerData* loaded = nullptr;
        const geodata::PointFile* file = nullptr;
    };
    /// For a `within` question about a point, when the session has not loaded everything yet:
    /// the point layers it measures (those of `layer`, or every point layer when empty), in the
    /// order of layers(). Loads every source but the large point files, which stay unread
    /// until something needs all of them. std::nullopt when there are no such files, everything
    /// is loaded already, or `layer` names no source (then layer() says which exist).
    std::optional<std::vector<WithinSource>> within_sources(const std::string& layer);
    /// As resolve(), from the sources within_sources loaded (every one but the large point
    /// files); std::nullopt when none of them answers to `text` or the session has loaded
    /// everything already. @throws usage_error for an ambiguous name among them.
    std::optional<ResolvedPlace> resolve_outside_point_files(const std::string& text);

    /// How many buffers buffer_of has computed rather than found in its memo.
    [[nodiscard]] std::size_t buffers_computed() const noexcept { return m_buffers_computed.load(); }

private:
    /// Reads every layer, the Natural Earth countries by name only, and builds the gazetteer.
    /// `keep_point_files`: leaves the large point files (geodata::point_file) unread on a first
    /// load; a later load() reads them into their places in the order of the sources.
    void load(bool keep_point_files = false);
    /// Reads the geometry of the countries at these indexes in the countries layer, where not
    /// read yet; std::nullopt: all of them.
    void load_countries(const std::optional<std::vector<std::size_t>>& which);
    [[nodiscard]] bool is_countries(const geodata::LayerData& layer) const;
    /// A gazetteer entry as a resolved place, the geometry of a country read first.
    ResolvedPlace resolved_entry(const std::string& text, const geodata::GazetteerEntry& entry);
    DataOptions m_options;
    // Capacity is reserved for "land" on load, so adding it moves no layer: references handed
    // out earlier and the gazetteer's feature pointers stay valid. Reading the point files that
    // load(true) left unread moves the layers (not their features): within_sources' pointers
    // last only until then.
    std::vector<geodata::LayerData> m_layers;
    std::unique_ptr<geodata::Gazetteer> m_gazetteer;
    bool m_loaded = false;
    /// The point files left unread by load(true), each with its position in m_layers once read.
    std::vector<std::pair<std::size_t, geodata::PointFile>> m_point_files;
    // The Natural Earth countries (m_layers.front() with the default data) are read by name
    // first; each one's geometry when it is first needed, in place, so the gazetteer's
    // pointers stay valid.
    std::vector<bool> m_country_read;
    bool m_countries_complete = true;
    /// The memo of buffer_of: the feature by address (it never moves, see above), the
    /// distance in metres and the tolerance.
    struct BufferKey {
        std::uintptr_t feature;
        double metres;
        double tolerance;
        auto operator<=>(const BufferKey&) const = default;
    };
    std::map<BufferKey, std::shared_ptr<const Buffer>> m_buffers;
    std::mutex m_buffers_mutex; ///< guards m_buffers; held while looking up, not while computing
    std::atomic<std::size_t> m_buffers_computed{0};
    /// The memo of pieces_of, by the feature's address; at most one entry per loaded feature.
    std::map<std::uintptr_t, std::shared_ptr<const AreaPieces>> m_pieces;
    std::mutex m_pieces_mutex; ///< guards m_pieces; held while looking up, not while cutting
    /// The memo of annulus_of, most recently used first; its key is the centre and radii.
    struct RingKey {
        double lon, lat, metres, min_metres;
        bool operator==(const RingKey&) const = default;
    };
    std::list<std::pair<RingKey, std::shared_ptr<const RangeRing>>> m_rings;
    std::mutex m_rings_mutex; ///< guards m_rings; held while looking up, not while tracing
    /// The memo of distance_of, by the two features' addresses; emptied when full.
    std::map<std::pair<std::uintptr_t, std::uintptr_t>, PlaceDistance> m_distances;
    /// Guards m_distances; held while looking up, not while measuring.
    std::mutex m_distances_mutex;
}; // class Session

/// `options` plus the scenario's `data`: its sources (relative paths are taken relative to the
/// scenario file when they exist there) and `defaults: false`.
DataOptions data_options_for(const Scenario& scenario, const DataOptions& options);

} // namespace rangemap::scenario
