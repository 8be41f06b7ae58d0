// SPDX-License-Identifier: MIT
#pragma once
/// @file What one run of `rangemap` has loaded: data sources and the names they provide.
/// Data is loaded lazily, on the first call that needs it.

#include "commands.hpp"
#include "place_resolver.hpp"

#include "engine/geometry.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rangemap::geodata {
struct LayerData;
class Gazetteer;
} // namespace rangemap::geodata

namespace rangemap::cli {

class Session {
public:
    explicit Session(const CommonOptions& options);
    ~Session();

    /// Resolves a PLACE: coordinates first ("24.47,123.0", "13.58N 144.93E"), then a name
    /// from the loaded layers. @throws usage_error for unknown (with the closest names)
    /// or ambiguous names (with the candidates and their layers).
    ResolvedPlace resolve(const std::string& text);

    /// Every loaded layer (defaults first, then --data sources in order).
    const std::vector<geodata::LayerData>& layers();
    /// The loaded layers whose features are all points.
    std::vector<const geodata::LayerData*> point_layers();
    /// A loaded layer by name. @throws usage_error listing the layer names.
    const geodata::LayerData& layer(const std::string& name);
    const geodata::Gazetteer& gazetteer();

private:
    void load();
    const CommonOptions& m_options;
    std::vector<geodata::LayerData> m_layers;
    std::unique_ptr<geodata::Gazetteer> m_gazetteer;
    bool m_loaded = false;
}; // class Session

} // namespace rangemap::cli
