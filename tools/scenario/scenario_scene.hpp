// SPDX-License-Identifier: MIT
#pragma once
/// @file Turns a scenario into the Scene the renderer draws.

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include "layers/scene.hpp"

#include <cstddef>
#include <vector>

namespace rangemap::scenario {

/// Builds the figure of a scenario: base map, buffers, rings, places and callouts.
/// @throws usage_error for unknown places, a ring centred on a feature, a bad colour.
layers::Scene scenario_scene(const Scenario& scenario, Session& session);

/// The small-multiples panels of a sweep question, built one at a time: one scene per swept
/// radius with the sites' reach at that radius, titled by the radius. The base map is the same
/// in every panel, so it is held once (shared_layers) and left out of the panels' scenes.
class SweepPanels {
public:
    /// @throws usage_error for a site that is unknown or not a point, or as scenario_scene.
    SweepPanels(const Scenario& scenario, const Question& sweep, Session& session);

    [[nodiscard]] std::size_t size() const noexcept { return m_radii.size(); }
    /// What every panel shows first, beneath its own layers: the base map.
    [[nodiscard]] const std::vector<layers::Layer>& shared_layers() const noexcept { return m_shared; }
    /// Panel `i` (0 .. size() - 1), without the shared layers.
    [[nodiscard]] layers::Scene panel(std::size_t i) const;

private:
    layers::Scene m_common; ///< what a panel shows besides the reach and the shared layers
    std::vector<layers::Layer> m_shared;
    std::vector<LonLat> m_sites;
    std::vector<Length> m_radii;
}; // class SweepPanels

} // namespace rangemap::scenario
