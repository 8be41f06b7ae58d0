// SPDX-License-Identifier: MIT
#include "scenario_session.hpp"

#include "geodata/ogr_reader.hpp"

#include <filesystem>

namespace rangemap::cli {

CommonOptions options_for(const Scenario& scenario, const CommonOptions& common) {
    namespace fs = std::filesystem;
    CommonOptions out = common;
    if (!scenario.data.defaults) out.no_default_data = true;
    const fs::path base = fs::path(scenario.file).parent_path();
    for (const auto& spec : scenario.data.sources) {
        const auto [path, layer] = geodata::split_source_spec(spec);
        const fs::path p(path);
        std::string resolved = spec;
        if (p.is_relative() && !base.empty() && fs::exists(base / p)) {
            resolved = (base / p).string() + (layer.empty() ? "" : ":" + layer);
        }
        out.data.push_back(resolved);
    }
    return out;
}

} // namespace rangemap::cli
