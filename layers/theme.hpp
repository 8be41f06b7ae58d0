// SPDX-License-Identifier: MIT
#pragma once
/// @file The look of a figure as a whole: page, base map, text and ring colours.
/// Sizes are in points on a page whose short side is 1000 units (see Style).

#include "style.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace rangemap::layers {

/// How places of one `kind` attribute are drawn ("air base": a triangle).
struct KindSymbol {
    std::string kind; ///< value of the feature's "kind" attribute, compared case-insensitively
    Marker marker = Marker::diamond;
    std::string noun; ///< legend wording ("air base")
    int rank = 0;     ///< added to the layer's label priority: higher keeps its labels
};

/// A group of operators drawn in one colour, named in the legend ("US air base").
struct OperatorGroup {
    /// Values of the feature's "operator" attribute that belong here; one ending in '*'
    /// matches every value that starts with what precedes it ("US *").
    std::vector<std::string> operators;
    std::string owner; ///< legend prefix ("US"); empty for none
    Rgba colour;
    /// Legend wording by kind where this group's differs from the kind's noun
    /// ({"army camp", "camp"}: the JSDF's camps are the Ground Self-Defense Force's).
    std::vector<std::pair<std::string, std::string>> nouns;
};

struct Theme {
    Rgba paper;                           ///< page outside the map
    Rgba sea;                             ///< map background
    Rgba land;                            ///< land fill
    Rgba coast;                           ///< land outline
    Rgba border;                          ///< country borders
    Rgba graticule;                       ///< graticule lines
    Rgba frame;                           ///< neatline
    Rgba text;                            ///< titles and labels
    Rgba muted_text;                      ///< subtitle, credit, graticule labels
    Rgba halo;                            ///< halo around map labels
    Rgba panel;                           ///< legend and scale bar backing
    Rgba focus_land;                      ///< fill of the countries a figure is about
    Rgba country_text;                    ///< country names: quiet, under the story's labels
    Rgba water_text;                      ///< sea, strait and ocean names
    std::vector<Rgba> ring_palette;       ///< ring colours, in order of use
    std::vector<KindSymbol> kinds;        ///< place symbols by kind
    KindSymbol other_kind;                ///< for kinds not listed (noun: the kind itself, or "site")
    std::vector<OperatorGroup> operators; ///< place colours by operator, first match wins
    OperatorGroup other_operator;         ///< for operators no group lists

    std::string font = "Noto Sans"; ///< Pango family; CJK falls back to Noto Sans CJK
    double title_size = 30;
    double subtitle_size = 17;
    double credit_size = 11.5;
    double label_size = 13.5;
    double legend_size = 13;
    double small_size = 11.5; ///< graticule and scale bar text
    double halo_width = 3.2;  ///< halo stroke width, points
    double land_width = 0.6;
    double border_width = 0.7;
    double ring_width = 2.2;
    double ring_fill_alpha = 0.035;
    double country_min_size = 10.5; ///< smaller country names are left out, not crammed
    double country_max_size = 17;   ///< the largest countries' names
    double water_size = 12.5;       ///< seas and gulfs; oceans larger, straits smaller
};

/// The default theme: muted land and sea, strong rings, labels readable at print size; places
/// by kind and by operator as the bases list (geodata/bases.csv) names them.
Theme default_theme();

/// The palette's colour for the `index`-th ring (0-based; it cycles), or the text colour when the
/// palette is empty.
Rgba ring_colour(const Theme& theme, std::size_t index);
/// The symbol for a kind (the theme's entry, else `other_kind` with the kind as its noun).
KindSymbol kind_symbol(const Theme& theme, const std::string& kind);
/// The group an operator belongs to (the first listing it, else `other_operator`).
const OperatorGroup& operator_group(const Theme& theme, const std::string& op);

} // namespace rangemap::layers
