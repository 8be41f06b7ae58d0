// SPDX-License-Identifier: MIT
#pragma once
/// @file What a map shows: layers of features with styles, annotations and the frame.
/// Plain data: no GDAL and no Cairo here.

#include "style.hpp"
#include "theme.hpp"

#include "engine/geometry.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rangemap::layers {

/// What part a layer plays in the figure. Layers are drawn in scene order; the role says how
/// geometry is treated (base map: clipped and thinned to the page; rings: densified, never
/// thinned) and how the legend shows it. `water` holds the names of seas, straits and oceans as
/// points: only their labels are drawn, over water, and they take no part in fitting the extent.
enum class Role { land, borders, buffer, ring, places, callout, water };

/// The base map's roles: drawn under everything else, and clipped to the map's region.
inline bool is_base(Role r) noexcept { return r == Role::land || r == Role::borders; }

/// Features plus a style and a legend entry.
struct Layer {
    std::string id;
    Role role = Role::land;
    std::vector<Feature> features;
    Style style;
    std::string legend; ///< legend text; empty: not in the legend
    bool label = false; ///< label the features by name (places: beside the marker; rings: at the edge;
                        ///< borders: each country inside its largest visible part; water: at its point)
    int priority = 0;   ///< higher keeps its labels when space runs out
    /// What its labels name, as the render report says (site, ring, sector, buffer, country,
    /// sea); empty: from the role.
    std::string kind;
};

/// A labelled line between two witness points, e.g. Taiwan–Yonaguni "108 km".
struct Callout {
    LonLat from;
    LonLat to;
    std::string label;
};

/// A zoomed panel in a free part of the map, with a frame on the map showing where it looks: for
/// a callout too short to read at the map's scale. Drawn in an azimuthal equidistant projection
/// centred on what it shows, so its callout and scale bar are as exact as the main map's.
struct Inset {
    enum class Mode {
        off,       ///< never
        automatic, ///< around the shortest callout drawn under k_inset_trigger of the map's width
        callout,   ///< around callouts[callout], whatever its length
        place,     ///< around `centre`
    };
    Mode mode = Mode::automatic;
    std::size_t callout = 0; ///< Mode::callout: index into Scene::callouts
    LonLat centre{0, 0};     ///< Mode::place: the middle of what the inset shows, WGS84 degrees
    double width_m = 0;      ///< ground width the inset shows, metres (> 0); 0: k_inset_span × the callout's length
};

/// An automatic inset is drawn for a callout shorter on the page than this fraction of the map's width.
inline constexpr double k_inset_trigger = 0.06;
/// An inset on a callout shows this many times the callout's length across, room for both ends' labels.
inline constexpr double k_inset_span = 4.0;

/// The map frame: projection, extent and page.
struct Frame {
    std::string crs = "auto";   ///< PROJ string, EPSG code, or "auto" (chosen for the extent)
    std::optional<BBox> extent; ///< lon/lat box (max_lon may exceed 180 to cross the antimeridian);
                                ///< empty: fitted to the content with a margin
    int width = 1500;           ///< pixels for PNG, points for SVG/PDF; 1..20000
    int height = 1000;
    double scale = 1.0;    ///< HiDPI factor for PNG (0.1..8)
    bool graticule = true; ///< meridians and parallels with degree labels at the edges
    bool scale_bar = true; ///< km and mi in a corner of its own, true at the map's centre (left out on a world view)
    bool legend = true;    ///< built from the layers' legend entries
};

/// One figure.
struct Scene {
    std::string title;
    std::string subtitle;
    std::string credit;
    Frame frame;
    Theme theme = default_theme();
    std::vector<Layer> layers; ///< drawn in order
    std::vector<Callout> callouts;
    Inset inset;
};

} // namespace rangemap::layers
