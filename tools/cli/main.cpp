// SPDX-License-Identifier: MIT
// The `rangemap` command line. Errors become exit codes here and only here:
// 0 success, 2 usage error, 1 runtime error; one "rangemap: error: ..." line on stderr.

#include "tools/cli/commands.hpp"
#include "tools/cli/progress.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"
#include "geodata/temporary_guard.hpp"

#include <cstdio>
#include <exception>
#include <fmt/format.h>
#include <new>

#ifndef RANGEMAP_VERSION
#define RANGEMAP_VERSION "0.0.0"
#endif

namespace {

constexpr std::size_t k_max_message_bytes = 300;

/// The one error line: at most about 300 characters, control characters escaped.
int fail(int code, const std::string& message) {
    std::fprintf(stderr, "rangemap: error: %s\n", rangemap::printable(message, k_max_message_bytes).c_str());
    return code;
}

} // namespace

int main(int argc, char** argv) {
    rangemap::geodata::remove_temporaries_on_signals(); // an interrupted write leaves nothing behind
    CLI::App app{"rangemap: geodesic distances, range rings and annotated range-ring maps on WGS84", "rangemap"};
    app.set_version_flag("--version", std::string("rangemap ") + RANGEMAP_VERSION);
    app.require_subcommand(1);
    app.fallthrough();

    rangemap::cli::CommonOptions common;
    app.add_option("--data", common.data,
                   "Add a vector source (any GDAL format, or a CSV with name/lat/lon); PATH[:LAYER]")
        ->type_name("PATH");
    app.add_flag("--no-default-data", common.no_default_data, "Do not load the embedded Natural Earth and bases data");
    app.add_flag("-q,--quiet", rangemap::cli::quiet_flag(),
                 "No progress on stderr (shown, GDAL-style, for work of over about 2 s when stderr is a terminal)");

    rangemap::cli::add_distance_command(app, common);
    rangemap::cli::add_ring_command(app, common);
    rangemap::cli::add_sector_command(app, common);
    rangemap::cli::add_within_command(app, common);
    rangemap::cli::add_places_command(app, common);
    rangemap::cli::add_render_command(app, common);
    rangemap::cli::add_query_command(app, common);
    rangemap::cli::add_serve_command(app, common, RANGEMAP_VERSION);

    try {
        app.parse(argc, argv);
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e); // --help, --version
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);
        return fail(2, fmt::format("{} (see rangemap --help)", e.what()));
    } catch (const rangemap::usage_error& e) {
        return fail(2, e.what());
    } catch (const rangemap::error& e) {
        return fail(1, e.what());
    } catch (const std::bad_alloc&) {
        return fail(1, "out of memory");
    } catch (const std::exception& e) {
        return fail(1, e.what());
    }
}
