// SPDX-License-Identifier: MIT
#pragma once
/// @file The look of a figure as a whole: page, base map, text and ring colours.
/// Sizes are in points on a page whose short side is 1000 units (see Style).

#include "style.hpp"

#include <string>
#include <vector>

namespace rangemap::layers {

struct Theme {
    Rgba paper;             ///< page outside the map
    Rgba sea;               ///< map background
    Rgba land;              ///< land fill
    Rgba coast;             ///< land outline
    Rgba border;            ///< country borders
    Rgba graticule;         ///< graticule lines
    Rgba frame;             ///< neatline
    Rgba text;              ///< titles and labels
    Rgba muted_text;        ///< subtitle, credit, graticule labels
    Rgba halo;              ///< halo around map labels
    Rgba panel;             ///< legend and scale bar backing
    std::vector<Rgba> ring_palette; ///< ring colours, in order of use

    std::string font = "Noto Sans"; ///< Pango family; CJK falls back to Noto Sans CJK
    double title_size = 30;
    double subtitle_size = 17;
    double credit_size = 11.5;
    double label_size = 13.5;
    double legend_size = 13;
    double small_size = 11.5;       ///< graticule and scale bar text
    double halo_width = 3.2;        ///< halo stroke width, points
    double land_width = 0.6;
    double border_width = 0.7;
    double ring_width = 2.2;
    double ring_fill_alpha = 0.035;
};

/// The default theme: muted land and sea, strong rings, labels readable at print size.
Theme default_theme();

} // namespace rangemap::layers
