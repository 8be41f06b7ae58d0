// SPDX-License-Identifier: MIT
#include "png_writer.hpp"

#include "engine/error.hpp"

#include <csetjmp>
#include <cstdint>
#include <png.h>
#include <vector>

namespace rangemap::render {

namespace {

// libpng's write and flush functions run inside libpng: no exception may leave them. A sink that
// cannot take the bytes has kept its reason; png_error then longjmps back to encode_png (this
// frame holds nothing with a destructor), which rethrows that reason.
void append(png_structp png, png_bytep data, png_size_t length) noexcept {
    if (!static_cast<ByteSink*>(png_get_io_ptr(png))->append(data, length))
        png_error(png, "cannot store the PNG bytes");
}
void flush(png_structp) noexcept {}
// libpng's errors come back as our exception (see encode_png), not as lines on stderr.
[[noreturn]] void on_error(png_structp png, png_const_charp) noexcept { png_longjmp(png, 1); }
void on_warning(png_structp, png_const_charp) noexcept {}

/// Owns libpng's write and info structs.
struct PngWriter {
    png_structp png = nullptr;
    png_infop info = nullptr;
    PngWriter() {
        png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, on_error, on_warning);
        if (png) info = png_create_info_struct(png);
    }
    ~PngWriter() { png_destroy_write_struct(&png, &info); }
    PngWriter(const PngWriter&) = delete;
    PngWriter& operator=(const PngWriter&) = delete;
};

} // namespace

void encode_png(cairo_surface_t* surface, ByteSink& out) {
    cairo_surface_flush(surface);
    const int w = cairo_image_surface_get_width(surface);
    const int h = cairo_image_surface_get_height(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    if (!data || w <= 0 || h <= 0) throw io_error("PNG encoding failed: no image");

    PngWriter writer;
    if (!writer.png || !writer.info) throw io_error("PNG encoding failed: out of memory");
    // One row at a time: no second copy of a large image.
    std::vector<png_byte> row(static_cast<std::size_t>(w) * 3);
    // libpng reports errors by longjmp; nothing with a destructor is created after this point.
    if (setjmp(png_jmpbuf(writer.png))) {
        out.rethrow_if_failed();
        throw io_error("PNG encoding failed");
    }
    png_set_write_fn(writer.png, &out, append, flush);
    png_set_IHDR(writer.png, writer.info, static_cast<png_uint_32>(w), static_cast<png_uint_32>(h), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // A fast zlib level with the Sub filter: flat map colours compress well without the cost
    // of the default level.
    png_set_compression_level(writer.png, 3);
    png_set_filter(writer.png, 0, PNG_FILTER_SUB);
    png_write_info(writer.png, writer.info);
    for (int y = 0; y < h; ++y) {
        // Cairo stores native-endian 32-bit 0xAARRGGBB; the figure is opaque, so RGB suffices.
        const auto* src = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < w; ++x) {
            const std::uint32_t p = src[x];
            row[3 * static_cast<std::size_t>(x)] = static_cast<png_byte>(p >> 16);
            row[3 * static_cast<std::size_t>(x) + 1] = static_cast<png_byte>(p >> 8);
            row[3 * static_cast<std::size_t>(x) + 2] = static_cast<png_byte>(p);
        }
        png_write_row(writer.png, row.data());
    }
    png_write_end(writer.png, writer.info);
}

} // namespace rangemap::render
