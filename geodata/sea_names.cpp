// SPDX-License-Identifier: MIT
#include "sea_names.hpp"

#include "csv_points.hpp"
#include "default_data.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>

namespace rangemap::geodata {

std::string seas_csv_path() { return default_data_dir() + "/seas.csv"; }

LayerData read_sea_names(const std::string& path) {
    LayerData data = read_points_csv(path, "seas");
    constexpr std::array<std::string_view, 5> kinds{"sea", "strait", "channel", "ocean", "gulf"};
    for (std::size_t i = 0; i < data.features.size(); ++i) {
        auto& f = data.features[i];
        // Data rows counted from 1, below the header.
        const std::string where = fmt::format("{}: row {} ({})", path, i + 1, f.name);
        const std::string kind = to_lower(f.attribute("kind"));
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
            throw data_error(fmt::format("{}: kind '{}' is not sea, strait, channel, ocean or gulf", where, kind));
        }
        f.attributes["kind"] = kind;
        const std::string angle = f.attribute("angle");
        if (!angle.empty()) {
            const auto a = parse_double(angle);
            if (!a || *a < -90 || *a > 90) {
                throw data_error(fmt::format("{}: angle '{}' is not a number of degrees in -90..90", where, angle));
            }
        }
    }
    return data;
}

} // namespace rangemap::geodata
