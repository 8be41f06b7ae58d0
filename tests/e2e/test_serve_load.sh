#!/usr/bin/env bash
# rangemap serve under load: many of the page's update requests (POST /api/query of the article
# scenario with one site moved, each to a new place, from 8 clients at once) all answer 200, and
# after a warm-up the server's resident memory (VmRSS) stays within a bound: what a request
# allocates is freed, and what the server keeps for later requests (rings, countries cut for the
# land areas, distances between countries) stays bounded.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"

# AddressSanitizer holds freed memory in quarantine: RSS says nothing there.
if under_sanitizer; then echo "skipped: RSS is not meaningful under AddressSanitizer"; exit 77; fi

WARMUP=${SERVE_LOAD_WARMUP:-240}     # more sites than the server keeps rings for
REQUESTS=${SERVE_LOAD_REQUESTS:-480} # measured after the warm-up
GROWTH_KB=${SERVE_LOAD_GROWTH_KB:-8192}

# The article scenario with Kadena replaced by a site to move, and the land-area question.
sed 's/^  - centre: Kadena$/  - centre: "@SITE@"/' "$RANGEMAP_DATA/article.yaml" >"$WORK/update.yaml"
cat >>"$WORK/update.yaml" <<'YAML'
  - coverage: {sites: ["@SITE@", Yonaguni, Sasebo], radii: [1000km], targets: {layer: bases},
               area_countries: [China, Taiwan, Japan, Philippines, South Korea]}
YAML
grep -q '@SITE@' "$WORK/update.yaml" || { fail "the article scenario has no 'centre: Kadena' ring to move"; finish; }

start_server

# load FIRST COUNT: COUNT updates from 8 threads, the site at a new place for each (a walk over
# the East China Sea numbered from FIRST); prints the number of replies that were not 200.
load() {
    python3 - "$URL" "$WORK/update.yaml" "$1" "$2" <<'PY'
import sys, threading, urllib.request, urllib.error
url, template, first, count = sys.argv[1] + "api/query", open(sys.argv[2]).read(), int(sys.argv[3]), int(sys.argv[4])
errors, lock, next_i = [0], threading.Lock(), [first]
def site(i):
    return f"{25.0 + (i % 40) * 0.1:.2f},{126.0 + (i // 40) * 0.05:.3f}"
def worker():
    while True:
        with lock:
            i = next_i[0]
            if i >= first + count: return
            next_i[0] += 1
        body = template.replace("@SITE@", site(i)).encode()
        req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/yaml"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                r.read()
                ok = r.status == 200
        except (urllib.error.URLError, OSError):
            ok = False
        if not ok:
            with lock: errors[0] += 1
threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(errors[0])
PY
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status"; }

started=$SECONDS
errors=$(load 0 "$WARMUP")
[[ $errors == 0 ]] && pass "warm-up: $WARMUP updates, all 200" || fail "warm-up: $errors of $WARMUP updates failed"
before=$(rss_kb)
errors=$(load "$WARMUP" "$REQUESTS")
after=$(rss_kb)
[[ $errors == 0 ]] && pass "load: $REQUESTS updates from 8 clients, all 200" ||
    fail "load: $errors of $REQUESTS updates failed"
growth=$((after - before))
echo "VmRSS after warm-up ${before} kB, after $REQUESTS more updates ${after} kB (growth ${growth} kB), $((SECONDS - started)) s"
if [[ -n $before && -n $after && $growth -le $GROWTH_KB ]]; then
    pass "resident memory grew ${growth} kB over $REQUESTS updates (bound ${GROWTH_KB} kB)"
else
    fail "resident memory grew from ${before} kB to ${after} kB over $REQUESTS updates (bound ${GROWTH_KB} kB)"
fi

# The last update's answers are still rangemap query's for the same scenario.
sed 's/@SITE@/26.67,128.12/g' "$WORK/update.yaml" >"$WORK/last.yaml"
post /api/query "$WORK/last.yaml"
"$RANGEMAP" query "$WORK/last.yaml" --json >"$WORK/cli" 2>/dev/null
if [[ $STATUS == 200 && $(head -c $(($(wc -c <"$WORK/cli") + 10)) "$WORK/body") == "{\"answers\":$(cat "$WORK/cli")"* ]]; then
    pass "after the load, the answers equal rangemap query --json"
else
    fail "after the load: HTTP $STATUS, answers differ from rangemap query --json"
fi

stop_server
[[ $STOP_CODE == 0 ]] && pass "SIGTERM: exit 0" || fail "SIGTERM: exit $STOP_CODE"
finish
