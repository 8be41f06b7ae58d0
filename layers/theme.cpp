// SPDX-License-Identifier: MIT
#include "theme.hpp"

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
    // Colour-blind-safe, strong against the muted base: vermilion, blue, reddish purple, orange.
    t.ring_palette = {Rgba::hex("#c6361b"), Rgba::hex("#0a6cad"), Rgba::hex("#9b3f8f"), Rgba::hex("#d98b00"),
                      Rgba::hex("#1b8a5a")};
    return t;
}

} // namespace rangemap::layers
