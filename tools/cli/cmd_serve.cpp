// SPDX-License-Identifier: MIT
// `rangemap serve [SCENARIO] [--port 8750] [--host 127.0.0.1] [--set KEY=VALUE]...`.
#include "tools/cli/commands.hpp"

#include "tools/serve/server.hpp"

#include <memory>

namespace rangemap::cli {

void add_serve_command(CLI::App& app, CommonOptions& common, const std::string& version) {
    auto opts = std::make_shared<serve::ServeOptions>();
    opts->api.version = version;
    CLI::App* cmd = app.add_subcommand("serve", "Serve the interactive what-if page and the HTTP API "
                                                "(loopback only unless --host says otherwise)");
    cmd->add_option("SCENARIO", opts->api.scenario, "Scenario the page opens with; default: the article figure");
    cmd->add_option("--set", opts->api.set, "Override a scenario value: KEY.PATH=VALUE (repeatable)")
        ->type_name("KEY=VALUE");
    cmd->add_option("--port", opts->port, "TCP port; 0 picks a free one")
        ->check(CLI::Range(0, 65535))
        ->capture_default_str();
    cmd->add_option("--host", opts->host, "Address to listen on")->capture_default_str();
    cmd->add_option("--threads", opts->threads, "Requests served at once")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
    cmd->callback([opts, &common] {
        opts->api.data = common;
        serve::serve(*opts);
    });
}

} // namespace rangemap::cli
