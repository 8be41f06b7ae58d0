// SPDX-License-Identifier: MIT
#include "outline_labels.hpp"

#include "engine/angles.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace rangemap::render {

namespace {

/// The page direction of the outline across `span` page units around `s`, degrees
/// counter-clockwise from east (the page's y grows downwards).
double direction_deg(const OutlinePiece& piece, double s, double span) {
    const PagePoint a = piece.at(s - span / 2), b = piece.at(s + span / 2);
    return std::atan2(a.y - b.y, b.x - a.x) * k_deg_per_rad;
}

/// Into (-180, 180].
double wrapped(double deg) {
    const double r = std::remainder(deg, 360.0);
    return r <= -180.0 ? r + 360.0 : r;
}

Box united(const Box& a, const Box& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool clear_of_others(const PathPlacement& p, const OutlineIndex& others, std::size_t owner, double clearance) {
    return std::none_of(p.glyphs.begin(), p.glyphs.end(),
                        [&](const TextBlock::GlyphPose& g) { return others.other_within(g.at, clearance, owner); });
}

/// The text along `piece` with its middle `s` page units along, or nothing where it does not
/// fit, would read upside down, bends too much, leaves `spec.area` or comes near another
/// outline than `owner`'s (each glyph checked as it is placed: most positions fail early).
std::optional<PathPlacement> along(const OutlinePiece& piece, double s, const OutlineLabelSpec& spec,
                                   const OutlineIndex& others, std::size_t owner) {
    const double half = spec.width / 2;
    if (s - half < 0 || s + half > piece.length()) return std::nullopt;
    // Off the map in the middle, off it as a whole: skip measuring every glyph (most of a ring).
    if (!spec.area.contains(piece.at(s))) return std::nullopt;
    const double mid = direction_deg(piece, s, std::max(spec.height, 2.0));
    // Read the way that keeps the text's middle within ±90° of the horizontal; upright (90°)
    // reads bottom to top.
    const bool forward = mid > -90.0 && mid <= 90.0;
    PathPlacement out;
    out.centre = piece.at(s);
    out.angle_deg = forward ? mid : wrapped(mid + 180.0);
    bool first = true;
    double lo = 0, hi = 0;
    for (const auto& g : spec.glyphs) {
        const double t = forward ? s - half + g.centre : s + half - g.centre;
        const double a = wrapped(direction_deg(piece, t, std::max(g.advance, 1.0)) + (forward ? 0.0 : 180.0));
        if (std::abs(a) > k_max_glyph_angle_deg) return std::nullopt;
        // Bend measured from the middle's direction, so a text across ±180° is not mistaken for a bent one.
        const double rel = wrapped(a - out.angle_deg);
        lo = first ? rel : std::min(lo, rel);
        hi = first ? rel : std::max(hi, rel);
        const PagePoint at = piece.at(t);
        const Box b = rotated_box(at, g.advance, spec.height, a);
        if (!spec.area.contains(b) || others.other_within(at, spec.clearance, owner)) return std::nullopt;
        out.box = first ? b : united(out.box, b);
        first = false;
        out.glyphs.push_back({at, a});
    }
    if (first || hi - lo > k_max_bend_deg) return std::nullopt;
    return out;
}

/// Steepest an outline may run for level text to rest on it rather than straddle it, degrees.
constexpr double k_rest_deg = 15.0;

/// The text level at the outline point `s` along: for an outline too short or too bent to carry
/// the text along it. Where the outline runs about level the text rests on it, on its outer
/// side (away from `spec.centre`); elsewhere its middle straddles it.
PathPlacement level(const OutlinePiece& piece, double s, const OutlineLabelSpec& spec) {
    PathPlacement out;
    out.centre = piece.at(s);
    // Ranked by the outline's own direction: level text hides most of an outline that runs level.
    const double d = direction_deg(piece, s, std::max(spec.height, 2.0));
    out.angle_deg = std::abs(d) > 90.0 ? wrapped(d + 180.0) : d;
    PagePoint mid = out.centre;
    if (std::abs(out.angle_deg) <= k_rest_deg) {
        out.astride = false;
        const double shift = 0.6 * spec.height;
        mid.y += out.centre.y <= spec.centre.y ? -shift : shift;
    }
    out.box = Box::around(mid, spec.width / 2, spec.height / 2);
    for (const auto& g : spec.glyphs) out.glyphs.push_back({{mid.x - spec.width / 2 + g.centre, mid.y}, 0});
    return out;
}

/// Sort key of a position: how steep, then how far (in 10° steps, alternating sides) its
/// bearing lies from the preferred one, then how far within its step.
struct Rank {
    int steepness;
    int step;
    double within;
    bool operator<(const Rank& o) const noexcept {
        if (steepness != o.steepness) return steepness < o.steepness;
        if (step != o.step) return step < o.step;
        return within < o.within;
    }
};

Rank rank_of(const PathPlacement& p, const OutlineLabelSpec& spec) {
    const double a = std::abs(p.angle_deg);
    const int steepness = a <= 30.0 ? 0 : a <= 60.0 ? 1 : 2;
    const double bearing = std::atan2(spec.centre.y - p.centre.y, p.centre.x - spec.centre.x) * k_deg_per_rad;
    const double off = std::remainder(bearing - spec.prefer_deg, 360.0);
    const long k = std::lround(off / 10.0);
    // 0, -10°, +10°, -20°, ...: as 50°, 40°, 60°, 30° from east for the upper right.
    const int step = static_cast<int>(k < 0 ? -2 * k - 1 : 2 * k);
    return {steepness, step, std::abs(off - 10.0 * static_cast<double>(k))};
}

} // namespace

Box rotated_box(PagePoint c, double w, double h, double angle_deg) noexcept {
    const double a = angle_deg * k_rad_per_deg;
    const double hw = 0.5 * (std::abs(w * std::cos(a)) + std::abs(h * std::sin(a)));
    const double hh = 0.5 * (std::abs(w * std::sin(a)) + std::abs(h * std::cos(a)));
    return Box::around(c, hw, hh);
}

std::vector<PathPlacement> outline_label_candidates(const std::vector<OutlinePiece>& own, const OutlineIndex& others,
                                                    std::size_t owner, const OutlineLabelSpec& spec) {
    const double step = std::max(spec.step, 0.5);
    std::vector<std::pair<Rank, PathPlacement>> found;
    for (const auto& piece : own) {
        for (double s = spec.width / 2; s <= piece.length() - spec.width / 2; s += step) {
            auto p = along(piece, s, spec, others, owner);
            if (!p) continue;
            found.emplace_back(rank_of(*p, spec), std::move(*p));
        }
    }
    if (found.empty()) {
        // No stretch carries the text along it: level text at an outline point, still clear of
        // the other outlines.
        for (const auto& piece : own) {
            for (double s = 0; s <= piece.length(); s += step) {
                PathPlacement p = level(piece, s, spec);
                if (!spec.area.contains(p.box) || !clear_of_others(p, others, owner, spec.clearance)) continue;
                Rank r = rank_of(p, spec);
                // Resting on the outline reads best; straddling it, the steeper the worse.
                r.steepness = p.astride ? 1 + r.steepness : 0;
                p.angle_deg = 0;
                found.emplace_back(r, std::move(p));
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<PathPlacement> out;
    out.reserve(found.size());
    for (auto& [rank, p] : found) out.push_back(std::move(p));
    return out;
}

} // namespace rangemap::render
