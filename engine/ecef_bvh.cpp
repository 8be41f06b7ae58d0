// SPDX-License-Identifier: MIT
#include "ecef_bvh.hpp"

#include "angles.hpp"
#include "wgs84.hpp"

#include <numeric>

namespace rangemap {

namespace {
using wgs84::k_a;
using wgs84::k_b;
using wgs84::k_e2;
constexpr double k_rho_max = k_a * k_a / k_b; // largest radius of curvature (at the poles)
constexpr double k_rho_min = k_b * k_b / k_a; // smallest (meridian, at the equator)
constexpr std::uint32_t k_leaf = 6;
} // namespace

Vec3 ecef(LonLat p) noexcept {
    const double lat = p.lat * k_rad_per_deg, lon = p.lon * k_rad_per_deg;
    const double s = std::sin(lat), c = std::cos(lat);
    const double n = k_a / std::sqrt(1 - k_e2 * s * s);
    return {n * c * std::cos(lon), n * c * std::sin(lon), n * (1 - k_e2) * s};
}

double geodesic_lower_bound(double chord) noexcept {
    const double x = std::min(chord / (2 * k_rho_max), 1.0);
    return 2 * k_rho_max * std::asin(x);
}

double chord_upper_bound(double distance) noexcept {
    if (distance >= M_PI * k_rho_max) return 2 * k_rho_max;
    return 2 * k_rho_max * std::sin(distance / (2 * k_rho_max));
}

double geodesic_upper_bound(double chord) noexcept {
    if (chord > 1e7) return std::numeric_limits<double>::infinity();
    return 2 * k_rho_min * std::asin(std::min(chord / (2 * k_rho_min), 1.0)) * (1 + 1e-9) + 1e-3;
}

double chord_lower_bound(double distance) noexcept {
    if (!(distance > 0) || distance > 5e6) return 0;
    // Less a margin for rounding in the ECEF coordinates and the squared distances.
    return std::max(0.0, 2 * k_rho_min * std::sin(distance / (2 * k_rho_min)) * (1 - 1e-9) - 1e-3);
}

double arc_bulge(double chord) noexcept {
    // Sagitta of an arc of the most curved normal section, with margin for the small
    // departure of a geodesic from a plane curve.
    const double r = k_rho_min;
    const double h = chord >= 2 * r ? r : r - std::sqrt(r * r - chord * chord / 4);
    return 1.02 * h + 1e-6 * chord + 0.01;
}

void Bvh::build(const std::vector<Box3>& boxes) {
    m_nodes.clear();
    m_order.resize(boxes.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    if (boxes.empty()) return;
    std::vector<Vec3> centre(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box3& b = boxes[i];
        centre[i] = {(b.lo.x + b.hi.x) / 2, (b.lo.y + b.hi.y) / 2, (b.lo.z + b.hi.z) / 2};
    }
    m_nodes.reserve(2 * boxes.size() / k_leaf + 2);
    struct Task {
        std::uint32_t node, first, count;
    };
    std::vector<Task> tasks;
    m_nodes.push_back({});
    tasks.push_back({0, 0, static_cast<std::uint32_t>(boxes.size())});
    while (!tasks.empty()) {
        const Task t = tasks.back();
        tasks.pop_back();
        Box3 box, cbox;
        for (std::uint32_t i = t.first; i < t.first + t.count; ++i) {
            box.expand(boxes[m_order[i]]);
            cbox.expand(centre[m_order[i]]);
        }
        m_nodes[t.node].box = box;
        m_nodes[t.node].begin = t.first;
        m_nodes[t.node].end = t.first + t.count;
        if (t.count <= k_leaf) {
            m_nodes[t.node].first = t.first;
            m_nodes[t.node].count = t.count;
            continue;
        }
        const double ex = cbox.hi.x - cbox.lo.x, ey = cbox.hi.y - cbox.lo.y, ez = cbox.hi.z - cbox.lo.z;
        const int axis = ex >= ey && ex >= ez ? 0 : (ey >= ez ? 1 : 2);
        const auto key = [&](std::uint32_t i) {
            return axis == 0 ? centre[i].x : axis == 1 ? centre[i].y : centre[i].z;
        };
        const std::uint32_t half = t.count / 2;
        std::nth_element(m_order.begin() + t.first, m_order.begin() + t.first + half,
                         m_order.begin() + t.first + t.count,
                         [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
        const auto left = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes.push_back({});
        m_nodes.push_back({});
        m_nodes[t.node].first = left;
        m_nodes[t.node].count = 0;
        tasks.push_back({left, t.first, half});
        tasks.push_back({left + 1, t.first + half, t.count - half});
    }
}

} // namespace rangemap
