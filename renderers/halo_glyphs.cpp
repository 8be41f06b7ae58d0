// SPDX-License-Identifier: MIT
#include "halo_glyphs.hpp"

#include <map>
#include <tuple>

namespace rangemap::render {

namespace {

/// A page's halo glyphs, kept on the page's surface (as its user data) and gone with it.
class HaloCache {
public:
    using Key = std::tuple<PangoFont*, PangoGlyph, double, double, double, double>;

    HaloCache() = default;
    HaloCache(const HaloCache&) = delete;
    HaloCache& operator=(const HaloCache&) = delete;
    ~HaloCache() {
        for (auto& [key, surface] : m_glyphs) g_object_unref(std::get<0>(key));
    }

    /// The glyph's halo as a recording surface, drawn the first time it is asked for.
    cairo_surface_t* halo(PangoFont* font, PangoGlyph glyph, double width, layers::Rgba c) {
        const Key key{font, glyph, width, c.r, c.g, c.b};
        if (const auto it = m_glyphs.find(key); it != m_glyphs.end()) return it->second.get();
        SurfacePtr surface(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr));
        {
            const CairoPtr cr(cairo_create(surface.get()));
            const GlyphStringPtr one(pango_glyph_string_new());
            pango_glyph_string_set_size(one.get(), 1);
            one->glyphs[0] = PangoGlyphInfo{};
            one->glyphs[0].glyph = glyph;
            one->log_clusters[0] = 0;
            cairo_move_to(cr.get(), 0, 0);
            pango_cairo_glyph_string_path(cr.get(), font, one.get());
            cairo_set_source_rgb(cr.get(), c.r, c.g, c.b);
            cairo_set_line_width(cr.get(), width);
            cairo_set_line_join(cr.get(), CAIRO_LINE_JOIN_ROUND);
            cairo_stroke(cr.get());
        }
        cairo_surface_t* out = m_glyphs.emplace(key, std::move(surface)).first->second.get();
        // The key holds the font: a freed font's address could come back as another font.
        g_object_ref(font);
        return out;
    }

private:
    std::map<Key, SurfacePtr> m_glyphs;
};

const cairo_user_data_key_t k_cache_key{};

/// The cache of the page `cr` draws on; nullptr when none can be kept (out of memory).
HaloCache* cache_of(cairo_t* cr) {
    cairo_surface_t* page = cairo_get_target(cr);
    if (void* found = cairo_surface_get_user_data(page, &k_cache_key)) return static_cast<HaloCache*>(found);
    auto cache = std::make_unique<HaloCache>();
    const auto destroy = [](void* c) { delete static_cast<HaloCache*>(c); };
    if (cairo_surface_set_user_data(page, &k_cache_key, cache.get(), destroy) != CAIRO_STATUS_SUCCESS) return nullptr;
    return cache.release(); // the surface owns it now
}

} // namespace

bool uses_halo_glyphs(cairo_t* cr) { return cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF; }

void paint_halo_glyph(cairo_t* cr, PangoFont* font, PangoGlyph glyph, double width, layers::Rgba colour) {
    HaloCache* cache = cache_of(cr);
    if (!cache) return; // cairo is out of memory: the page's status reports it
    cairo_set_source_surface(cr, cache->halo(font, glyph, width, colour), 0, 0);
    cairo_paint(cr);
}

HaloGroup::HaloGroup(cairo_t* cr, double alpha) : m_cr(cr), m_alpha(alpha) { cairo_push_group(cr); }

HaloGroup::~HaloGroup() {
    cairo_pop_group_to_source(m_cr);
    cairo_paint_with_alpha(m_cr, m_alpha);
}

} // namespace rangemap::render
