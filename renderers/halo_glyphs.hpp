// SPDX-License-Identifier: MIT
#pragma once
/// @file Text halos on a PDF page: each distinct glyph's halo drawn once and painted wherever
/// the glyph is, so the file holds each outline once (a form XObject) instead of once for
/// every letter of every label. renderers-internal.

#include "cairo_handles.hpp"

#include "layers/style.hpp"

namespace rangemap::render {

/// Whether halos on `cr`'s page go through halo glyphs: a PDF page. Elsewhere a halo is
/// stroked in place: an image gains nothing, and in an SVG the glyphs reused inside the
/// inset's recording came out in the wrong place.
bool uses_halo_glyphs(cairo_t* cr);

/// Paints on `cr` the halo of `glyph` of `font` with the glyph's origin (on its baseline) at
/// the user-space origin: its outline stroked `width` page units wide with round joins, in
/// `colour` made opaque (a label's halos are composited at the halo's alpha together, by
/// HaloGroup, so where two meet is not laid twice).
void paint_halo_glyph(cairo_t* cr, PangoFont* font, PangoGlyph glyph, double width, layers::Rgba colour);

/// One label's halos drawn opaque into a group on construction, composited on the page at
/// `alpha` (0..1) on destruction.
class HaloGroup {
public:
    HaloGroup(cairo_t* cr, double alpha);
    ~HaloGroup();
    HaloGroup(const HaloGroup&) = delete;
    HaloGroup& operator=(const HaloGroup&) = delete;

private:
    cairo_t* m_cr;
    double m_alpha;
}; // class HaloGroup

} // namespace rangemap::render
