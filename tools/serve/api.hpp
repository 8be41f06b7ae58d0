// SPDX-License-Identifier: MIT
#pragma once
/// @file The HTTP API of `rangemap serve` without the sockets: each endpoint of
/// docs (../shared/design/SERVE.md) translated into the same tools/scenario call as its verb.
/// One Api is shared by every request thread: its data is loaded once, when it is built, and
/// only read afterwards (see Session).

#include "tools/serve/reply.hpp"

#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include <memory>
#include <semaphore>
#include <string>
#include <vector>

namespace rangemap::serve {

/// What the server serves: the scenario the page opens with, and the data.
struct ApiOptions {
    std::string scenario;          ///< scenario file; empty: the built-in article figure
    std::vector<std::string> set;  ///< --set overrides of it
    scenario::DataOptions data;    ///< --data, --no-default-data
    std::string version = "0.0.0"; ///< as `rangemap --version` prints it, without "rangemap "
};

/// The largest request body, bytes (1 MiB): a bigger one gets 413.
inline constexpr std::size_t k_max_body_bytes = std::size_t(1) << 20;

class Api {
public:
    /// Reads the scenario and loads every layer. @throws usage_error for a bad scenario,
    /// data_error for data that cannot be read.
    explicit Api(ApiOptions options);
    ~Api();

    /// Whether `path` is one of the API's (for 404 against 405).
    [[nodiscard]] static bool known(const std::string& path);
    /// A GET of an /api/ path. Never throws: errors are replies.
    Reply get(const std::string& path, const Params& params) noexcept;
    /// A POST of an /api/ path with its body. Never throws: errors are replies.
    Reply post(const std::string& path, const Params& params, const std::string& body) noexcept;

private:
    Reply health() const;
    Reply places(const Params& p);
    Reply distance(const Params& p);
    Reply ring(const Params& p);
    Reply sector(const Params& p);
    Reply within(const Params& p);
    Reply served_scenario() const;
    Reply basemap() const { return {200, k_json, m_basemap}; }
    Reply query(const std::string& body);
    Reply render(const Params& p, const std::string& body);
    /// A posted scenario, checked against the served data. @throws usage_error.
    scenario::Scenario posted(const std::string& body) const;

    ApiOptions m_options;
    scenario::Scenario m_scenario;
    std::unique_ptr<scenario::Session> m_session;
    std::string m_scenario_reply; ///< GET /api/scenario, made once
    std::string m_basemap;        ///< GET /api/basemap, made once
    /// Figures are drawn two at a time: a page of 100 million pixels takes 400 MB.
    std::counting_semaphore<2> m_renders{2};
}; // class Api

} // namespace rangemap::serve
