// SPDX-License-Identifier: MIT
#pragma once
/// @file The built-in article figure: East Asia, 1,000 km geodesic rings around Kadena,
/// Yonaguni and Sasebo, the US bases in Japan, and the Taiwan–Japan minimum distance.

#include "commands.hpp"

#include "engine/geometry.hpp"
#include "layers/scene.hpp"

#include <optional>

namespace rangemap::cli {

/// The article's default extent: 115–150°E, 18–42°N.
inline constexpr BBox k_article_extent{115, 18, 150, 42};

/// Builds the figure. @param extent the map extent (default k_article_extent); the base map
/// is read for it only. @throws data_error when the default data cannot be read.
layers::Scene article_scene(const CommonOptions& common, const std::optional<BBox>& extent = std::nullopt);

} // namespace rangemap::cli
