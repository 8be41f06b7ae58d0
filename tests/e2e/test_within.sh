#!/usr/bin/env bash
# rangemap within: nearest first, geodesic distances (checked with GeodSolve), polygons, bad input.
source "$E2E_DIR/lib.sh"

printf 'name,lat,lon\nA,26.5,127.8\nB,27.5,128.5\nC,30.0,131.0\nD,35.0,139.0\nFar,-33.9,151.2\n' > "$WORK/pts.csv"
run --no-default-data --data "$WORK/pts.csv" within 26.3556,127.7675 --radius 1000km --json
expect_code 0 "within over a CSV layer"
python3 - "$OUT" <<'PY' && pass "names, order and distances match GeodSolve" || fail "within output: $OUT"
import json, subprocess, sys
rows = json.loads(sys.argv[1])
assert [r["name"] for r in rows] == ["A", "B", "C"], rows
assert set(rows[0]) == {"name", "layer", "lat", "lon", "distance_m", "data"}, rows[0]
inp = "".join(f"26.3556 127.7675 {r['lat']} {r['lon']}\n" for r in rows)
ref = subprocess.run(["GeodSolve", "-i", "-p", "6"], input=inp, capture_output=True, text=True, check=True).stdout
for r, l in zip(rows, ref.splitlines()):
    assert abs(r["distance_m"] - float(l.split()[2])) < 1e-3, (r, l)
d = [r["distance_m"] for r in rows]
assert d == sorted(d)
PY

# From a polygon feature: distance to its nearest part (Taiwan to the bases of Okinawa).
run within Taiwan --radius 700km --json
expect_code 0 "within of a polygon feature"
python3 - "$OUT" <<'PY' && pass "bases near Taiwan, nearest first" || fail "within Taiwan: $OUT"
import json, sys
rows = json.loads(sys.argv[1])
d = [r["distance_m"] for r in rows]
assert d == sorted(d) and all(0 <= x <= 700000 for x in d), d
PY

run within 26.3556,127.7675 --radius 0;      expect_error 2 "zero" "radius 0"
run within 26.3556,127.7675 --radius -1km;   expect_error 2 "negative" "negative radius"
run within 91,0 --radius 10km;               expect_error 2 "latitude 91" "lat 91"
run within 0,inf --radius 10km;              expect_error 2 "finite" "inf"
run within 0,0 --radius 10km --layer nosuch; expect_error 2 "nosuch" "unknown layer"
finish
