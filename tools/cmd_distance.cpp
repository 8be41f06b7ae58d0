// SPDX-License-Identifier: MIT
#include "commands.hpp"

#include "engine/error.hpp"
#include "engine/geo_point.hpp"
#include "engine/geodesic.hpp"
#include "engine/length.hpp"
#include "engine/text.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rangemap::cli {

namespace {

struct DistanceOptions {
    std::string from, to;
    std::string units = "km";
    bool json = false;
};

nlohmann::ordered_json place_json(const std::string& query, const std::string& name, LonLat p) {
    return {{"query", query}, {"name", name}, {"lat", p.lat}, {"lon", p.lon}};
}

void run_distance(const DistanceOptions& o, const CommonOptions&) {
    if (o.from.empty() || o.to.empty()) throw usage_error("distance needs FROM and TO places");
    const LengthUnit unit = parse_unit(o.units);
    const GeoPoint a = GeoPoint::parse(o.from);
    const GeoPoint b = GeoPoint::parse(o.to);
    const Inverse inv = Geodesic::wgs84().inverse(a.lonlat(), b.lonlat());
    if (o.json) {
        nlohmann::ordered_json j;
        j["from"] = place_json(o.from, o.from, a.lonlat());
        j["to"] = place_json(o.to, o.to, b.lonlat());
        j["distance_m"] = inv.distance_m;
        j["azimuth_deg"] = inv.azi1_deg;
        j["back_azimuth_deg"] = inv.azi2_deg;
        j["method"] = k_geodesic_method;
        j["ellipsoid"] = k_ellipsoid_name;
        std::puts(j.dump().c_str());
        return;
    }
    const Length d = Length::metres(inv.distance_m);
    std::printf("%s\n", fmt::format("from      {:.6f}, {:.6f}\nto        {:.6f}, {:.6f}\ndistance  {} ({} m)\n"
                                    "azimuth   {:.3f}° at from, {:.3f}° at to\nmethod    {}",
                                    a.lat(), a.lon(), b.lat(), b.lon(), format_length(d, unit, 1),
                                    format_number(inv.distance_m, 1), inv.azi1_deg, inv.azi2_deg, k_geodesic_method)
                            .c_str());
}

} // namespace

void add_distance_command(CLI::App& app, CommonOptions& common) {
    auto opts = std::make_shared<DistanceOptions>();
    CLI::App* cmd = app.add_subcommand("distance", "Geodesic distance on WGS84 between two places");
    cmd->add_option("FROM", opts->from, "Place: LAT,LON or a name")->required();
    cmd->add_option("TO", opts->to, "Place: LAT,LON or a name")->required();
    cmd->add_option("--units", opts->units, "Units for the text output: km, mi, nmi, m")->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print one JSON object");
    cmd->callback([opts, &common] { run_distance(*opts, common); });
}

} // namespace rangemap::cli
