#!/usr/bin/env bash
# rangemap serve: every endpoint answers what its verb prints (byte for byte), distances agree
# with GeographicLib's GeodSolve, errors have the CLI's status and one line, bodies over 1 MiB
# get 413, parallel requests get the serial answers, and SIGTERM stops it with exit 0.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"

start_server
case $URL in http://127.0.0.1:[0-9]*/) pass "listens on loopback: $URL" ;; *) fail "start-up line: $URL" ;; esac
[[ $(wc -l <"$WORK/serve.err") -eq 1 ]] && pass "one start-up line" || fail "start-up: $(cat "$WORK/serve.err")"

# --- every endpoint equals its verb -----------------------------------------------------------
get /api/health
version=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["version"])' "$BODY")
[[ "rangemap $version" == "$("$RANGEMAP" --version)" && $BODY == *'"status":"ok"'* ]] &&
    pass "health: $BODY" || fail "health: $BODY"
same_as_cli "places" "/api/places" places --json
same_as_cli "places of a layer" "/api/places?layer=bases" places --layer bases --json
same_as_cli "distance point to point" "/api/distance?from=26.3556,127.7675&to=25.0330,121.5654" \
    distance 26.3556,127.7675 25.0330,121.5654 --json
same_as_cli "distance country to country" "/api/distance?from=Taiwan&to=Japan&units=nmi" distance Taiwan Japan --json
same_as_cli "distance by name, with a space" "/api/distance?from=Camp%20Humphreys&to=Kadena" \
    distance "Camp Humphreys" Kadena --json
same_as_cli "ring" "/api/ring?center=Kadena&radius=1000km" ring Kadena --radius 1000km
same_as_cli "ring across the antimeridian" "/api/ring?center=13.58N,144.93E&radius=5000km&vertices=720" \
    ring 13.58N,144.93E --radius 5000km --vertices 720
same_as_cli "annulus with radials" "/api/ring?center=Kadena&radius=1000km&min_radius=300km&radials=4" \
    ring Kadena --radius 1000km --min-radius 300km --radials 4
same_as_cli "buffer with a tolerance" "/api/ring?center=Taiwan&radius=100km&tolerance=50m" \
    ring Taiwan --radius 100km --tolerance 50m
same_as_cli "sector" "/api/sector?center=0,179&azimuth=90&width=60&radius=1000km&min_radius=100km&radials=3" \
    sector 0,179 --azimuth 90 --width 60 --radius 1000km --min-radius 100km --radials 3
same_as_cli "distance with a speed" "/api/distance?from=Taiwan&to=Japan&speed=900km/h" \
    distance Taiwan Japan --speed 900km/h --json
same_as_cli "within with a speed" "/api/within?center=Yonaguni&radius=300km&speed=20kn" \
    within Yonaguni --radius 300km --speed 20kn --json
same_as_cli "within" "/api/within?center=Kadena&radius=600nmi" within Kadena --radius 600nmi --json
same_as_cli "within a country, one layer" "/api/within?center=Taiwan&radius=1000km&layer=bases" \
    within Taiwan --radius 1000km --layer bases --json

# /api/query: the answers are `rangemap query --json`, the layers the figure's.
for sc in article standoff_missiles us_japan_philippines; do
    post /api/query "$RANGEMAP_DATA/$sc.yaml"
    "$RANGEMAP" query "$RANGEMAP_DATA/$sc.yaml" --json >"$WORK/cli" 2>/dev/null
    if [[ $STATUS == 200 ]] && python3 - "$WORK/body" "$WORK/cli" <<'PY'; then
import json, sys
body = open(sys.argv[1]).read()
cli = open(sys.argv[2]).read().rstrip("\n")
assert body.startswith('{"answers":' + cli + ',"layers":'), "answers differ"
layers = json.loads(body)["layers"]
assert any(l["role"] == "ring" for l in layers.values()), "no ring layer"
for l in layers.values():
    assert l["type"] == "FeatureCollection"
PY
        pass "query $sc: answers equal rangemap query --json, layers are GeoJSON"
    else
        fail "query $sc: HTTP $STATUS $(head -c 300 "$WORK/body")"
    fi
done
# The same scenario as JSON.
python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])["document"]))' "$(curl -s "${URL}api/scenario")" >"$WORK/doc.json"
post /api/query "$WORK/doc.json" application/json
"$RANGEMAP" query "$RANGEMAP_DATA/article.yaml" --json >"$WORK/cli" 2>/dev/null
[[ $STATUS == 200 && $(head -c $(($(wc -c <"$WORK/cli") + 10)) "$WORK/body") == "{\"answers\":$(cat "$WORK/cli")"* ]] &&
    pass "query: the served scenario's JSON document gives the file's answers" || fail "query JSON: $STATUS $(head -c 200 "$WORK/body")"

# /api/render: the bytes of rangemap render.
for f in svg pdf png; do
    STATUS=$(curl -s -o "$WORK/fig.$f" -w '%{http_code}' -X POST --data-binary "@$RANGEMAP_DATA/article.yaml" \
        "${URL}api/render?format=$f&size=800x600")
    "$RANGEMAP" render "$RANGEMAP_DATA/article.yaml" --size 800x600 -o "$WORK/cli.$f" 2>/dev/null
    [[ $STATUS == 200 ]] && cmp -s "$WORK/fig.$f" "$WORK/cli.$f" &&
        pass "render $f: bytes equal rangemap render" || fail "render $f: HTTP $STATUS, bytes differ"
done

# --- GeographicLib ------------------------------------------------------------------------------
for pair in "26.3556 127.7675 25.0330 121.5654" "13.58 144.93 -33.86 151.2" "35.68 139.69 37.77 -122.42"; do
    read -r a b c d <<<"$pair"
    get "/api/distance?from=$a,$b&to=$c,$d"
    got=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["distance_m"])' "$BODY")
    want=$(echo "$a $b $c $d" | GeodSolve -i -p 9 | awk '{print $3}')
    near "$got" "$want" 0.001 "distance $a,$b to $c,$d equals GeodSolve"
done
get "/api/ring?center=Kadena&radius=1000km"
python3 - "$WORK/body" >"$WORK/vertices" <<'PY'
import json, sys
ring = json.load(open(sys.argv[1]))["features"][0]["geometry"]["coordinates"]
outer = ring[0] if isinstance(ring[0][0][0], float) else ring[0][0]
for lon, lat in outer[::37]:
    print(26.3556, 127.7675, lat, lon)
PY
worst=$(GeodSolve -i -p 6 <"$WORK/vertices" | awk '{d = $3 - 1000000; if (d < 0) d = -d; if (d > m) m = d} END {print m + 0}')
near "$worst" 0 1 "ring vertices at 1000 km from Kadena by GeodSolve"

# --- errors ---------------------------------------------------------------------------------------
# Each 400 carries the line the CLI prints for the same mistake.
get "/api/distance?from=Atlantis&to=Kadena"
"$RANGEMAP" distance Atlantis Kadena --json 2>"$WORK/cli_err" >/dev/null
cli_line=$(sed -n 's/^rangemap: error: //p' "$WORK/cli_err")
expect_http 400 "Atlantis" "unknown place"
[[ $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["error"])' "$WORK/body") == "$cli_line" ]] &&
    pass "unknown place: the CLI's line" || fail "unknown place: '$BODY' is not '$cli_line'"
get "/api/ring?center=Kadena&radius=25000km"
expect_http 400 "antipode|radius" "ring past the antipode"
get "/api/sector?center=Kadena&azimuth=0&width=0&radius=100km"
expect_http 400 "width 0 is outside" "sector of zero width"
get "/api/distance?from=Taiwan&to=Japan&speed=fast"
expect_http 400 "speed 'fast'" "bad speed"
get "/api/ring?center=Kadena&radius=fast"
expect_http 400 "fast" "bad length"
get "/api/ring?center=91,0&radius=10km"
expect_http 400 "91|latitude|place" "latitude past the pole"
get "/api/within?center=Kadena&radius=100km&layer=nope"
expect_http 400 "nope" "unknown layer"
get "/api/distance?from=Kadena"
expect_http 400 "to" "missing parameter"
get "/api/distance?from=Kadena&to=Naha&colour=red"
expect_http 400 "colour" "unknown parameter"
get "/api/distance?from=Kadena&to=Naha&to=Sasebo"
expect_http 400 "twice" "parameter given twice"
get "/api/ring?center=Kadena&radius=10km&vertices=7"
expect_http 400 "vertices" "vertex count below the limit"
get "/api/nothing"
expect_http 404 "nothing" "unknown API path"
get "/../../etc/passwd"
expect_http 404 "" "path traversal"
get "/%2e%2e/%2e%2e/etc/passwd"
expect_http 404 "" "encoded path traversal"
get "//etc/passwd"
expect_http 404 "" "absolute path"
STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' --path-as-is "${URL}../CMakeLists.txt"); BODY=$(cat "$WORK/body")
expect_http 404 "" "literal ../"
STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' -X POST -d x "${URL}api/health"); BODY=$(cat "$WORK/body")
expect_http 405 "GET" "POST to a GET endpoint"
get /api/query
expect_http 405 "POST" "GET of a POST endpoint"
STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' -X DELETE "${URL}api/ring"); BODY=$(cat "$WORK/body")
expect_http 405 "" "DELETE"
printf 'title: [unclosed\n' >"$WORK/bad.yaml"
post /api/query "$WORK/bad.yaml"
expect_http 400 "request body:[0-9]+:[0-9]+: YAML" "scenario with a YAML error: line and column"
printf 'rings:\n  - {centre: Kadena, radius: 1000km}\ncolour: red\n' >"$WORK/bad.yaml"
post /api/query "$WORK/bad.yaml"
expect_http 400 "colour" "scenario with an unknown key"
printf 'data:\n  sources: [/etc/passwd]\n' >"$WORK/bad.yaml"
post /api/query "$WORK/bad.yaml"
expect_http 400 "data" "a scenario naming a file on the server"
printf 'rings:\n  - {centre: Kadena, radius: 1000km}\n' >"$WORK/ok.yaml"
STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' -X POST --data-binary "@$WORK/ok.yaml" "${URL}api/render?format=gif"); BODY=$(cat "$WORK/body")
expect_http 400 "gif" "render format"
STATUS=$(curl -s -o "$WORK/body" -w '%{http_code}' -X POST --data-binary "@$WORK/ok.yaml" "${URL}api/render?format=png&size=30000x100"); BODY=$(cat "$WORK/body")
expect_http 400 "size" "render size past the limit"
head -c $((1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' >"$WORK/big"
post /api/query "$WORK/big"
expect_http 413 "1 MiB" "a body over 1 MiB"

# A half-sent request does not hold up others.
python3 - "$URL" <<'PY' &
import socket, sys, time, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
s = socket.create_connection((u.hostname, u.port))
s.sendall(b"POST /api/query HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nrings:")
time.sleep(15)
PY
slow=$!
sleep 0.5
start=$(date +%s%N)
get /api/health
ms=$((($(date +%s%N) - start) / 1000000))
[[ $STATUS == 200 && $ms -lt 2000 ]] && pass "a half-sent request does not block others (${ms} ms)" || fail "health during a half-sent request: $STATUS in $ms ms"
kill "$slow" 2>/dev/null; wait "$slow" 2>/dev/null

# --- concurrency: parallel answers equal the serial ones -------------------------------------
paths=()
for c in Kadena Sasebo Yokota Misawa Guam Taipei; do
    for r in 500km 1000km 2000km; do
        paths+=("api/within?center=$c&radius=$r" "api/ring?center=$c&radius=$r")
    done
    paths+=("api/distance?from=$c&to=Taiwan")
done
paths+=("api/ring?center=Taiwan&radius=200km" "api/ring?center=Japan&radius=100km")
mkdir -p "$WORK/serial" "$WORK/parallel"
for i in "${!paths[@]}"; do curl -s -o "$WORK/serial/$i" "$URL${paths[$i]}"; done
for round in 1 2 3; do
    for i in "${!paths[@]}"; do curl -s -o "$WORK/parallel/$i.$round" "$URL${paths[$i]}" & done
    post /api/query "$RANGEMAP_DATA/standoff_missiles.yaml" >/dev/null &
done
wait_ok=1
for job in $(jobs -p); do [[ $job == "$PID" ]] || wait "$job" || wait_ok=0; done
same=1
for i in "${!paths[@]}"; do
    for round in 1 2 3; do cmp -s "$WORK/serial/$i" "$WORK/parallel/$i.$round" || { same=0; echo "differs: ${paths[$i]}" >&2; }; done
done
((same)) && pass "${#paths[@]} endpoints x 3 rounds in parallel give the serial answers" || fail "parallel answers differ"
kill -0 "$PID" 2>/dev/null && pass "the server survived the load" || fail "the server died under load"

# --- random paths and queries: a status, never a crash --------------------------------------
python3 - "$URL" <<'PY' >"$WORK/fuzz" 2>&1
import random, sys, urllib.request, urllib.error
random.seed(13)
base = sys.argv[1]
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789/._-%?&=,+~!*'()[]:;@$ "
paths = ["api/ring", "api/within", "api/distance", "api/places", "api/query", "api/render", "", "api/"]
bad = 0
for i in range(300):
    p = random.choice(paths) + ("?" if random.random() < 0.7 else "")
    p += "".join(random.choice(alphabet) for _ in range(random.randint(0, 60)))
    p = urllib.parse.quote(p, safe="/?&=%,.")
    data = None
    if random.random() < 0.3:
        data = bytes(random.randint(0, 255) for _ in range(random.randint(0, 400)))
    try:
        with urllib.request.urlopen(urllib.request.Request(base + p, data=data), timeout=30) as r:
            code = r.status
    except urllib.error.HTTPError as e:
        code = e.code
        if code >= 500 or (code >= 400 and b'"error"' not in e.read()):
            bad += 1; print("bad reply", code, p)
    except Exception as e:
        bad += 1; print("no reply", p, e)
print("bad", bad)
PY
grep -q "^bad 0$" "$WORK/fuzz" && pass "300 random requests: each a status with an error line" || fail "fuzz: $(tail -5 "$WORK/fuzz")"

stop_server
[[ $STOP_CODE -eq 0 ]] && pass "SIGTERM: exit 0" || fail "SIGTERM: exit $STOP_CODE"

# SIGINT with a request in flight: it finishes, then exit 0.
start_server
curl -s -v -o "$WORK/inflight" -w '%{http_code}' -X POST --data-binary "@$RANGEMAP_DATA/standoff_missiles.yaml" \
    "${URL}api/render?format=png" >"$WORK/inflight_status" 2>"$WORK/inflight_trace" &
client=$!
# The signal comes while the figure is drawn: once the request is on its way (on a loaded
# machine curl may take a while to start) and the server has spent 50 ms of CPU since (it has
# taken the request; a request still in the listen queue is not in flight).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
for ((i = 0; i < 100; i++)); do
    grep -q '^> POST' "$WORK/inflight_trace" 2>/dev/null && break
    sleep 0.1
done
ticks=$(cpu_ticks)
for ((i = 0; i < 200; i++)); do
    (($(cpu_ticks) - ticks >= 5)) && break
    sleep 0.05
done
kill -INT "$PID"
wait "$PID"
code=$?
wait "$client"
[[ $code -eq 0 && $(cat "$WORK/inflight_status") == 200 && $(file -b "$WORK/inflight") == PNG* ]] &&
    pass "SIGINT: the request in flight finished, exit 0" || fail "SIGINT: exit $code, in flight: $(cat "$WORK/inflight_status")"

# A port in use: one line, exit 1.
start_server
port=${URL##*:}; port=${port%/}
run serve --port "$port"
expect_error 1 "cannot listen" "port in use"
stop_server
finish
