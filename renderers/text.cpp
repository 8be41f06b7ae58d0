// SPDX-License-Identifier: MIT
#include "text.hpp"

#include <cmath>

namespace rangemap::render {

namespace {
struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* o) const noexcept { cairo_font_options_destroy(o); }
};
void set_source(cairo_t* cr, const layers::Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }
} // namespace

void prepare_text(cairo_t* cr) {
    std::unique_ptr<cairo_font_options_t, FontOptionsDeleter> opts(cairo_font_options_create());
    cairo_font_options_set_hint_metrics(opts.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(opts.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(opts.get(), CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, opts.get());
}

TextBlock::TextBlock(cairo_t* cr, const std::string& text, const TextStyle& style)
    : m_cr(cr), m_layout(pango_cairo_create_layout(cr)), m_style(style) {
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
    if (m_style.halo.a > 0 && m_style.halo_width > 0) {
        pango_cairo_layout_path(m_cr, m_layout.get());
        set_source(m_cr, m_style.halo);
        cairo_set_line_width(m_cr, m_style.halo_width);
        cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(m_cr);
        cairo_move_to(m_cr, x, y);
    }
    set_source(m_cr, m_style.colour);
    pango_cairo_show_layout(m_cr, m_layout.get());
}

void TextBlock::draw_turned(PagePoint c, double angle_deg) const {
    SaveRestore guard(m_cr);
    cairo_translate(m_cr, c.x, c.y);
    cairo_rotate(m_cr, -angle_deg * M_PI / 180.0);
    draw(-m_w / 2, -m_h / 2);
}

} // namespace rangemap::render
