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

# The article scenario with Kadena moved 50 km north-east, and a land-area question as the page asks.
sed 's/^  - centre: Kadena$/  - centre: 26.67,128.12/' "$ROOT/geodata/article.yaml" >"$WORK/update.yaml"
cat >>"$WORK/update.yaml" <<'YAML'
  - coverage: {sites: [26.67 128.12, Yonaguni, Sasebo], radii: [1000km], targets: {layer: bases},
               area_countries: [China, Taiwan, Japan, Philippines, South Korea]}
YAML
sed -i 's/26.67 128.12/"26.67,128.12"/' "$WORK/update.yaml"

"$BIN" serve --port 0 2>"$WORK/err" &
PID=$!
for _ in $(seq 100); do grep -q "serving http" "$WORK/err" && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/err")
curl -sf -X POST -H 'Content-Type: application/yaml' --data-binary @"$WORK/update.yaml" "${URL}api/query" >"$WORK/first.json"
python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["answers"] and j["layers"]' "$WORK/first.json"

python3 - "$URL" "$WORK/update.yaml" <<'PY'
import sys, time, urllib.request
url, body = sys.argv[1] + "api/query", open(sys.argv[2], "rb").read()
times = []
for _ in range(200):
    t = time.perf_counter()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/yaml"})
    with urllib.request.urlopen(req) as r:
        assert r.status == 200
        r.read()
    times.append(time.perf_counter() - t)
times.sort()
print(f"W7 one client: 200 updates, p50 {times[99] * 1000:.1f} ms, p95 {times[189] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
PY

cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local f = io.open("$WORK/update.yaml", "rb")
wrk.body = f:read("*a")
f:close()
LUA
echo "W7 16 clients, 10 s:"
wrk -t2 -c16 -d10s --latency -s "$WORK/post.lua" "${URL}api/query" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors|requests in|50%|99%"
kill -TERM "$PID"
wait "$PID" && echo "server stopped cleanly (exit 0)"
