// SPDX-License-Identifier: MIT
#include "shared_boundaries.hpp"

#include <bit>
#include <cstdint>
#include <tuple>

namespace rangemap {

namespace {

/// An edge as 64 bits, the same for both directions. Two different edges meet in one key
/// about once in 2^64 / n^2 runs of n edges: a stray piece of border, never a lost one.
std::uint64_t key_of(LonLat a, LonLat b) noexcept {
    const auto mix = [](std::uint64_t h, double v) {
        // + 0.0 makes -0.0 into 0.0: equal values, and now equal bits.
        h ^= std::bit_cast<std::uint64_t>(v + 0.0) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h * 0xff51afd7ed558ccdULL;
    };
    if (std::tie(b.lon, b.lat) < std::tie(a.lon, a.lat)) std::swap(a, b);
    const std::uint64_t h = mix(mix(mix(mix(0, a.lon), a.lat), b.lon), b.lat);
    return (h ^ (h >> 33)) | 1; // never 0, the empty slot's mark
}

/// The first shape seen with each edge, and whether another shape has it too: open
/// addressing, as the edges of a map's countries number in the tens of thousands.
class EdgeTable {
public:
    explicit EdgeTable(std::size_t edges) {
        std::size_t size = 16;
        while (size < 2 * edges) size *= 2;
        m_slots.resize(size);
    }

    void add(std::uint64_t key, std::size_t shape) {
        Slot& s = find(key);
        if (s.key == 0) {
            s = {key, static_cast<std::uint32_t>(shape), false};
        } else if (s.first != shape) {
            s.shared = true;
        }
    }

    /// Whether the edge is shared and `shape` gives it (it was first seen there).
    [[nodiscard]] bool given_by(std::uint64_t key, std::size_t shape) {
        const Slot& s = find(key);
        return s.key != 0 && s.shared && s.first == shape;
    }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t first = 0; // a shape's index
        bool shared = false;
    };

    Slot& find(std::uint64_t key) {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = key & mask;; i = (i + 1) & mask) {
            if (m_slots[i].key == key || m_slots[i].key == 0) return m_slots[i];
        }
    }

    std::vector<Slot> m_slots;
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
    EdgeTable table(edges);
    for_each_ring(shapes, [&](std::size_t s, const LinearRing& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i) table.add(key_of(r[i], r[i + 1]), s);
    });

    std::vector<LineString> out;
    std::vector<char> mine; // per edge of a ring: shared, and given by this shape (the first)
    for_each_ring(shapes, [&](std::size_t s, const LinearRing& r) {
        if (r.size() < 2) return;
        const std::size_t m = r.size() - 1; // edges of the closed ring
        mine.assign(m, 0);
        std::size_t count = 0;
        for (std::size_t i = 0; i < m; ++i) {
            mine[i] = !(r[i] == r[i + 1]) && table.given_by(key_of(r[i], r[i + 1]), s);
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
