// SPDX-License-Identifier: MIT
#pragma once
/// @file Turns a scenario into the Scene the renderer draws.

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include "layers/scene.hpp"

#include <vector>

namespace rangemap::scenario {

/// Builds the figure of a scenario: base map, buffers, rings, places and callouts.
/// @throws usage_error for unknown places, a ring centred on a feature, a bad colour.
layers::Scene scenario_scene(const Scenario& scenario, Session& session);

/// The small-multiples panels of a sweep question: one scene per swept radius, each with the
/// sites' rings at that radius, titled by the radius.
std::vector<layers::Scene> sweep_panels(const Scenario& scenario, const Question& sweep, Session& session);

} // namespace rangemap::scenario
