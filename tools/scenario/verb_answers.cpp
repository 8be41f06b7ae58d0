// SPDX-License-Identifier: MIT
#include "tools/scenario/verb_answers.hpp"

#include "engine/disc_bbox.hpp"
#include "engine/ring.hpp"
#include "engine/text.hpp"
#include "geodata/point_file.hpp"

#include <memory>
#include <optional>

namespace rangemap::scenario {

DistanceAnswer distance_answer(Session& session, const std::string& from, const std::string& to) {
    ResolvedPlace a = session.resolve(from);
    return distance_answer(session, std::move(a), session.resolve(to));
}

DistanceAnswer distance_answer(Session& session, ResolvedPlace from, ResolvedPlace to) {
    DistanceAnswer a{std::move(from), std::move(to), {}, {}};
    a.distance = session.distance_of(a.from, a.to);
    a.data = {{session.provenance_of(a.from.layer)}, {session.provenance_of(a.to.layer)}};
    return a;
}

namespace {

/// The answer from the candidates given, as both paths below measure them.
WithinAnswer within_of(Session& session, ResolvedPlace centre, Length radius,
                       const std::vector<const Feature*>& candidates) {
    WithinAnswer a{std::move(centre), false, {}, {}, {}, {}};
    a.past_antipode = a.centre.is_point() && radius.metres() >= antipodal_distance(a.centre.point());
    a.rows = places_within(a.centre, radius, candidates);
    a.centre_data = session.provenance_of(a.centre.layer);
    for (const auto& r : a.rows) {
        if (!a.layer_data.contains(r.feature->layer)) {
            a.layer_data.emplace(r.feature->layer, session.provenance_of(r.feature->layer));
        }
    }
    return a;
}

/// The answer reading the session's large point files only where in reach (their features in
/// the centre's disc's bounding box; places_within then measures them as it measures loaded
/// ones): std::nullopt when the session has no such files or has loaded them, when the
/// centre is no point, or when `word` (the first word of the centre's name, "" for none) is
/// in a file's names, which could then answer to the centre's name too.
std::optional<WithinAnswer> within_in_reach(Session& session, const ResolvedPlace& centre, Length radius,
                                            const std::string& layer, const std::string& word,
                                            const std::function<void(double)>& progress) {
    if (!centre.is_point() || !(radius.metres() >= 0)) return std::nullopt;
    const auto sources = session.within_sources(layer);
    if (!sources) return std::nullopt;
    const BBox box = disc_bbox(centre.point(), radius.metres());
    std::vector<std::shared_ptr<const geodata::LayerData>> read;
    std::vector<const Feature*> candidates;
    std::size_t files = 0, file = 0;
    for (const Session::WithinSource& s : *sources) files += s.file ? 1 : 0;
    for (const Session::WithinSource& s : *sources) {
        const geodata::LayerData* l = s.loaded;
        if (s.file) {
            const auto part_progress = [&, k = file++](double f) {
                if (progress) progress((static_cast<double>(k) + f) / static_cast<double>(files));
            };
            geodata::PointFileRead part = geodata::read_point_file(*s.file, box, word, part_progress);
            if (part.word_seen) return std::nullopt;
            read.push_back(std::make_shared<const geodata::LayerData>(std::move(part.layer)));
            l = read.back().get();
        }
        for (const auto& f : l->features) candidates.push_back(&f);
    }
    WithinAnswer a = within_of(session, centre, radius, candidates);
    a.read = std::move(read);
    return a;
}

} // namespace

WithinAnswer within_answer(Session& session, const std::string& centre, Length radius, const std::string& layer,
                           const std::function<void(double)>& progress) {
    if (const auto place = session.resolve_outside_point_files(centre)) {
        const std::string folded = place->source ? fold_name(centre) : std::string();
        const std::string word = folded.substr(0, folded.find(' '));
        if (auto a = within_in_reach(session, *place, radius, layer, word, progress)) return std::move(*a);
    }
    return within_answer(session, session.resolve(centre), radius, layer);
}

WithinAnswer within_answer(Session& session, ResolvedPlace centre, Length radius, const std::string& layer) {
    if (auto a = within_in_reach(session, centre, radius, layer, "", {})) return std::move(*a);
    return within_of(session, std::move(centre), radius, point_features(session, layer));
}

} // namespace rangemap::scenario
