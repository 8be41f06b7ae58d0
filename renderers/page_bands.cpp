// SPDX-License-Identifier: MIT
#include "page_bands.hpp"

#include "cairo_handles.hpp"

#include "engine/error.hpp"
#include "engine/parallel.hpp"

#include <fmt/format.h>
#include <memory>

namespace rangemap::render {

namespace {

struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* o) const noexcept { cairo_font_options_destroy(o); }
};

} // namespace

void paint_in_bands(cairo_t* page, const std::function<void(cairo_t*)>& draw) {
    cairo_surface_t* target = cairo_get_target(page);
    if (cairo_surface_get_type(target) != CAIRO_SURFACE_TYPE_IMAGE) {
        // As a band would, it leaves the page's state as it found it.
        SaveRestore guard(page);
        draw(page);
        return;
    }
    cairo_surface_flush(target);
    unsigned char* data = cairo_image_surface_get_data(target);
    const cairo_format_t format = cairo_image_surface_get_format(target);
    const int w = cairo_image_surface_get_width(target), h = cairo_image_surface_get_height(target);
    const int stride = cairo_image_surface_get_stride(target);
    cairo_matrix_t m;
    cairo_get_matrix(page, &m);
    double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
    cairo_clip_extents(page, &cx0, &cy0, &cx1, &cy1);
    const std::unique_ptr<cairo_font_options_t, FontOptionsDeleter> fonts(cairo_font_options_create());
    cairo_get_font_options(page, fonts.get());
    parallel_for(k_page_bands, [&](std::size_t i) {
        const int y0 = h * static_cast<int>(i) / k_page_bands, y1 = h * (static_cast<int>(i) + 1) / k_page_bands;
        const SurfacePtr band(cairo_image_surface_create_for_data(data + static_cast<std::ptrdiff_t>(y0) * stride,
                                                                  format, w, y1 - y0, stride));
        const CairoPtr cr(cairo_create(band.get()));
        cairo_matrix_t shifted = m;
        shifted.y0 -= y0;
        cairo_set_matrix(cr.get(), &shifted);
        cairo_set_font_options(cr.get(), fonts.get());
        cairo_rectangle(cr.get(), cx0, cy0, cx1 - cx0, cy1 - cy0);
        cairo_clip(cr.get());
        draw(cr.get());
        if (const cairo_status_t s = cairo_status(cr.get()); s != CAIRO_STATUS_SUCCESS) {
            throw io_error(fmt::format("drawing a band of the page failed: {}", cairo_status_to_string(s)));
        }
    });
    cairo_surface_mark_dirty(target);
}

} // namespace rangemap::render
