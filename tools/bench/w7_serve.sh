#!/usr/bin/env bash
# W7 (BENCHMARKS.md): the page's update request, POST /api/query of the article scenario with
# one site moved (rings, within table, covered land per country), against `rangemap serve` on
# loopback: one client's p50/p95 over 200 requests, then 16 concurrent clients for 10 s (wrk).
# Usage: tools/bench/w7_serve.sh [RANGEMAP_BINARY]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${1:-$ROOT/build/default/tools/rangemap}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# The article scenario with Kadena moved, and a land-area question as the page asks. Each request
# moves the site somewhere new (a walk over the East China Sea), as a drag does: the server keeps
# what does not change between requests (the other sites' rings, the countries cut for the land
# areas), never the answer for the moved site.
sed 's/^  - centre: Kadena$/  - centre: "@SITE@"/' "$ROOT/geodata/article.yaml" >"$WORK/update.yaml"
cat >>"$WORK/update.yaml" <<'YAML'
  - coverage: {sites: ["@SITE@", Yonaguni, Sasebo], radii: [1000km], targets: {layer: bases},
               area_countries: [China, Taiwan, Japan, Philippines, South Korea]}
YAML
grep -q '@SITE@' "$WORK/update.yaml"

"$BIN" serve --port 0 2>"$WORK/err" &
PID=$!
for _ in $(seq 100); do grep -q "serving http" "$WORK/err" && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/err")
sed 's/@SITE@/26.67,128.12/g' "$WORK/update.yaml" >"$WORK/first.yaml"
curl -sf -X POST -H 'Content-Type: application/yaml' --data-binary @"$WORK/first.yaml" "${URL}api/query" >"$WORK/first.json"
python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["answers"] and j["layers"]' "$WORK/first.json"

python3 - "$URL" "$WORK/update.yaml" <<'PY'
import sys, time, urllib.request
url, template = sys.argv[1] + "api/query", open(sys.argv[2]).read()
times = []
for i in range(200):
    body = template.replace("@SITE@", f"{25.0 + (i % 40) * 0.1:.2f},{126.0 + (i // 40) * 0.05:.3f}").encode()
    t = time.perf_counter()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/yaml"})
    with urllib.request.urlopen(req) as r:
        assert r.status == 200
        r.read()
    times.append(time.perf_counter() - t)
times.sort()
print(f"W7 one client: 200 updates, p50 {times[99] * 1000:.1f} ms, p95 {times[189] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
PY

# wrk: each of its threads walks its own sites (thread n from site 10000 n on).
cat >"$WORK/post.lua" <<LUA
local f = io.open("$WORK/update.yaml", "rb")
local template = f:read("*a")
f:close()
local threads = 0
function setup(thread)
    thread:set("first", threads * 10000)
    threads = threads + 1
end
local i = 0
function request()
    i = i + 1
    local n = first + i
    local site = string.format("%.2f,%.3f", 25.0 + (n % 40) * 0.1, 126.0 + math.floor(n / 40) % 400 * 0.005)
    local body = template:gsub("@SITE@", site)
    return wrk.format("POST", nil, {["Content-Type"] = "application/yaml"}, body)
end
LUA
echo "W7 16 clients, 10 s:"
wrk -t2 -c16 -d10s --latency -s "$WORK/post.lua" "${URL}api/query" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors|requests in|50%|99%"
kill -TERM "$PID"
wait "$PID" && echo "server stopped cleanly (exit 0)"
