// SPDX-License-Identifier: MIT
#include "raster.hpp"

#include "renderers/cairo_handles.hpp"

#include "engine/error.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace rangemap::render {

namespace {

struct Reader {
    std::string_view data;
    std::size_t pos = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* out, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->pos + length > r->data.size()) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(out, r->data.data() + r->pos, length);
    r->pos += length;
    return CAIRO_STATUS_SUCCESS;
}

int over_white(int c, int a) { return (c * a + 255 * (255 - a)) / 255; }

} // namespace

Raster decode_png(std::string_view bytes) {
    Reader reader{bytes};
    SurfacePtr s(cairo_image_surface_create_from_png_stream(read_bytes, &reader));
    if (cairo_surface_status(s.get()) != CAIRO_STATUS_SUCCESS) throw data_error("not a readable PNG image");
    cairo_surface_flush(s.get());
    Raster r;
    r.width = cairo_image_surface_get_width(s.get());
    r.height = cairo_image_surface_get_height(s.get());
    const int stride = cairo_image_surface_get_stride(s.get());
    const bool alpha = cairo_image_surface_get_format(s.get()) == CAIRO_FORMAT_ARGB32;
    const unsigned char* data = cairo_image_surface_get_data(s.get());
    r.rgba.resize(4 * static_cast<std::size_t>(r.width) * r.height);
    for (int y = 0; y < r.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::size_t>(y) * stride);
        for (int x = 0; x < r.width; ++x) {
            const std::uint32_t p = row[x];
            int a = alpha ? static_cast<int>(p >> 24) : 255;
            int cr = (p >> 16) & 0xff, cg = (p >> 8) & 0xff, cb = p & 0xff;
            if (a > 0 && a < 255) { // un-premultiply
                cr = cr * 255 / a;
                cg = cg * 255 / a;
                cb = cb * 255 / a;
            }
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * r.width + x);
            r.rgba[i] = static_cast<std::uint8_t>(cr);
            r.rgba[i + 1] = static_cast<std::uint8_t>(cg);
            r.rgba[i + 2] = static_cast<std::uint8_t>(cb);
            r.rgba[i + 3] = static_cast<std::uint8_t>(a);
        }
    }
    return r;
}

std::size_t count_differing_pixels(const Raster& a, const Raster& b, int threshold) {
    if (a.width != b.width || a.height != b.height) {
        return static_cast<std::size_t>(std::max(a.width * a.height, b.width * b.height));
    }
    std::size_t n = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            const auto p = a.at(x, y), q = b.at(x, y);
            const int d = std::max({std::abs(over_white(p.r, p.a) - over_white(q.r, q.a)),
                                    std::abs(over_white(p.g, p.a) - over_white(q.g, q.a)),
                                    std::abs(over_white(p.b, p.a) - over_white(q.b, q.a))});
            if (d > threshold) ++n;
        }
    }
    return n;
}

} // namespace rangemap::render
