// SPDX-License-Identifier: MIT
#include "text.hpp"

#include "halo_glyphs.hpp"

#include "engine/angles.hpp"

#include <cmath>
#include <optional>

namespace rangemap::render {

namespace {
struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* o) const noexcept { cairo_font_options_destroy(o); }
};
void set_source(cairo_t* cr, const layers::Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

struct LayoutIterDeleter {
    void operator()(PangoLayoutIter* i) const noexcept { pango_layout_iter_free(i); }
};

/// The first line's left edge and baseline, and the middle of its logical box, Pango units.
struct LineGeometry {
    int left = 0, baseline = 0, middle = 0;
};

LineGeometry first_line(PangoLayout* layout) {
    const std::unique_ptr<PangoLayoutIter, LayoutIterDeleter> it(pango_layout_get_iter(layout));
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it.get(), nullptr, &logical);
    return {logical.x, pango_layout_iter_get_baseline(it.get()), logical.y + logical.height / 2};
}

/// Calls f(run, glyph index, left edge in Pango units) for each glyph of the first line, in
/// visual order (a laid-out line keeps its runs so).
template <class F>
void for_each_glyph(PangoLayout* layout, F f) {
    PangoLayoutLine* line = pango_layout_get_line_readonly(layout, 0);
    if (!line) return;
    int x = first_line(layout).left;
    for (GSList* l = line->runs; l; l = l->next) {
        const auto* run = static_cast<const PangoGlyphItem*>(l->data);
        for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
            f(*run, i, x);
            x += run->glyphs->glyphs[i].geometry.width;
        }
    }
}

/// Calls f(font, glyph, x, y) for each glyph of every line, (x, y) its origin on its
/// baseline in page units from the layout's top-left.
template <class F>
void for_each_laid_glyph(PangoLayout* layout, F f) {
    const std::unique_ptr<PangoLayoutIter, LayoutIterDeleter> it(pango_layout_get_iter(layout));
    do {
        const PangoLayoutRun* run = pango_layout_iter_get_run_readonly(it.get());
        if (!run) continue; // a line's end
        PangoRectangle logical;
        pango_layout_iter_get_run_extents(it.get(), nullptr, &logical);
        const int baseline = pango_layout_iter_get_baseline(it.get());
        int x = logical.x;
        for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
            const PangoGlyphInfo& g = run->glyphs->glyphs[i];
            f(run->item->analysis.font, g.glyph, static_cast<double>(x + g.geometry.x_offset) / PANGO_SCALE,
              static_cast<double>(baseline + g.geometry.y_offset) / PANGO_SCALE);
            x += g.geometry.width;
        }
    } while (pango_layout_iter_next_run(it.get()));
}

} // namespace

void prepare_text(cairo_t* cr) {
    std::unique_ptr<cairo_font_options_t, FontOptionsDeleter> opts(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(opts.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(opts.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(opts.get(), CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, opts.get());
}

namespace {

const cairo_user_data_key_t k_context_key{};

/// The Pango context of `cr`, made once and kept with it (as its user data): a context of its
/// own for every text cost as much again as laying the text out. Brought up to date with the
/// cr's transformation and font options on each use.
PangoContext* context_of(cairo_t* cr) {
    auto* context = static_cast<PangoContext*>(cairo_get_user_data(cr, &k_context_key));
    if (!context) {
        context = pango_cairo_create_context(cr);
        if (cairo_set_user_data(cr, &k_context_key, context, g_object_unref) != CAIRO_STATUS_SUCCESS) {
            g_object_unref(context);
            return nullptr;
        }
    }
    pango_cairo_update_context(cr, context);
    return context;
}

LayoutPtr layout_for(cairo_t* cr) {
    PangoContext* context = context_of(cr);
    return LayoutPtr(context ? pango_layout_new(context) : pango_cairo_create_layout(cr));
}

} // namespace

TextBlock::TextBlock(cairo_t* cr, const std::string& text, const TextStyle& style)
    : m_cr(cr), m_layout(layout_for(cr)), m_style(style) {
    FontDescPtr font(pango_font_description_from_string(style.font.c_str()));
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    if (style.italic) pango_font_description_set_style(font.get(), PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(m_layout.get(), font.get());
    pango_layout_set_text(m_layout.get(), text.c_str(), -1);
    if (style.letter_spacing > 0) {
        AttrListPtr attrs(pango_attr_list_new());
        // The list takes the attribute over.
        pango_attr_list_insert(attrs.get(),
                               pango_attr_letter_spacing_new(static_cast<int>(style.letter_spacing * PANGO_SCALE)));
        pango_layout_set_attributes(m_layout.get(), attrs.get());
    }
    if (style.centred) pango_layout_set_alignment(m_layout.get(), PANGO_ALIGN_CENTER);
    PangoRectangle logical;
    pango_layout_get_extents(m_layout.get(), nullptr, &logical);
    m_w = static_cast<double>(logical.width) / PANGO_SCALE;
    m_h = static_cast<double>(logical.height) / PANGO_SCALE;
}

void TextBlock::draw(double x, double y) const {
    SaveRestore guard(m_cr);
    cairo_new_path(m_cr);
    cairo_move_to(m_cr, x, y);
    const bool halo = m_style.halo.a > 0 && m_style.halo_width > 0;
    if (halo && uses_halo_glyphs(m_cr)) {
        const HaloGroup group(m_cr, m_style.halo.a);
        for_each_laid_glyph(m_layout.get(), [&](PangoFont* font, PangoGlyph glyph, double gx, double gy) {
            SaveRestore at(m_cr);
            cairo_translate(m_cr, x + gx, y + gy);
            paint_halo_glyph(m_cr, font, glyph, m_style.halo_width, m_style.halo);
        });
    } else if (halo) {
        pango_cairo_layout_path(m_cr, m_layout.get());
        set_source(m_cr, m_style.halo);
        cairo_set_line_width(m_cr, m_style.halo_width);
        cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(m_cr);
    }
    cairo_move_to(m_cr, x, y);
    set_source(m_cr, m_style.colour);
    pango_cairo_show_layout(m_cr, m_layout.get());
}

void TextBlock::draw_turned(PagePoint c, double angle_deg) const {
    SaveRestore guard(m_cr);
    cairo_translate(m_cr, c.x, c.y);
    cairo_rotate(m_cr, -angle_deg * k_rad_per_deg);
    draw(-m_w / 2, -m_h / 2);
}

std::vector<TextBlock::Glyph> TextBlock::glyphs() const {
    std::vector<Glyph> out;
    for_each_glyph(m_layout.get(), [&](const PangoGlyphItem& run, int i, int x) {
        const double adv = static_cast<double>(run.glyphs->glyphs[i].geometry.width) / PANGO_SCALE;
        out.push_back({static_cast<double>(x) / PANGO_SCALE + adv / 2, adv});
    });
    return out;
}

void TextBlock::draw_glyphs(const std::vector<GlyphPose>& poses, bool break_line) const {
    const LineGeometry line = first_line(m_layout.get());
    // From a glyph's logical middle to its origin on the baseline.
    const double down = static_cast<double>(line.baseline - line.middle) / PANGO_SCALE;
    const GlyphStringPtr one(pango_glyph_string_new());
    pango_glyph_string_set_size(one.get(), 1);
    one->log_clusters[0] = 0;
    const auto each = [&](auto&& draw) {
        std::size_t k = 0;
        for_each_glyph(m_layout.get(), [&](const PangoGlyphItem& run, int i, int) {
            if (k >= poses.size()) return;
            const GlyphPose& pose = poses[k++];
            one->glyphs[0] = run.glyphs->glyphs[i];
            const double adv = static_cast<double>(one->glyphs[0].geometry.width) / PANGO_SCALE;
            SaveRestore guard(m_cr);
            cairo_translate(m_cr, pose.at.x, pose.at.y);
            cairo_rotate(m_cr, -pose.angle_deg * k_rad_per_deg);
            cairo_move_to(m_cr, -adv / 2, down);
            draw(run.item->analysis.font);
        });
    };
    SaveRestore guard(m_cr);
    cairo_new_path(m_cr);
    if (m_style.halo.a > 0 && m_style.halo_width > 0) {
        const bool shared = uses_halo_glyphs(m_cr);
        std::optional<HaloGroup> group;
        if (shared) {
            group.emplace(m_cr, m_style.halo.a);
            each([&](PangoFont* font) {
                const PangoGlyphInfo& g = one->glyphs[0];
                double cx = 0, cy = 0;
                cairo_get_current_point(m_cr, &cx, &cy);
                cairo_new_path(m_cr);
                cairo_translate(m_cr, cx + static_cast<double>(g.geometry.x_offset) / PANGO_SCALE,
                                cy + static_cast<double>(g.geometry.y_offset) / PANGO_SCALE);
                paint_halo_glyph(m_cr, font, g.glyph, m_style.halo_width, m_style.halo);
            });
        } else {
            each([&](PangoFont* font) { pango_cairo_glyph_string_path(m_cr, font, one.get()); });
        }
        // One path with the glyphs' outlines, so where they meet the halo is not laid twice.
        const std::vector<Glyph> gs = break_line ? glyphs() : std::vector<Glyph>{};
        for (std::size_t k = 0; k < poses.size() && k < gs.size(); ++k) {
            const double a = poses[k].angle_deg * k_rad_per_deg;
            const double dx = std::cos(a) * gs[k].advance / 2, dy = -std::sin(a) * gs[k].advance / 2;
            const PagePoint c = poses[k].at;
            if (k == 0) {
                cairo_move_to(m_cr, c.x - dx, c.y - dy);
            } else {
                cairo_line_to(m_cr, c.x - dx, c.y - dy);
            }
            cairo_line_to(m_cr, c.x + dx, c.y + dy);
        }
        set_source(m_cr, shared ? m_style.halo.with_alpha(1) : m_style.halo); // a group has the alpha
        cairo_set_line_width(m_cr, m_style.halo_width);
        cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(m_cr);
    }
    cairo_new_path(m_cr);
    set_source(m_cr, m_style.colour);
    each([&](PangoFont* font) { pango_cairo_show_glyph_string(m_cr, font, one.get()); });
}

} // namespace rangemap::render
