// SPDX-License-Identifier: MIT
#include "tools/scenario/scenario_answers.hpp"

#include "tools/scenario/place_query.hpp"
#include "tools/scenario/verb_answers.hpp"

#include "engine/area_pieces.hpp"
#include "engine/coverage.hpp"
#include "engine/error.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace rangemap::scenario {

namespace {

const char* k_point_method = "geodesic distances on WGS84 (Karney 2013; accurate to about 15 nm)";
const char* k_area_method =
    "land area: union of the geodesic range rings (vertices within 1 m of the radius) intersected with the "
    "Natural Earth country polygons, ellipsoidal area on WGS84";

std::string km(Length l) { return format_length(l, LengthUnit::km, 1); }

std::vector<ResolvedPlace> resolve_all(Session& session, const std::vector<std::string>& names) {
    std::vector<ResolvedPlace> out;
    for (const auto& n : names) out.push_back(session.resolve(n));
    return out;
}

std::vector<Geometry> geometries(const std::vector<ResolvedPlace>& places) {
    std::vector<Geometry> out;
    for (const auto& p : places) out.push_back(p.feature.geometry);
    return out;
}

std::vector<Geometry> geometries(const std::vector<Feature>& features) {
    std::vector<Geometry> out;
    for (const auto& f : features) out.push_back(f.geometry);
    return out;
}

/// The countries cut into pieces for overlays, kept by the session (one cut per country).
std::vector<std::shared_ptr<const AreaPieces>> pieces_of(Session& session,
                                                         const std::vector<ResolvedPlace>& countries) {
    std::vector<std::shared_ptr<const AreaPieces>> out;
    for (const auto& c : countries) out.push_back(session.pieces_of(c));
    return out;
}

std::vector<const AreaPieces*> areas_of(const std::vector<std::shared_ptr<const AreaPieces>>& pieces) {
    std::vector<const AreaPieces*> out;
    for (const auto& p : pieces) out.push_back(p.get());
    return out;
}

/// Sites for land coverage: points only, since a ring needs a centre.
std::vector<LonLat> site_points(const std::vector<ResolvedPlace>& sites) {
    std::vector<LonLat> out;
    for (const auto& s : sites) {
        if (!s.is_point())
            throw usage_error(fmt::format("site '{}' is not a point; coverage needs point sites", s.query));
        out.push_back(s.point());
    }
    return out;
}

/// The travel time column and cells, when the scenario gives a speed.
void add_time_column(Answer& ans, const std::optional<Speed>& speed) {
    if (speed) ans.columns.push_back({"time_min", fmt::format("time at {} (min)", speed->text()), 1});
}

/// Where each layer of `features` comes from, each once.
std::vector<geodata::DataProvenance> provenance_of(Session& session, const std::vector<Feature>& features) {
    std::vector<geodata::DataProvenance> out;
    std::vector<std::string> layers;
    for (const auto& f : features) {
        if (std::find(layers.begin(), layers.end(), f.layer) != layers.end()) continue;
        layers.push_back(f.layer);
        out.push_back(session.provenance_of(f.layer));
    }
    return out;
}

std::vector<geodata::DataProvenance> provenance_of(Session& session, const std::vector<ResolvedPlace>& places) {
    std::vector<geodata::DataProvenance> out;
    for (const auto& p : places) out.push_back(session.provenance_of(p.layer));
    return out;
}

Answer answer_distance(const Question& q, Session& session, const std::optional<Speed>& speed) {
    const DistanceAnswer answer = distance_answer(session, q.from, q.to);
    const ResolvedPlace &a = answer.from, &b = answer.to;
    const PlaceDistance& d = answer.distance;
    Answer ans{q.id, "distance", fmt::format("distance from {} to {}", a.name, b.name), d.method, {}, {},
               {},   answer.data};
    ans.columns = {{"from", "from", 0},
                   {"to", "to", 0},
                   {"distance_km", "distance (km)", 1},
                   {"distance_nmi", "distance (nmi)", 1},
                   {"from_lat", "from lat", 4},
                   {"from_lon", "from lon", 4},
                   {"to_lat", "to lat", 4},
                   {"to_lon", "to lon", 4},
                   {"azimuth_deg", "azimuth (°)", 1}};
    add_time_column(ans, speed);
    ans.rows.push_back({a.name, b.name, d.distance_m / 1000.0, Length::metres(d.distance_m).in(LengthUnit::nmi),
                        d.from.lat, d.from.lon, d.to.lat, d.to.lon, d.azimuth_deg});
    if (speed) ans.rows.back().emplace_back(speed->seconds_for(d.distance_m) / 60);
    if (!a.is_point() || !b.is_point()) ans.notes.push_back("from/to are the witness points that realise the minimum");
    return ans;
}

Answer answer_within(const Question& q, Session& session, const std::optional<Speed>& speed) {
    const ResolvedPlace centre = session.resolve(q.centre);
    const auto targets = select_places(session, q.targets);
    std::vector<const Feature*> candidates;
    for (const auto& t : targets) candidates.push_back(&t);
    const auto hits = places_within(centre, q.radius, candidates);
    Answer ans{q.id,
               "within",
               fmt::format("places of layer '{}' within {} of {}", q.targets.layer, km(q.radius), centre.name),
               centre.is_point() ? k_point_method : "minimum geodesic distance to the feature on WGS84 (within 1 m)",
               {},
               {},
               {},
               {}};
    ans.columns = {
        {"name", "name", 0}, {"kind", "kind", 0}, {"country", "country", 0}, {"distance_km", "distance (km)", 1}};
    add_time_column(ans, speed);
    for (const auto& h : hits) {
        ans.rows.push_back(
            {h.feature->name, h.feature->attribute("kind"), h.feature->attribute("country"), h.distance_m / 1000.0});
        if (speed) ans.rows.back().emplace_back(speed->seconds_for(h.distance_m) / 60);
    }
    ans.notes.push_back(fmt::format("{} of {} places are within {}", hits.size(), targets.size(), km(q.radius)));
    ans.data = {{session.provenance_of(centre.layer)}, provenance_of(session, targets)};
    return ans;
}

std::vector<Answer> answer_coverage(const Question& q, Session& session) {
    const auto sites = resolve_all(session, q.sites);
    const auto targets = select_places(session, q.targets);
    const DistanceMatrix dist = distance_matrix(geometries(sites), geometries(targets));
    std::vector<std::string> site_names;
    for (const auto& s : sites) site_names.push_back(s.name);

    Answer ans{q.id, "coverage", "", k_point_method, {}, {}, {}, {}};
    std::string radii_text;
    for (const auto& r : q.radii) radii_text += (radii_text.empty() ? "" : ", ") + km(r);
    const std::string beyond =
        q.min_radius.metres() > 0 ? fmt::format(" and beyond {}", km(q.min_radius)) : std::string();
    ans.question = fmt::format("which places of layer '{}' lie within {}{} of the sites ({})", q.targets.layer,
                               radii_text, beyond, fmt::join(site_names, ", "));
    ans.columns = {{"target", "target", 0},
                   {"country", "country", 0},
                   {"nearest_site", "nearest site", 0},
                   {"nearest_km", "nearest (km)", 1}};
    for (const auto& r : q.radii) {
        ans.columns.push_back({fmt::format("sites_within_{:.0f}km", r.km()), fmt::format("sites ≤ {}", km(r)), 0});
    }
    const auto coverage = target_coverage(dist, q.radii, q.min_radius);
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const TargetCoverage& c = coverage[t];
        std::vector<Cell> row{targets[t].name, targets[t].attribute("country"), sites[c.nearest_site].name,
                              c.nearest_m / 1000.0};
        for (const std::size_t n : c.sites_within) row.emplace_back(std::in_place_type<long long>, n);
        ans.rows.push_back(std::move(row));
    }
    ans.data = {provenance_of(session, sites), provenance_of(session, targets)};
    std::vector<Answer> out{std::move(ans)};

    if (!q.area_countries.empty()) {
        const auto countries = resolve_all(session, q.area_countries);
        const auto points = site_points(sites);
        Answer area{q.id + ".area",
                    "coverage",
                    "land area within reach of any site, per country" + beyond,
                    k_area_method,
                    {},
                    {},
                    {},
                    {}};
        area.columns = {{"country", "country", 0},
                        {"radius_km", "radius (km)", 0},
                        {"covered_km2", "covered (km²)", 0},
                        {"country_km2", "country (km²)", 0},
                        {"covered_percent", "covered (%)", 1}};
        const auto pieces = pieces_of(session, countries);
        for (const auto& r : q.radii) {
            // The session's rings: the figure draws the same ones.
            std::vector<std::shared_ptr<const RangeRing>> rings;
            std::vector<const Geometry*> areas;
            for (const LonLat p : points)
                areas.push_back(&rings.emplace_back(session.annulus_of(p, r, q.min_radius))->area);
            const auto covered = land_within_m2(areas, areas_of(pieces));
            for (std::size_t c = 0; c < countries.size(); ++c) {
                const double total = pieces[c]->area_m2();
                area.rows.push_back({countries[c].name, r.km(), covered[c] / 1e6, total / 1e6,
                                     total > 0 ? 100.0 * covered[c] / total : 0.0});
            }
        }
        area.data = {provenance_of(session, sites), provenance_of(session, countries)};
        out.push_back(std::move(area));
    }
    return out;
}

Answer answer_sweep(const Question& q, Session& session, const Progress& progress) {
    const auto sites = resolve_all(session, q.sites);
    const auto targets = select_places(session, q.targets);
    const auto countries = resolve_all(session, q.area_countries);
    const DistanceMatrix dist = distance_matrix(geometries(sites), geometries(targets));
    const std::vector<LonLat> points = countries.empty() ? std::vector<LonLat>{} : site_points(sites);

    Answer ans{q.id, "sweep", "", k_point_method, {}, {}, {}, {}};
    ans.question = fmt::format("coverage of layer '{}' ({} places) from {} sites as the radius goes from {} to {}",
                               q.targets.layer, targets.size(), sites.size(), km(q.radii.front()), km(q.radii.back()));
    ans.columns = {{"radius_km", "radius (km)", 0},
                   {"targets_covered", "targets covered", 0},
                   {"targets_percent", "targets (%)", 1},
                   {"max_sites_on_a_target", "most sites on one target", 0}};
    for (const auto& c : countries) {
        ans.columns.push_back({fmt::format("area_{}_km2", fold_name(c.name)), fmt::format("{} land (km²)", c.name), 0});
    }
    if (!countries.empty()) ans.method = std::string(k_point_method) + "; " + k_area_method;
    const auto pieces = pieces_of(session, countries);
    for (const SweepStep& step : sweep_radius(dist, points, q.radii, areas_of(pieces), progress)) {
        const auto covered = static_cast<long long>(step.targets_covered);
        std::vector<Cell> row{step.radius.km(), covered, targets.empty() ? 0.0 : 100.0 * covered / targets.size(),
                              static_cast<long long>(step.most_sites_on_target)};
        for (const double a : step.covered_m2) row.emplace_back(std::in_place_type<double>, a / 1e6);
        ans.rows.push_back(std::move(row));
    }
    ans.data = {provenance_of(session, sites), provenance_of(session, targets)};
    for (auto& c : provenance_of(session, countries)) ans.data.to.push_back(std::move(c));
    return ans;
}

} // namespace

std::vector<Answer> answer_questions(const Scenario& scenario, Session& session, const Progress& progress) {
    std::vector<Answer> out;
    for (const auto& q : scenario.questions) {
        switch (q.kind) {
        case QuestionKind::distance: out.push_back(answer_distance(q, session, scenario.speed)); break;
        case QuestionKind::within: out.push_back(answer_within(q, session, scenario.speed)); break;
        case QuestionKind::coverage:
            for (auto& a : answer_coverage(q, session)) out.push_back(std::move(a));
            break;
        case QuestionKind::sweep: out.push_back(answer_sweep(q, session, progress)); break;
        }
    }
    return out;
}

} // namespace rangemap::scenario
