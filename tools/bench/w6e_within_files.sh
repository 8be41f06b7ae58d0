#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# W6e of BENCHMARKS.md: `within` 1,000 km of Kadena from files as a whole process, beside its
# peer (pandas read_csv + pyproj Geod.inv + filter + sort, tools/bench/peer_within_pandas.py),
# best of five with peak RSS from /usr/bin/time -v. Usage: w6e_within_files.sh BUILD_DIR
# (tools/bench/run calls it). The data is made once (W6E_DATA, default /tmp/rangemap-w6e): the
# 10 M-point GeoPackages take minutes each.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:?usage: w6e_within_files.sh BUILD_DIR}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== W6e: within 1,000 km of Kadena from files, whole process (best of 5; peak RSS from /usr/bin/time -v)"
DATA=${W6E_DATA:-/tmp/rangemap-w6e}
mkdir -p "$DATA"
[[ -s $DATA/points1m.csv ]] || /usr/bin/python3 "$ROOT/tools/bench/make_points.py" 1000000 "$DATA/points1m.csv"
# Rows in random order (the worst case for a spatial filter) and in 1-degree cells (as tiled data is).
[[ -s $DATA/points10m.gpkg ]] ||
    /usr/bin/python3 "$ROOT/tools/bench/make_points.py" 10000000 "$DATA/points10m.csv" --gpkg "$DATA/points10m.gpkg"
[[ -s $DATA/sorted10m.gpkg ]] || /usr/bin/python3 "$ROOT/tools/bench/make_points.py" 10000000 "$DATA/sorted10m.csv" \
    --gpkg "$DATA/sorted10m.gpkg" --spatial-order
# best5 LABEL CMD...: the best wall time and its peak RSS of five runs.
best5() {
    local label=$1 best="" rss=""
    shift
    for _ in 1 2 3 4 5; do
        /usr/bin/time -v "$@" >"$WORK/w6e.out" 2>"$WORK/w6e.time"
        local t m
        t=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/w6e.time")
        m=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/w6e.time")
        if [[ -z $best ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t rss=$m; fi
    done
    printf '%-34s %6.2f s  %5s MiB\n' "$label" "$best" "$rss"
    echo "$best" >"$WORK/w6e.best"
}
KADENA="26.3556 127.7675"
best5 "peer: pandas + pyproj (1 M CSV)" /usr/bin/python3 "$ROOT/tools/bench/peer_within_pandas.py" \
    "$DATA/points1m.csv" $KADENA 1000000
cp "$WORK/w6e.out" "$WORK/peer.json"
PEER=$(cat "$WORK/w6e.best")
best5 "rangemap: 1 M-point CSV" "$BUILD/tools/rangemap" --data "$DATA/points1m.csv" within Kadena --radius 1000km --json
OURS=$(cat "$WORK/w6e.best")
/usr/bin/python3 - "$WORK/w6e.out" "$WORK/peer.json" <<'PY'
import json, sys
ours = [r for r in json.load(open(sys.argv[1])) if r["layer"] == "points1m"]
peer = json.load(open(sys.argv[2]))
same = [r["name"] for r in ours] == [r["name"] for r in peer]
worst = max((abs(a["distance_m"] - b["distance_m"]) for a, b in zip(ours, peer)), default=0)
print(f"W6e CSV: {len(ours)} rows from the file, same rows and order as the peer: {same}; "
      f"max |distance difference| {worst:.3g} m")
PY
awk -v a="$OURS" -v b="$PEER" 'BEGIN { printf "W6e CSV: rangemap / peer = %.2f (target <= 0.4)\n", a / b }'
for g in points10m sorted10m; do
    best5 "rangemap: 10 M GeoPackage $g, text" "$BUILD/tools/rangemap" --data "$DATA/$g.gpkg" within Kadena \
        --radius 1000km
    best5 "rangemap: 10 M GeoPackage $g, JSON" "$BUILD/tools/rangemap" --data "$DATA/$g.gpkg" within Kadena \
        --radius 1000km --json
done
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
