// SPDX-License-Identifier: MIT
#pragma once
/// @file A what-if scenario: the figure to draw and the questions to answer, as typed values.
/// Every key is documented in docs/scenarios.md.

#include "engine/geometry.hpp"
#include "engine/length.hpp"
#include "engine/speed.hpp"
#include "engine/tolerance.hpp"
#include "layers/scene.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rangemap::scenario {

struct MapSpec {
    std::optional<BBox> extent;      ///< empty: "auto" (fitted to the content)
    std::string projection = "auto"; ///< PROJ string, EPSG code or "auto"
    int width = 1500, height = 1000; ///< pixels (PNG) or points (SVG/PDF)
    std::string format = "png";      ///< default output format when -o is not given
};

struct DataSpec {
    bool defaults = true;             ///< Natural Earth + bases list
    std::vector<std::string> sources; ///< extra GDAL sources, PATH[:LAYER]
};

/// Which places a figure shows or a question targets.
struct PlaceFilter {
    std::string layer = "bases";
    std::vector<std::string> kinds, countries, operators, names;
    bool label = true;
};

struct RingSpec {
    std::string centre;
    std::vector<Length> radii;
    std::string label;  ///< "{radius}" expands to "1,000 km"
    std::string colour; ///< "#rrggbb" or empty for the theme's
    Length min_radius;  ///< above zero: each ring is an annulus beyond it
    int radials = 0;    ///< bearing lines out to the largest radius, 0..360
};

/// A range fan: `azimuth` ± `width`/2 degrees from the centre, out to each radius.
struct SectorSpec {
    std::string centre;
    double azimuth = 0, width = 0; ///< degrees; width (0, 360]
    std::vector<Length> radii;
    Length min_radius;
    std::string label; ///< "{radius}" expands to "1,000 km"
    std::string colour;
    int radials = 0; ///< across the fan, side to side, 0..360
};

struct CalloutSpec {
    std::string from, to;
    std::string label; ///< "{distance}" expands to "108 km"; empty: the distance
};

struct BufferSpec {
    std::string feature;
    Length distance;
    std::string label;
    std::string colour;
    double tolerance_fraction = k_default_buffer_tolerance; ///< of the distance, 1e-6..0.1
};

/// Country names on the map: each inside its largest visible part (from the data's names).
struct CountryNamesSpec {
    bool labels = true;
    std::vector<std::pair<std::string, std::string>> rename; ///< data name -> name shown
    std::vector<std::string> hide;                           ///< data names not shown
};

struct TargetSpec {
    PlaceFilter places; ///< targets are these places
};

enum class QuestionKind { within, distance, coverage, sweep };

struct Question {
    QuestionKind kind = QuestionKind::distance;
    std::string id; ///< "questions[2]" unless named
    // within
    std::string centre;
    Length radius;
    // distance
    std::string from, to;
    // coverage and sweep
    std::vector<std::string> sites;
    std::vector<Length> radii; ///< coverage radii, or the sweep's values
    Length min_radius;         ///< coverage: sites nearer than this do not count
    PlaceFilter targets;
    std::vector<std::string> area_countries;
    // sweep
    std::string parameter = "radius";
    bool figure = false;
    std::string figure_out;
};

struct Scenario {
    std::string file;
    std::string title, subtitle, credit;
    MapSpec map;
    DataSpec data;
    std::vector<PlaceFilter> places;
    std::vector<RingSpec> rings;
    std::vector<SectorSpec> sectors;
    std::vector<CalloutSpec> callouts;
    std::vector<BufferSpec> buffers;
    std::vector<Question> questions;
    std::vector<std::string> focus; ///< countries drawn in a stronger fill (with the callouts' countries)
    CountryNamesSpec countries;
    bool seas = true;           ///< names of seas, straits and oceans (geodata/seas.csv)
    std::optional<Speed> speed; ///< adds travel times to distance and within answers and callouts
    layers::Inset inset;        ///< the zoom inset (`inset:`); its callout is an index into `callouts`
};

/// Limits stated in docs/scenarios.md and checked by the reader.
inline constexpr std::size_t k_max_sweep_steps = 200;
inline constexpr std::size_t k_max_rings = 500;
inline constexpr std::size_t k_max_scenario_bytes = std::size_t(8) << 20;
/// The document as the reader walks it, each use of an alias (*name) or a ${variable} counted
/// whole: YAML values (keys included) and bytes of text. The shipped scenarios have under 200
/// values and 500 rings written out one by one about 5,000, so only an alias bomb (477 bytes
/// for 490 million values) comes near; it is refused after walking at most the limit.
inline constexpr std::size_t k_max_scenario_values = 1'000'000;
inline constexpr std::size_t k_max_scenario_text = 2 * k_max_scenario_bytes; ///< 16 MiB: only expansion reaches it

/// Reads a scenario file, applies --set overrides and ${variables}, and validates every key.
/// @throws usage_error "FILE:LINE:COL: key.path: problem" (unknown key with the closest valid
///         one, wrong type, missing value, bad length, sweep too long or empty, text that is
///         not UTF-8, a document over k_max_scenario_values or k_max_scenario_text).
Scenario read_scenario(const std::string& path, const std::vector<std::string>& overrides);
/// As read_scenario, from text (for tests and the built-in figure).
Scenario parse_scenario(const std::string& text, const std::string& name, const std::vector<std::string>& overrides);

} // namespace rangemap::scenario
