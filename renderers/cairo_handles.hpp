// SPDX-License-Identifier: MIT
#pragma once
/// @file RAII owners for Cairo and Pango handles. renderers-internal.

#include <cairo.h>
#include <glib-object.h>
#include <memory>
#include <pango/pangocairo.h>

namespace rangemap::render {

struct CairoDeleter {
    void operator()(cairo_t* c) const noexcept { cairo_destroy(c); }
    void operator()(cairo_surface_t* s) const noexcept { cairo_surface_destroy(s); }
};
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDeleter>;

struct GObjectDeleter {
    void operator()(void* o) const noexcept { g_object_unref(o); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;

struct FontDescDeleter {
    void operator()(PangoFontDescription* d) const noexcept { pango_font_description_free(d); }
};
using FontDescPtr = std::unique_ptr<PangoFontDescription, FontDescDeleter>;

struct GlyphStringDeleter {
    void operator()(PangoGlyphString* g) const noexcept { pango_glyph_string_free(g); }
};
using GlyphStringPtr = std::unique_ptr<PangoGlyphString, GlyphStringDeleter>;

struct AttrListDeleter {
    void operator()(PangoAttrList* l) const noexcept { pango_attr_list_unref(l); }
};
using AttrListPtr = std::unique_ptr<PangoAttrList, AttrListDeleter>;

/// cairo_save on construction, cairo_restore on destruction.
class SaveRestore {
public:
    explicit SaveRestore(cairo_t* cr) : m_cr(cr) { cairo_save(cr); }
    ~SaveRestore() { cairo_restore(m_cr); }
    SaveRestore(const SaveRestore&) = delete;
    SaveRestore& operator=(const SaveRestore&) = delete;

private:
    cairo_t* m_cr;
}; // class SaveRestore

} // namespace rangemap::render
