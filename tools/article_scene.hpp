// SPDX-License-Identifier: MIT
#pragma once
/// @file The built-in article figure: East Asia, 1,000 km rings, US bases, Taiwan-Japan distance.

#include "commands.hpp"

#include "layers/scene.hpp"

namespace rangemap::cli {

layers::Scene article_scene(const CommonOptions& common);

} // namespace rangemap::cli
