// SPDX-License-Identifier: MIT
#include "tools/serve/server.hpp"

#include "tools/serve/web_files.hpp"

#include "engine/error.hpp"

#include <httplib.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fmt/format.h>
#include <pthread.h>
#include <sys/socket.h>
#include <thread>

namespace rangemap::serve {

namespace {

constexpr int k_timeout_s = 10; ///< a slow or half-sent request is dropped after this

/// SIGINT and SIGTERM blocked in this thread and every thread it starts (the pool's), so
/// only the watcher takes them, with sigtimedwait.
class StopSignals {
public:
    StopSignals() {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~StopSignals() { pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    /// Waits up to 200 ms for one; true when it came.
    bool wait() const {
        const timespec t{0, 200'000'000};
        return sigtimedwait(&m_set, nullptr, &t) > 0;
    }

private:
    sigset_t m_set{}, m_old{};
}; // class StopSignals

/// The query string's parameters only: httplib also reads a form-encoded body into
/// req.params, and a scenario posted without a Content-Type would land there.
Params params_of(const httplib::Request& req) {
    httplib::Params query;
    if (const auto q = req.target.find('?'); q != std::string::npos) {
        httplib::detail::parse_query_text(req.target.substr(q + 1), query);
    }
    Params out;
    for (const auto& [k, v] : query) {
        if (!out.emplace(k, v).second) throw usage_error(fmt::format("parameter '{}' is given twice", k));
    }
    return out;
}

void send(httplib::Response& res, const Reply& r) {
    res.status = r.status;
    res.set_content(r.body, r.type.c_str());
}

std::string url_host(const std::string& host) { return host.find(':') != std::string::npos ? "[" + host + "]" : host; }

} // namespace

void serve(const ServeOptions& o) {
    const WebFiles web(o.web_dir.empty() ? default_web_dir() : o.web_dir);
    Api api(o.api);
    const StopSignals signals; // before the pool's threads start
    std::signal(SIGPIPE, SIG_IGN);

    httplib::Server server;
    const int threads = o.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    server.set_read_timeout(k_timeout_s, 0);
    server.set_write_timeout(k_timeout_s, 0);
    server.set_keep_alive_timeout(5);
    server.set_payload_max_length(k_max_body_bytes);
    // SO_REUSEADDR only: httplib's default SO_REUSEPORT would let a second server share a port
    // that is in use instead of failing.
    server.set_socket_options([](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });

    const auto handle = [&](const httplib::Request& req, httplib::Response& res) {
        Reply reply;
        try {
            const bool is_api = req.path.rfind("/api/", 0) == 0;
            if (req.method == "GET" || req.method == "HEAD") {
                if (is_api) {
                    reply = api.get(req.path, params_of(req));
                } else if (const WebFile* f = web.find(req.path)) {
                    reply = {200, f->type, f->body};
                } else {
                    reply = error_reply(404, fmt::format("no such path: {}", req.path));
                }
            } else if (req.method == "POST") {
                reply = is_api ? api.post(req.path, params_of(req), req.body)
                               : error_reply(web.find(req.path) ? 405 : 404,
                                             fmt::format("{} {}: not here", req.method, req.path));
            } else {
                const bool exists = Api::known(req.path) || (!is_api && web.find(req.path));
                reply = error_reply(exists ? 405 : 404, fmt::format("{} {}: not here", req.method, req.path));
            }
        } catch (...) {
            reply = reply_for_current_exception();
        }
        send(res, reply);
        res.set_header("Cache-Control", "no-store");
        res.set_header("X-Content-Type-Options", "nosniff");
    };
    server.Get(".*", handle);
    server.Post(".*", handle);
    server.Put(".*", handle);
    server.Delete(".*", handle);
    server.Patch(".*", handle);
    server.Options(".*", handle);
    // What httplib answers itself (413 for a body over the limit, 400 for a malformed request).
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return;
        const char* what = res.status == 413 ? "the request body is over the limit of 1 MiB" : "bad request";
        send(res, error_reply(res.status, fmt::format("{} (HTTP {})", what, res.status)));
    });

    const int port =
        o.port == 0 ? server.bind_to_any_port(o.host) : (server.bind_to_port(o.host, o.port) ? o.port : -1);
    if (port < 0) {
        throw io_error(fmt::format("cannot listen on {}:{}: {}", o.host, o.port,
                                   errno ? std::strerror(errno) : "address in use or not available"));
    }
    std::fprintf(stderr, "rangemap: serving http://%s:%d/\n", url_host(o.host).c_str(), port);
    std::fflush(stderr);

    std::atomic<bool> done{false};
    std::thread watcher([&] {
        while (!done.load()) {
            if (signals.wait()) {
                server.stop();
                return;
            }
        }
    });
    const bool ok = server.listen_after_bind();
    done = true;
    watcher.join();
    if (!ok && server.is_running()) throw io_error("the server stopped on an error");
}

} // namespace rangemap::serve
