// SPDX-License-Identifier: MIT
#pragma once
/// @file Decoded PNG pixels and image comparison, for the tests of rendered figures.

#include <cstdint>
#include <string_view>
#include <vector>

namespace rangemap::render {

/// An image as 8-bit RGBA pixels (not premultiplied), rows top to bottom.
struct Raster {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; ///< 4 bytes per pixel

    struct Pixel {
        int r, g, b, a;
    };
    [[nodiscard]] Pixel at(int x, int y) const noexcept {
        const std::size_t i = 4 * (static_cast<std::size_t>(y) * width + x);
        return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
    }
};

/// Decodes PNG bytes (any colour type Cairo reads). @throws data_error when they are not a PNG.
Raster decode_png(std::string_view bytes);

/// Pixels whose colour differs by more than `threshold` (0..255) in any channel, with
/// transparency composed over white. Images of different sizes differ everywhere.
std::size_t count_differing_pixels(const Raster& a, const Raster& b, int threshold);

} // namespace rangemap::render
