// SPDX-License-Identifier: MIT
#include "png_writer.hpp"

#include "engine/error.hpp"
#include "engine/parallel.hpp"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>
#include <zlib.h>

namespace rangemap::render {

namespace {

/// Rows per strip: each strip is deflated on its own, so the file does not depend on the
/// number of cores (the server's and the CLI's bytes are the same), and a 3000x2000 figure
/// gives eight strips for the cores to share.
constexpr int k_strip_rows = 256;
/// zlib's level: flat map colours compress well without the cost of the default level.
constexpr int k_level = 3;

/// Owns a deflate stream.
class Deflater {
public:
    Deflater() {
        // Raw deflate (negative window bits): the strips are joined under one zlib header.
        if (deflateInit2(&m_z, k_level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            throw io_error("PNG encoding failed: out of memory");
        }
    }
    ~Deflater() { deflateEnd(&m_z); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    /// Compresses `n` bytes onto `out`; `flush` is Z_NO_FLUSH, Z_SYNC_FLUSH (ends on a byte,
    /// so the next strip's bytes may follow) or Z_FINISH.
    void add(const unsigned char* data, std::size_t n, int flush, std::string& out) {
        m_z.next_in = const_cast<unsigned char*>(data); // zlib's API predates const
        m_z.avail_in = static_cast<uInt>(n);
        do {
            m_z.next_out = m_buf.data();
            m_z.avail_out = static_cast<uInt>(m_buf.size());
            const int rc = deflate(&m_z, flush);
            if (rc == Z_STREAM_ERROR) throw io_error("PNG encoding failed: zlib stream error");
            out.append(reinterpret_cast<const char*>(m_buf.data()), m_buf.size() - m_z.avail_out);
        } while (m_z.avail_out == 0 || m_z.avail_in > 0);
    }

private:
    z_stream m_z{};
    std::vector<unsigned char> m_buf = std::vector<unsigned char>(1 << 16);
}; // class Deflater

/// One strip of rows, filtered (PNG's Sub filter) and deflated, with the Adler-32 of what was
/// deflated.
struct Strip {
    std::string deflated;
    uLong adler = adler32(0, nullptr, 0);
    std::size_t length = 0; ///< bytes before compression
};

Strip deflate_strip(const unsigned char* data, int stride, int width, int y0, int y1, bool last) {
    Strip s;
    Deflater z;
    std::vector<unsigned char> row(1 + static_cast<std::size_t>(width) * 3);
    row[0] = 1; // the Sub filter: each byte less the same channel of the pixel before
    for (int y = y0; y < y1; ++y) {
        // Cairo stores native-endian 32-bit 0xAARRGGBB; the figure is opaque, so RGB suffices.
        const auto* src = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        unsigned char pr = 0, pg = 0, pb = 0;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t p = src[x];
            const auto r = static_cast<unsigned char>(p >> 16), g = static_cast<unsigned char>(p >> 8),
                       b = static_cast<unsigned char>(p);
            unsigned char* d = &row[1 + 3 * static_cast<std::size_t>(x)];
            d[0] = static_cast<unsigned char>(r - pr);
            d[1] = static_cast<unsigned char>(g - pg);
            d[2] = static_cast<unsigned char>(b - pb);
            pr = r, pg = g, pb = b;
        }
        s.adler = adler32(s.adler, row.data(), static_cast<uInt>(row.size()));
        s.length += row.size();
        z.add(row.data(), row.size(), y + 1 < y1 ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH, s.deflated);
    }
    return s;
}

void put32(unsigned char* at, std::uint32_t v) {
    at[0] = static_cast<unsigned char>(v >> 24), at[1] = static_cast<unsigned char>(v >> 16);
    at[2] = static_cast<unsigned char>(v >> 8), at[3] = static_cast<unsigned char>(v);
}

void put(ByteSink& out, const void* data, std::size_t n) {
    if (!out.append(data, n)) {
        out.rethrow_if_failed();
        throw io_error("PNG encoding failed: cannot store the bytes");
    }
}

/// A PNG chunk: length, type, data, CRC-32 of type and data; the data given in pieces, so
/// that the strips go to `out` without being joined first.
void chunk(ByteSink& out, const char* type, std::initializer_list<std::string_view> pieces) {
    std::size_t n = 0;
    for (const auto p : pieces) n += p.size();
    unsigned char head[8];
    put32(head, static_cast<std::uint32_t>(n));
    std::memcpy(head + 4, type, 4);
    put(out, head, sizeof head);
    uLong crc = crc32(0, head + 4, 4);
    for (const auto p : pieces) {
        put(out, p.data(), p.size());
        crc = crc32(crc, reinterpret_cast<const Bytef*>(p.data()), static_cast<uInt>(p.size()));
    }
    unsigned char tail[4];
    put32(tail, static_cast<std::uint32_t>(crc));
    put(out, tail, sizeof tail);
}

} // namespace

void encode_png(cairo_surface_t* surface, ByteSink& out) {
    cairo_surface_flush(surface);
    const int w = cairo_image_surface_get_width(surface);
    const int h = cairo_image_surface_get_height(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    if (!data || w <= 0 || h <= 0) throw io_error("PNG encoding failed: no image");

    const std::size_t strips = static_cast<std::size_t>((h + k_strip_rows - 1) / k_strip_rows);
    std::vector<Strip> done(strips);
    parallel_for(strips, [&](std::size_t i) {
        const int y0 = static_cast<int>(i) * k_strip_rows;
        done[i] = deflate_strip(data, stride, w, y0, std::min(h, y0 + k_strip_rows), i + 1 == strips);
    });

    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    put(out, signature, sizeof signature);
    unsigned char ihdr[13] = {0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0}; // 8-bit RGB, deflate, filtered, no interlace
    put32(ihdr, static_cast<std::uint32_t>(w));
    put32(ihdr + 4, static_cast<std::uint32_t>(h));
    chunk(out, "IHDR", {std::string_view(reinterpret_cast<const char*>(ihdr), sizeof ihdr)});
    // One zlib stream over the strips, an IDAT chunk per strip: its header (32K window, level
    // 2-5), the strips' raw deflate blocks one after another, the Adler-32 of all the rows.
    static const char zlib_header[2] = {'\x78', '\x5e'};
    uLong adler = adler32(0, nullptr, 0);
    for (std::size_t i = 0; i < strips; ++i) {
        Strip& s = done[i];
        adler = adler32_combine(adler, s.adler, static_cast<z_off_t>(s.length));
        char end[4] = {};
        if (i + 1 == strips) put32(reinterpret_cast<unsigned char*>(end), static_cast<std::uint32_t>(adler));
        chunk(out, "IDAT",
              {std::string_view(zlib_header, i == 0 ? 2 : 0), s.deflated,
               std::string_view(end, i + 1 == strips ? 4 : 0)});
        std::string().swap(s.deflated);
    }
    chunk(out, "IEND", {});
}

} // namespace rangemap::render
