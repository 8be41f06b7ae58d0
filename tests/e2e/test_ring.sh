#!/usr/bin/env bash
# rangemap ring: GeoJSON per RFC 7946, vertices at R, antimeridian, poles, limits, GIS output.
source "$E2E_DIR/lib.sh"

# check_ring FILE LAT LON R_M: every vertex off the ±180 cut and the poles lies at R within 1 m
# (GeodSolve), exteriors are counter-clockwise and holes clockwise, longitudes within ±180. Prints the polygon count.
check_ring() {
    python3 - "$@" <<'PY'
import json, subprocess, sys
path, lat, lon, r = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
fc = json.load(open(path))
assert fc["type"] == "FeatureCollection"
g = fc["features"][0]["geometry"]
polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
pts = []
for poly in polys:
    for k, ring in enumerate(poly):
        area = sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))
        assert (area > 0) == (k == 0), "exterior not counter-clockwise or hole not clockwise"
        for x, y in ring:
            assert -180 <= x <= 180 and -90 <= y <= 90, (x, y)
            if abs(x) != 180 and abs(y) != 90:
                pts.append((y, x))
inp = "".join(f"{lat} {lon} {y} {x}\n" for y, x in pts)
out = subprocess.run(["GeodSolve", "-i", "-p", "6"], input=inp, capture_output=True, text=True, check=True).stdout
worst = max(abs(float(l.split()[2]) - r) for l in out.splitlines())
assert worst < 1.0, f"vertex off the circle by {worst} m"
print(len(polys))
PY
}

run ring 26.3556,127.7675 --radius 1000km
expect_code 0 "ring around Kadena"
echo "$OUT" > "$WORK/kadena.geojson"
n=$(check_ring "$WORK/kadena.geojson" 26.3556 127.7675 1000000) && pass "Kadena ring vertices at 1000 km ($n polygon)" || fail "Kadena ring"

run ring "13.58N 144.93E" --radius 5000km
expect_code 0 "ring around Guam, 5000 km"
echo "$OUT" > "$WORK/guam.geojson"
n=$(check_ring "$WORK/guam.geojson" 13.58 144.93 5000000) && [[ $n -ge 2 ]] && pass "Guam ring split at the antimeridian into $n polygons" || fail "Guam ring: $n"
grep -q '"MultiPolygon"' "$WORK/guam.geojson" && pass "MultiPolygon" || fail "not a MultiPolygon"

run ring 40.70,141.37 --radius 6000km
expect_code 0 "ring around Misawa, 6000 km"
echo "$OUT" > "$WORK/misawa.geojson"
check_ring "$WORK/misawa.geojson" 40.70 141.37 6000000 >/dev/null && pass "Misawa ring vertices" || fail "Misawa ring"
python3 -c "
import json,sys
f=json.load(open('$WORK/misawa.geojson'))['features'][0]
g=f['geometry']; polys=[g['coordinates']] if g['type']=='Polygon' else g['coordinates']
sys.exit(0 if f['properties']['contains_north_pole'] and any(p[1]==90 for poly in polys for p in poly[0]) else 1)" \
    && pass "the north pole is inside, the polygon runs along lat 90" || fail "pole not inside"

run ring 13.58,144.93 --radius 19000km
expect_code 0 "ring around Guam, 19000 km"
echo "$OUT" > "$WORK/guam19.geojson"
check_ring "$WORK/guam19.geojson" 13.58 144.93 19000000 >/dev/null && pass "19000 km ring vertices" || fail "19000 km ring"
python3 -c "
import json,sys
f=json.load(open('$WORK/guam19.geojson'))['features'][0]
g=f['geometry']; polys=[g['coordinates']] if g['type']=='Polygon' else g['coordinates']
sys.exit(0 if any(len(p)>1 for p in polys) and f['properties']['contains_south_pole'] else 1)" \
    && pass "world minus a hole around the antipode" || fail "19000 km ring shape"

# GIS output by extension.
run ring 26.3556,127.7675 --radius 621mi --out "$WORK/r.geojson"
expect_code 0 "ring --out .geojson"
check_ring "$WORK/r.geojson" 26.3556 127.7675 999402.624 >/dev/null && pass "written GeoJSON" || fail "written GeoJSON"
run ring 26.3556,127.7675 --radius 540nmi --out "$WORK/r.gpkg"
expect_code 0 "ring --out .gpkg"
if command -v ogrinfo >/dev/null; then
    ogrinfo -q "$WORK/r.gpkg" >/dev/null 2>&1 && pass "GeoPackage opens" || fail "GeoPackage does not open"
fi

# Bad input.
run ring 26.3556,127.7675 --radius 0;        expect_error 2 "zero" "radius 0"
run ring 26.3556,127.7675 --radius -5km;     expect_error 2 "negative" "negative radius"
run ring 26.3556,127.7675 --radius 20100km;  expect_error 2 "antipode.*largest radius" "radius beyond the antipode"
run ring 91,0 --radius 10km;                 expect_error 2 "latitude 91" "lat 91"
run ring 0,181 --radius 10km;                expect_error 2 "longitude 181" "lon 181"
run ring nan,0 --radius 10km;                expect_error 2 "finite" "nan centre"
run ring 0,0 --radius nan;                   expect_error 2 "finite" "nan radius"
run ring 0,0 --radius 10km --out "$WORK/x.unknownext"; expect_error 2 "unknown extension '\.unknownext'" "unknown output extension"
finish
