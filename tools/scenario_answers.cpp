// SPDX-License-Identifier: MIT
#include "scenario_answers.hpp"

#include "place_query.hpp"

#include "engine/area.hpp"
#include "engine/error.hpp"
#include "engine/geodesic.hpp"
#include "engine/overlay.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace rangemap::cli {

namespace {

const char* k_point_method = "geodesic distances on WGS84 (Karney 2013; accurate to about 15 nm)";
const char* k_area_method =
    "land area: union of the geodesic range rings (vertices within 1 m of the radius) intersected with the "
    "Natural Earth country polygons, ellipsoidal area on WGS84";

std::string km(Length l) { return format_length(l, LengthUnit::km, 1); }

double distance_to(const ResolvedPlace& from, const Feature& target) {
    ResolvedPlace t{target.name, target.name, target.layer, target};
    return distance_between(from, t).distance_m;
}

std::vector<ResolvedPlace> resolve_all(Session& session, const std::vector<std::string>& names) {
    std::vector<ResolvedPlace> out;
    for (const auto& n : names) out.push_back(session.resolve(n));
    return out;
}

Answer answer_distance(const Question& q, Session& session) {
    const ResolvedPlace a = session.resolve(q.from), b = session.resolve(q.to);
    const PlaceDistance d = distance_between(a, b);
    Answer ans{q.id, "distance", fmt::format("distance from {} to {}", a.name, b.name), d.method, {}, {}, {}};
    ans.columns = {{"from", "from", 0}, {"to", "to", 0}, {"distance_km", "distance (km)", 1},
                   {"distance_nmi", "distance (nmi)", 1}, {"from_lat", "from lat", 4}, {"from_lon", "from lon", 4},
                   {"to_lat", "to lat", 4}, {"to_lon", "to lon", 4}, {"azimuth_deg", "azimuth (°)", 1}};
    ans.rows.push_back({a.name, b.name, d.distance_m / 1000.0, d.distance_m / 1852.0, d.from.lat, d.from.lon, d.to.lat,
                        d.to.lon, d.azimuth_deg});
    if (!a.is_point() || !b.is_point()) ans.notes.push_back("from/to are the witness points that realise the minimum");
    return ans;
}

Answer answer_within(const Question& q, Session& session) {
    const ResolvedPlace centre = session.resolve(q.centre);
    const auto targets = select_places(session, q.targets);
    struct Hit {
        const Feature* f;
        double d;
    };
    std::vector<Hit> hits;
    for (const auto& t : targets) {
        if (t.name == centre.name && centre.is_point()) continue;
        const double d = distance_to(centre, t);
        if (d <= q.radius.metres()) hits.push_back({&t, d});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.d < b.d; });
    Answer ans{q.id, "within", fmt::format("places of layer '{}' within {} of {}", q.targets.layer, km(q.radius), centre.name),
               centre.is_point() ? k_point_method : "minimum geodesic distance to the feature on WGS84 (within 1 m)",
               {}, {}, {}};
    ans.columns = {{"name", "name", 0}, {"kind", "kind", 0}, {"country", "country", 0}, {"distance_km", "distance (km)", 1}};
    for (const auto& h : hits) {
        ans.rows.push_back({h.f->name, h.f->attribute("kind"), h.f->attribute("country"), h.d / 1000.0});
    }
    ans.notes.push_back(fmt::format("{} of {} places are within {}", hits.size(), targets.size(), km(q.radius)));
    return ans;
}

/// Distances from every site to every target, computed once.
std::vector<std::vector<double>> distance_matrix(const std::vector<ResolvedPlace>& sites, const std::vector<Feature>& targets) {
    std::vector<std::vector<double>> m(sites.size(), std::vector<double>(targets.size()));
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (std::size_t t = 0; t < targets.size(); ++t) m[s][t] = distance_to(sites[s], targets[t]);
    }
    return m;
}

/// Land of each country within `radius` of any site, m².
std::vector<double> covered_areas(const std::vector<ResolvedPlace>& sites, Length radius,
                                  const std::vector<ResolvedPlace>& countries) {
    std::vector<Geometry> rings;
    for (const auto& s : sites) {
        if (!s.is_point()) throw usage_error(fmt::format("site '{}' is not a point; coverage needs point sites", s.query));
        rings.push_back(range_ring(s.point(), radius).area);
    }
    const Geometry reach = union_areas(rings);
    std::vector<double> out;
    for (const auto& c : countries) out.push_back(area_m2(intersect_areas(reach, c.feature.geometry)));
    return out;
}

std::vector<Answer> answer_coverage(const Question& q, Session& session) {
    const auto sites = resolve_all(session, q.sites);
    const auto targets = select_places(session, q.targets);
    const auto dist = distance_matrix(sites, targets);
    std::vector<std::string> site_names;
    for (const auto& s : sites) site_names.push_back(s.name);

    Answer ans{q.id, "coverage", "", k_point_method, {}, {}, {}};
    std::string radii_text;
    for (const auto& r : q.radii) radii_text += (radii_text.empty() ? "" : ", ") + km(r);
    ans.question = fmt::format("which places of layer '{}' lie within {} of the sites ({})", q.targets.layer,
                               radii_text, fmt::join(site_names, ", "));
    ans.columns = {{"target", "target", 0}, {"country", "country", 0}, {"nearest_site", "nearest site", 0},
                   {"nearest_km", "nearest (km)", 1}};
    for (const auto& r : q.radii) {
        ans.columns.push_back({fmt::format("sites_within_{:.0f}km", r.km()), fmt::format("sites ≤ {}", km(r)), 0});
    }
    for (std::size_t t = 0; t < targets.size(); ++t) {
        std::size_t best = 0;
        for (std::size_t s = 1; s < sites.size(); ++s) {
            if (dist[s][t] < dist[best][t]) best = s;
        }
        std::vector<Cell> row{targets[t].name, targets[t].attribute("country"), sites[best].name, dist[best][t] / 1000.0};
        for (const auto& r : q.radii) {
            long long n = 0;
            for (std::size_t s = 0; s < sites.size(); ++s) n += dist[s][t] <= r.metres() ? 1 : 0;
            row.push_back(n);
        }
        ans.rows.push_back(std::move(row));
    }
    std::vector<Answer> out{std::move(ans)};

    if (!q.area_countries.empty()) {
        const auto countries = resolve_all(session, q.area_countries);
        Answer area{q.id + ".area", "coverage", "land area within reach of any site, per country", k_area_method, {}, {}, {}};
        area.columns = {{"country", "country", 0}, {"radius_km", "radius (km)", 0}, {"covered_km2", "covered (km²)", 0},
                        {"country_km2", "country (km²)", 0}, {"covered_percent", "covered (%)", 1}};
        for (const auto& r : q.radii) {
            const auto covered = covered_areas(sites, r, countries);
            for (std::size_t c = 0; c < countries.size(); ++c) {
                const double total = area_m2(countries[c].feature.geometry);
                area.rows.push_back({countries[c].name, r.km(), covered[c] / 1e6, total / 1e6,
                                     total > 0 ? 100.0 * covered[c] / total : 0.0});
            }
        }
        out.push_back(std::move(area));
    }
    return out;
}

Answer answer_sweep(const Question& q, Session& session, const Progress& progress) {
    const auto sites = resolve_all(session, q.sites);
    const auto targets = select_places(session, q.targets);
    const auto countries = resolve_all(session, q.area_countries);
    const auto dist = distance_matrix(sites, targets);
    std::vector<double> country_total;
    for (const auto& c : countries) country_total.push_back(area_m2(c.feature.geometry));

    Answer ans{q.id, "sweep", "", k_point_method, {}, {}, {}};
    ans.question = fmt::format("coverage of layer '{}' ({} places) from {} sites as the radius goes from {} to {}",
                               q.targets.layer, targets.size(), sites.size(), km(q.radii.front()), km(q.radii.back()));
    ans.columns = {{"radius_km", "radius (km)", 0}, {"targets_covered", "targets covered", 0},
                   {"targets_percent", "targets (%)", 1}, {"max_sites_on_a_target", "most sites on one target", 0}};
    for (const auto& c : countries) {
        ans.columns.push_back({fmt::format("area_{}_km2", fold_name(c.name)), fmt::format("{} land (km²)", c.name), 0});
    }
    if (!countries.empty()) ans.method = std::string(k_point_method) + "; " + k_area_method;
    for (std::size_t i = 0; i < q.radii.size(); ++i) {
        const Length r = q.radii[i];
        long long covered = 0, most = 0;
        for (std::size_t t = 0; t < targets.size(); ++t) {
            long long n = 0;
            for (std::size_t s = 0; s < sites.size(); ++s) n += dist[s][t] <= r.metres() ? 1 : 0;
            covered += n > 0 ? 1 : 0;
            most = std::max(most, n);
        }
        std::vector<Cell> row{r.km(), covered, targets.empty() ? 0.0 : 100.0 * covered / targets.size(), most};
        if (!countries.empty()) {
            for (double a : covered_areas(sites, r, countries)) row.push_back(a / 1e6);
        }
        ans.rows.push_back(std::move(row));
        if (progress) progress(i + 1, q.radii.size());
    }
    return ans;
}

} // namespace

std::vector<Answer> answer_questions(const Scenario& scenario, Session& session, const Progress& progress) {
    std::vector<Answer> out;
    for (const auto& q : scenario.questions) {
        switch (q.kind) {
        case QuestionKind::distance: out.push_back(answer_distance(q, session)); break;
        case QuestionKind::within: out.push_back(answer_within(q, session)); break;
        case QuestionKind::coverage:
            for (auto& a : answer_coverage(q, session)) out.push_back(std::move(a));
            break;
        case QuestionKind::sweep: out.push_back(answer_sweep(q, session, progress)); break;
        }
    }
    return out;
}

} // namespace rangemap::cli
