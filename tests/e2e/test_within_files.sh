#!/usr/bin/env bash
# rangemap within over large point files (a CSV, an indexed GeoPackage) that it reads only
# where in reach: the same rows, order and distances as a brute-force scan with pyproj, and as
# the whole file loaded (a GeoPackage without a spatial index); across the antimeridian, about
# the poles; names and errors as when the file is loaded whole.
source "$E2E_DIR/lib.sh"

python3 "$SOURCE_DIR/tools/bench/make_points.py" 40000 "$WORK/pts.csv" --gpkg "$WORK/pts.gpkg" --seed 17 >/dev/null ||
    fail "make_points.py"
ogr2ogr -f GPKG -lco SPATIAL_INDEX=NO "$WORK/flat.gpkg" "$WORK/pts.gpkg" || fail "ogr2ogr without index"

# centre (lat,lon) and radius in metres
cases=("26.3556,127.7675 1000000" "-17,179.5 800000" "65,-179.9 2500000" "85,10 1000000" "-89.9,0 300000"
    "0,0 15000000" "10,20 1")
for c in "${cases[@]}"; do
    read -r centre radius <<<"$c"
    run --no-default-data --data "$WORK/pts.csv" within "$centre" --radius "$radius" --json
    cp "$WORK/out" "$WORK/csv.json"
    [[ $CODE -eq 0 ]] || fail "CSV within $centre: $ERR"
    run --no-default-data --data "$WORK/pts.gpkg" within "$centre" --radius "$radius" --json
    cp "$WORK/out" "$WORK/gpkg.json"
    [[ $CODE -eq 0 ]] || fail "GeoPackage within $centre: $ERR"
    run --no-default-data --data "$WORK/flat.gpkg" within "$centre" --radius "$radius" --json
    cp "$WORK/out" "$WORK/flat.json"
    [[ $CODE -eq 0 ]] || fail "whole GeoPackage within $centre: $ERR"
    /usr/bin/python3 - "$WORK" "$centre" "$radius" <<'PY' && pass "within $centre r $radius: CSV, indexed and whole GeoPackage equal a pyproj scan" ||
import csv, json, sys
from pyproj import Geod
work, centre, radius = sys.argv[1], sys.argv[2], float(sys.argv[3])
lat0, lon0 = map(float, centre.split(","))
g = Geod(ellps="WGS84")
pts = list(csv.DictReader(open(f"{work}/pts.csv")))
lats = [float(p["lat"]) for p in pts]
lons = [float(p["lon"]) for p in pts]
_, _, d = g.inv([lon0] * len(pts), [lat0] * len(pts), lons, lats)
expect = sorted([(d[i], i) for i in range(len(pts)) if d[i] <= radius])
rows = {k: json.load(open(f"{work}/{k}.json")) for k in ("csv", "gpkg", "flat")}
assert len(expect) == len(rows["csv"]), (len(expect), len(rows["csv"]))
for (dist, i), r in zip(expect, rows["csv"]):
    assert r["name"] == pts[i]["name"] and abs(r["distance_m"] - dist) < 1e-6, (r, pts[i], dist)
key = lambda rs: [(r["name"], r["lat"], r["lon"], r["distance_m"]) for r in rs]
assert key(rows["gpkg"]) == key(rows["csv"]), "GeoPackage differs from CSV"
assert key(rows["flat"]) == key(rows["gpkg"]), "indexed GeoPackage differs from the whole one"
PY
        fail "within $centre r $radius differs"
done

# A name from the default data; the file's rows among the answer, as the scan has them.
run --data "$WORK/pts.csv" within Kadena --radius 1000km --json
expect_code 0 "within Kadena over a CSV"
grep -q '"layer":"pts"' <<<"$OUT" && grep -q '"layer":"bases"' <<<"$OUT" && pass "rows from the bases and the file" ||
    fail "Kadena rows: ${OUT:0:300}"

# A name in the file is found as when the file is loaded whole: unique, or ambiguous with a base.
sed 's/^P00000007,/Kadena Air Strip,/; s/^P00000008,/Zzyzx Point,/' "$WORK/pts.csv" > "$WORK/named.csv"
run --data "$WORK/named.csv" within "Kadena Air" --radius 500km
expect_error 2 "ambiguous place 'Kadena Air'" "a name in the file and in the bases is ambiguous"
run --data "$WORK/named.csv" within "Zzyzx Point" --radius 500km --json
expect_code 0 "a name only the file has"
python3 - "$OUT" <<'PY' && pass "around a point of the file, itself left out" || fail "Zzyzx: ${OUT:0:300}"
import json, sys
rows = json.loads(sys.argv[1])
assert rows and all(r["name"] != "Zzyzx Point" for r in rows)
PY

# --layer picks the file alone.
run --data "$WORK/pts.csv" within Kadena --radius 1000km --layer pts --json
expect_code 0 "--layer of a file"
grep -q '"layer":"bases"' <<<"$OUT" && fail "--layer pts kept bases" || pass "--layer pts: the file's rows only"

# Bad rows anywhere in the file are errors, as when loading it: line and column named.
cp "$WORK/pts.csv" "$WORK/bad.csv"
printf 'Bad,95.0,10.0,town\n' >> "$WORK/bad.csv"
run --no-default-data --data "$WORK/bad.csv" within 26,127 --radius 100km
expect_error 1 "bad.csv'?: line 40002: column 2 \(lat\): 95.0 is outside" "a latitude out of range far away"
printf 'Short,1.0\n' >> "$WORK/pts.csv"
run --no-default-data --data "$WORK/pts.csv" within 26,127 --radius 100km
expect_error 1 "line 40002: 2 fields where the header has 4" "a short row"

finish
