// SPDX-License-Identifier: MIT
#include "shared_boundaries.hpp"

#include <bit>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace rangemap {

namespace {

/// An edge with its ends in a fixed order, so that both directions meet in one key.
struct EdgeKey {
    double lon0, lat0, lon1, lat1;
    bool operator==(const EdgeKey&) const = default;
};

EdgeKey key_of(LonLat a, LonLat b) noexcept {
    // + 0.0 makes -0.0 into 0.0: equal values, and now equal bits for the hash.
    a = {a.lon + 0.0, a.lat + 0.0};
    b = {b.lon + 0.0, b.lat + 0.0};
    if (std::tie(b.lon, b.lat) < std::tie(a.lon, a.lat)) std::swap(a, b);
    return {a.lon, a.lat, b.lon, b.lat};
}

struct EdgeHash {
    std::size_t operator()(const EdgeKey& k) const noexcept {
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        for (const double v : {k.lon0, k.lat0, k.lon1, k.lat1}) {
            h ^= std::bit_cast<std::uint64_t>(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        }
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};

/// The first shape seen with an edge, and whether another shape has it too.
struct EdgeOwners {
    std::size_t first;
    bool shared;
};

template <class F>
void for_each_ring(std::span<const Geometry> shapes, F f) {
    for (std::size_t s = 0; s < shapes.size(); ++s) {
        for (const Polygon& p : shapes[s].polygons) {
            f(s, p.outer);
            for (const LinearRing& h : p.holes) f(s, h);
        }
    }
}

} // namespace

std::vector<LineString> shared_boundaries(std::span<const Geometry> shapes) {
    std::size_t edges = 0;
    for_each_ring(shapes, [&](std::size_t, const LinearRing& r) { edges += r.size(); });
    std::unordered_map<EdgeKey, EdgeOwners, EdgeHash> owners;
    owners.reserve(edges);
    for_each_ring(shapes, [&](std::size_t s, const LinearRing& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i) {
            const auto [it, added] = owners.try_emplace(key_of(r[i], r[i + 1]), EdgeOwners{s, false});
            if (!added && it->second.first != s) it->second.shared = true;
        }
    });

    std::vector<LineString> out;
    std::vector<char> mine; // per edge of a ring: shared, and given by this shape (the first)
    for_each_ring(shapes, [&](std::size_t s, const LinearRing& r) {
        if (r.size() < 2) return;
        const std::size_t m = r.size() - 1; // edges of the closed ring
        mine.assign(m, 0);
        std::size_t count = 0;
        for (std::size_t i = 0; i < m; ++i) {
            const EdgeOwners& o = owners.at(key_of(r[i], r[i + 1]));
            mine[i] = o.shared && o.first == s && !(r[i] == r[i + 1]);
            count += mine[i] ? 1 : 0;
        }
        if (count == 0) return;
        if (count == m) {
            out.emplace_back(r.begin(), r.end());
            return;
        }
        // Start after an edge that is not given, so that no run is cut at the ring's start.
        std::size_t start = 0;
        while (mine[start]) ++start;
        LineString run;
        for (std::size_t k = 1; k <= m; ++k) {
            const std::size_t i = (start + k) % m;
            if (mine[i]) {
                if (run.empty()) run.push_back(r[i]);
                run.push_back(r[i + 1]);
            } else if (!run.empty()) {
                out.push_back(std::move(run));
                run.clear();
            }
        }
        if (!run.empty()) out.push_back(std::move(run));
    });
    return out;
}

} // namespace rangemap
