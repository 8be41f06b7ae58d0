// SPDX-License-Identifier: MIT
#pragma once
/// @file Where a zoom inset goes on the page and how it is joined to its frame on the map: pure
/// page geometry, no Cairo and no projection, so it can be tested on its own. renderers-internal.

#include "geometry_types.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace rangemap::render {

/// Which callout an automatic inset zooms on: the shortest of those whose page length (nullopt:
/// not wholly on the map) is under `trigger` × `map_width` (page units); nullopt when none is.
std::optional<std::size_t> short_callout(const std::vector<std::optional<double>>& page_lengths, double map_width,
                                         double trigger);

/// The places a `w` × `h` inset may take inside `map`, `margin` in from its edges: the four
/// corners, then the middles of the four edges.
std::vector<Box> inset_positions(const Box& map, double w, double h, double margin);

/// The position of least `cost` among `positions` (ties: the earlier) that meets none of `taken`
/// (legend, scale bar, the inset's own frame on the map) and covers none of `keep` (a callout's
/// line and ends); nullopt when every one does.
std::optional<Box> choose_inset_box(const std::vector<Box>& positions, const std::vector<Box>& taken,
                                    const std::vector<PagePoint>& keep, const std::function<double(const Box&)>& cost);

using Segment = std::pair<PagePoint, PagePoint>;

/// The two leader lines from a frame on the map (`frame`, the box round its outline) to the
/// inset (`inset`): the edges of the convex hull of the boxes' eight corners that run from one
/// box to the other. Empty when the boxes meet.
std::vector<Segment> leader_lines(const Box& frame, const Box& inset);

} // namespace rangemap::render
