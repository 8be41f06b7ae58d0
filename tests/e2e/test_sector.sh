#!/usr/bin/env bash
# rangemap sector, ring --min-radius and --radials: every vertex checked with GeographicLib's
# GeodSolve (on an arc at its radius within 1 m, or on a side at its azimuth within 1e-6°), the
# annulus area against Planimeter's outer circle minus inner, radial ends at the radius and
# bearing; GIS files read back by ogrinfo; bad input refused.
source "$E2E_DIR/lib.sh"

check_fan() { # FILE AZIMUTH WIDTH RADIUS_M MIN_RADIUS_M CENTRE_LAT CENTRE_LON
    python3 - "$@" <<'PY'
import json, subprocess, sys
path, az, width, r, r0, clat, clon = sys.argv[1], *map(float, sys.argv[2:])
fc = json.load(open(path))
fan = fc["features"][0]
g = fan["geometry"]
polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
verts = [v for p in polys for ring in p for v in ring if abs(v[1]) != 90]
rows = "".join(f"{clat} {clon} {v[1]!r} {v[0]!r}\n" for v in verts)
out = subprocess.run(["GeodSolve", "-i", "-p", "9"], input=rows, capture_output=True, text=True, check=True).stdout
a1, a2 = az - width / 2, az + width / 2
gap = lambda a, b: abs((a - b + 180) % 360 - 180)
arc = side = cut = 0
for v, line in zip(verts, out.splitlines()):
    azi1, _, s = map(float, line.split())
    if abs(s - r) <= 1 or (r0 > 0 and abs(s - r0) <= 1):
        arc += 1
    elif s < 1e-6 or gap(azi1, a1) <= 1e-6 or gap(azi1, a2) <= 1e-6:
        side += 1
    else:
        assert abs(abs(v[0]) - 180) < 1e-9, f"vertex {v} at {s} m, {azi1} deg: on no arc or side"
        cut += 1
assert arc >= 10 and side >= 2, (arc, side)
for f in fc["features"][1:]:  # radials: the far end at the radius and on its bearing
    lines = f["geometry"]["coordinates"] if f["geometry"]["type"] == "MultiLineString" else [f["geometry"]["coordinates"]]
    end = lines[-1][-1]
    azi1, _, s = map(float, subprocess.run(["GeodSolve", "-i", "-p", "9"], input=f"{clat} {clon} {end[1]!r} {end[0]!r}\n",
                                            capture_output=True, text=True, check=True).stdout.split())
    assert abs(s - r) <= 1 and gap(azi1, f["properties"]["bearing_deg"]) <= 1e-6, (f["properties"], s, azi1)
print(f"{arc} arc, {side} side, {cut} cut vertices; {len(fc['features']) - 1} radials")
PY
}

run sector Kadena --azimuth 270 --width 60 --radius 1000km --min-radius 200km --radials 3
expect_code 0 "a fan west of Kadena"
printf '%s\n' "$OUT" >"$WORK/fan.geojson"
check_fan "$WORK/fan.geojson" 270 60 1e6 2e5 26.3556 127.7675 && pass "fan vertices on arcs and sides by GeodSolve" || fail "fan vertices"

run sector 0,179 --azimuth 90 --width 60 --radius 1000km --radials 2
expect_code 0 "a fan across the antimeridian"
printf '%s\n' "$OUT" >"$WORK/am.geojson"
check_fan "$WORK/am.geojson" 90 60 1e6 0 0 179 && pass "antimeridian fan by GeodSolve" || fail "antimeridian fan"
grep -q '"MultiPolygon"' "$WORK/am.geojson" && pass "split at ±180" || fail "not split at ±180"

run sector 80,20 --azimuth 0 --width 60 --radius 2000km
expect_code 0 "a fan over the North Pole"
printf '%s\n' "$OUT" >"$WORK/pole.geojson"
check_fan "$WORK/pole.geojson" 0 60 2e6 0 80 20 && pass "polar fan by GeodSolve" || fail "polar fan"
grep -q '"contains_north_pole":true' "$WORK/pole.geojson" && pass "the fan holds the pole" || fail "pole not held"

# The annulus: its area (rangemap's own, from the polygon) against Planimeter's outer circle
# less the inner, both traced here with GeodSolve at 0.01° steps.
run ring Kadena --radius 1000km --min-radius 300km
expect_code 0 "an annulus"
printf '%s\n' "$OUT" >"$WORK/annulus.geojson"
ogr2ogr -f GPKG "$WORK/annulus.gpkg" "$WORK/annulus.geojson" 2>/dev/null
python3 - "$WORK/annulus.geojson" <<'PY' && pass "annulus area within 0.01% of Planimeter" || fail "annulus area"
import json, subprocess, sys
g = json.load(open(sys.argv[1]))["features"][0]["geometry"]
assert g["type"] == "Polygon" and len(g["coordinates"]) == 2, "a ring with one hole"
def planimeter(ring):
    out = subprocess.run(["Planimeter"], input="".join(f"{lat!r} {lon!r}\n" for lon, lat in ring),
                         capture_output=True, text=True, check=True).stdout.split()
    return abs(float(out[2]))
def circle(r):
    rows = "".join(f"26.3556 127.7675 {k / 100} {r}\n" for k in range(36000))
    out = subprocess.run(["GeodSolve", "-p", "9"], input=rows, capture_output=True, text=True, check=True).stdout
    return [(float(l.split()[1]), float(l.split()[0])) for l in out.splitlines()]
want = planimeter(circle(1e6)) - planimeter(circle(3e5))
got = planimeter(g["coordinates"][0][:-1]) - planimeter(g["coordinates"][1][:-1])
print(f"annulus {got / 1e6:.1f} km2, Planimeter {want / 1e6:.1f} km2")
assert abs(got - want) / want < 1e-4, (got, want)
PY

# GIS files of a fan with radials, read back by ogrinfo.
run sector Kadena --azimuth 45 --width 90 --radius 500km --radials 3 --out "$WORK/fan.gpkg"
expect_code 0 "fan to GeoPackage"
ogrinfo -ro -al -so "$WORK/fan.gpkg" 2>/dev/null | grep -q "Feature Count: 4" && pass "GeoPackage holds the fan and 3 radials" \
    || fail "GeoPackage content: $(ogrinfo -ro -al -so "$WORK/fan.gpkg" 2>&1 | head -20)"

# A scenario with a fan, an annulus and radials: drawn and labelled, and coverage beyond the
# minimum radius equal to a brute force with GeodSolve over the bases list.
cat >"$WORK/fan.yaml" <<'YAML'
title: Fans and minimum ranges
map: {extent: [115, 15, 140, 35]}
rings:
  - {centre: Kadena, radius: 1000km, min_radius: 300km, radials: 4}
sectors:
  - {centre: Yonaguni, azimuth: 270, width: 60, radius: 800km, radials: 3, label: "Radar {radius}"}
questions:
  - coverage: {sites: [Kadena], radii: [1000km], min_radius: 300km, targets: {layer: bases}}
YAML
run render "$WORK/fan.yaml" -o "$WORK/fan.png" --report "$WORK/fan.report.json"
expect_code 0 "a scenario with a fan, an annulus and radials"
python3 - "$WORK/fan.report.json" <<'PY' && pass "fan, annulus and bearings labelled" || fail "labels: $(cat "$WORK/fan.report.json")"
import json, sys
texts = {l["text"] for l in json.load(open(sys.argv[1]))["labels"]}
assert "Radar 800 km" in texts, texts
assert {"90°", "180°", "270°"} <= texts, texts
PY
run query "$WORK/fan.yaml" --json
expect_code 0 "coverage beyond a minimum radius"
printf '%s\n' "$OUT" >"$WORK/fan.answers.json"
python3 - "$WORK/fan.answers.json" "$RANGEMAP_DATA/bases.csv" <<'PY' && pass "coverage 300-1,000 km equals GeodSolve over the bases" || fail "coverage beyond the minimum radius"
import csv, json, subprocess, sys
ans = json.load(open(sys.argv[1]))[0]
got = {r["target"]: r["sites_within_1000km"] for r in ans["rows"]}
rows = list(csv.DictReader(open(sys.argv[2])))
inp = "".join(f"26.3556 127.7675 {r['lat']} {r['lon']}\n" for r in rows)
out = subprocess.run(["GeodSolve", "-i", "-p", "6"], input=inp, capture_output=True, text=True, check=True).stdout
want = {r["name"]: int(3e5 <= float(l.split()[2]) <= 1e6) for r, l in zip(rows, out.splitlines())}
assert any(want.values()) and not all(want.values())
for name, n in got.items():
    assert n == want[name], (name, n, want[name])
print(f"{sum(want.values())} of {len(got)} bases between 300 and 1,000 km of Kadena")
PY

# Google Earth: KML and KMZ through GDAL's LIBKML driver, styled as the map draws the fan, with
# the geometry of the GeoJSON answer.
run sector 0,179 --azimuth 90 --width 60 --radius 1000km --radials 2
printf '%s\n' "$OUT" >"$WORK/kml_src.geojson"
for ext in kml kmz; do
    run sector 0,179 --azimuth 90 --width 60 --radius 1000km --radials 2 --out "$WORK/fan.$ext"
    expect_code 0 "fan to .$ext"
    info=$(ogrinfo -ro -al "$WORK/fan.$ext" 2>&1)
    grep -q "using driver .LIBKML. successful" <<<"$info" && grep -q "Feature Count: 3" <<<"$info" &&
        grep -q "Style = PEN(c:#CB4E00FF,w:2.2" <<<"$info" && grep -q "BRUSH(fc:#CB4E00" <<<"$info" &&
        pass ".$ext read back by LIBKML with the map's style" || fail ".$ext: $info"
    ogr2ogr -f GeoJSON "$WORK/back.geojson" "$WORK/fan.$ext" 2>/dev/null
    python3 - "$WORK/kml_src.geojson" "$WORK/back.geojson" <<'PY' && pass ".$ext geometry equals the GeoJSON's" || fail ".$ext geometry"
import json, sys
def coords(path):
    out = []
    def walk(x):
        if isinstance(x[0], (int, float)): out.append((x[0], x[1]))
        else:
            for y in x: walk(y)
    for f in json.load(open(path))["features"]: walk(f["geometry"]["coordinates"])
    return out
a, b = coords(sys.argv[1]), coords(sys.argv[2])
assert len(a) == len(b), (len(a), len(b))
assert max(max(abs(p[0] - q[0]), abs(p[1] - q[1])) for p, q in zip(a, b)) < 1e-9
PY
done

run sector Kadena --azimuth 10 --width 0 --radius 1000km
expect_error 2 "sector width 0 is outside \(0, 360\] degrees" "zero width"
run sector Kadena --azimuth 10 --width 361 --radius 1000km
expect_error 2 "outside \(0, 360\]" "width over 360"
run sector Kadena --azimuth nan --width 30 --radius 1000km
expect_error 2 "--azimuth 'nan' is not finite" "azimuth not finite"
run sector Kadena --azimuth 10 --width 30 --radius 1000km --min-radius 1000km
expect_error 2 "minimum radius 1,000 km is not below the radius 1,000 km" "minimum radius at the radius"
run ring Kadena --radius 1000km --min-radius 2000km
expect_error 2 "minimum radius 2,000 km is not below" "ring minimum radius beyond the radius"
run sector Kadena --azimuth 10 --width 30 --radius 1000km --radials 0
expect_error 2 "--radials 0 is outside 1..360" "no radials"
run ring Kadena --radius 1000km --radials 361
expect_error 2 "--radials 361 is outside 1..360" "too many radials"
run sector Japan --azimuth 10 --width 30 --radius 100km
expect_error 2 "sector CENTER must be a point" "sector around a polygon"

finish
