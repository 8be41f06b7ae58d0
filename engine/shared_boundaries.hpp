// SPDX-License-Identifier: MIT
#pragma once
/// @file The boundaries neighbouring shapes have in common: the borders between countries,
/// without their coasts.

#include "geometry.hpp"

#include <span>
#include <vector>

namespace rangemap {

/// The edges of the polygon rings of `shapes` that a ring of another shape also has (in either
/// direction), joined into lines: each a maximal run of consecutive shared edges of one ring,
/// given once. Vertices compare exactly, as in data whose neighbours share their border
/// vertices (Natural Earth's countries). Edges a shape shares only with itself are left out.
std::vector<LineString> shared_boundaries(std::span<const Geometry> shapes);

} // namespace rangemap
