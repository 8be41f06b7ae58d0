// SPDX-License-Identifier: MIT
#include "theme.hpp"

#include "engine/text.hpp"

#include <algorithm>

namespace rangemap::layers {

Theme default_theme() {
    Theme t;
    t.paper = Rgba::hex("#ffffff");
    t.sea = Rgba::hex("#e4edf3");
    t.land = Rgba::hex("#f4f2ec");
    t.coast = Rgba::hex("#9fa6ab");
    t.border = Rgba::hex("#b3aa9a");
    t.graticule = Rgba::hex("#7c8c99").with_alpha(0.28);
    t.frame = Rgba::hex("#3a3a3a");
    t.text = Rgba::hex("#1b1b1b");
    t.muted_text = Rgba::hex("#5a5f66");
    t.halo = Rgba::hex("#ffffff").with_alpha(0.88);
    t.panel = Rgba::hex("#ffffff").with_alpha(0.9);
    // A warmer, darker land for the countries a figure is about; the rest keeps the pale land.
    t.focus_land = Rgba::hex("#e3ddcc");
    // Quiet but legible: 4.5:1 on the focus land (country names) and on the sea (water names).
    t.country_text = Rgba::hex("#646059");
    t.water_text = Rgba::hex("#426d92");
    // Vermilion, blue, plum, green, dark red: any two differ by at least 26 CIELAB units for normal
    // sight and under simulated deuteranopia and protanopia, where hues collapse and lightness
    // must keep them apart; each at least 3:1 on land, sea and focus land (tests/layers).
    t.ring_palette = {Rgba::hex("#cb4e00"), Rgba::hex("#077cbe"), Rgba::hex("#7c075c"), Rgba::hex("#147c55"),
                      Rgba::hex("#900000")};
    t.kinds = {{"air base", Marker::triangle, "air base", 2},
               {"naval base", Marker::square, "naval base", 2},
               {"headquarters", Marker::star, "headquarters", 1},
               {"army camp", Marker::circle, "Army or Marine camp", 0},
               {"marine camp", Marker::circle, "Army or Marine camp", 0}};
    t.other_kind = {"", Marker::diamond, "site", 0};
    t.operators = {{{"US *"}, "US", Rgba::hex("#1d3f72"), {}},
                   {{"JSDF", "JASDF", "JGSDF", "JMSDF"},
                    "JSDF",
                    Rgba::hex("#2f7d4f"),
                    {{"army camp", "camp"}, {"marine camp", "camp"}}}};
    t.other_operator = {{}, "", Rgba::hex("#595959"), {}};
    return t;
}

Rgba ring_colour(const Theme& theme, std::size_t index) {
    if (theme.ring_palette.empty()) return theme.text;
    return theme.ring_palette[index % theme.ring_palette.size()];
}

KindSymbol kind_symbol(const Theme& theme, const std::string& kind) {
    const std::string k = to_lower(kind);
    for (const auto& s : theme.kinds) {
        if (to_lower(s.kind) == k) return s;
    }
    KindSymbol other = theme.other_kind;
    if (!k.empty()) other.noun = k;
    return other;
}

const OperatorGroup& operator_group(const Theme& theme, const std::string& op) {
    const auto matches = [&](const std::string& pattern) {
        if (!pattern.empty() && pattern.back() == '*') return op.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
        return op == pattern;
    };
    for (const auto& g : theme.operators) {
        if (std::any_of(g.operators.begin(), g.operators.end(), matches)) return g;
    }
    return theme.other_operator;
}

} // namespace rangemap::layers
