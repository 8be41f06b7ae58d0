#!/usr/bin/env bash
# Hostile input, end to end: every class of input in docs/reliability.md. Each run either gives
# the correct answer (checked against GeodSolve) or exits 2 (usage) / 1 (data, output) with
# exactly one `rangemap: error:` line; nothing hangs (every run has a timeout) or crashes; a
# failed run leaves an existing output file byte for byte as it was.
source "$E2E_DIR/lib.sh"
cd "$WORK" || exit 1

# hrun ARGS...: as lib.sh's run, with a 60 s limit; a timeout (exit 124) is reported as a hang.
hrun() {
    timeout 60 "$RANGEMAP" "$@" >"$WORK/out" 2>"$WORK/err"
    CODE=$?
    OUT=$(cat "$WORK/out")
    ERR=$(cat "$WORK/err")
    if ((CODE == 124)); then fail "hang (60 s): rangemap $*"; fi
    if ((CODE > 128)); then fail "crash (signal $((CODE - 128))): rangemap $*"; fi
}
# refuses CODE PATTERN ARGS...: the run exits CODE with one error line matching PATTERN.
refuses() {
    local code=$1 pattern=$2
    shift 2
    hrun "$@"
    expect_error "$code" "$pattern" "refuses: $*"
}
# keep FILE: puts known bytes in FILE and a copy beside it; unchanged FILE checks them.
keep() { printf 'previous contents of %s\n' "$1" >"$1"; cp "$1" "$1.orig"; }
unchanged() { cmp -s "$1" "$1.orig" && pass "$1 left untouched" || fail "$1 was changed by a failed run"; }
# json EXPR: evaluates EXPR with `d` = the last run's stdout parsed as JSON.
json() { python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print($1)" <<<"$OUT"; }
geod_s12() { echo "$1 $2 $3 $4" | GeodSolve -i -p 9 | awk '{print $3}'; }
# ring_on_circle LAT LON R_M [ALL]: the largest |GeodSolve distance - R_M| over the vertices of
# the ring in $OUT, pole closures left out; without ALL, the points where the ring is cut at
# the antimeridian (longitude +-180) are left out too.
ring_on_circle() {
    json "'\\n'.join(f'$1 $2 {p[1]!r} {p[0]!r}' for f in d['features'] for g in [f['geometry']]
          for poly in (g['coordinates'] if g['type']=='MultiPolygon' else [g['coordinates']])
          for ring in poly for p in ring if abs(p[1]) < 90 and ('${4:-}' == 'ALL' or abs(p[0]) < 180))" >"$WORK/pairs"
    GeodSolve -i -p 9 <"$WORK/pairs" | awk -v r="$3" '{e=$3-r; if (e<0) e=-e; if (e>m) m=e} END {print m+0}'
}
fc() { # fc FILE NAME GEOMETRY-JSON: a one-feature GeoJSON file
    printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"%s"},"geometry":%s}]}' \
        "$2" "$3" >"$1"
}

# --- Places: NaN, Inf, huge, out of range, poles, antimeridian ------------------------------
refuses 2 "'nan,0'.*not a finite number" distance nan,0 0,0
refuses 2 "'inf,0'.*not a finite number" distance inf,0 0,0
refuses 2 "'0,-inf'.*not a finite number" distance 0,-inf 0,0
refuses 2 "'-nan,0'.*not a finite number" distance -- -nan,0 0,0
refuses 2 "1e\+300 is outside \[-90, 90\]" distance 1e300,0 0,0
refuses 2 "1e\+300 is outside \[-180, 180\]" distance 0,1e300 0,0
refuses 2 "91 is outside \[-90, 90\]" distance 91,0 0,0
refuses 2 "190 is outside \[-180, 180\].*-170" distance 0,190 0,0
hrun distance 90,0 -90,0 --json
expect_code 0 "pole to pole"
near "$(json "d['distance_m']")" "$(geod_s12 90 0 -90 0)" 0.001 "pole to pole equals GeodSolve"
hrun distance 0,180 0,-180 --json
expect_code 0 "lon 180 and -180"
near "$(json "d['distance_m']")" 0 1e-6 "lon 180 and -180 are one meridian"
hrun distance 90,0 90,180 --json
near "$(json "d['distance_m']")" 0 1e-6 "the north pole at any longitude is one point"
printf 'lat1,lon1,lat2,lon2\n90,0,-90,0\n0,180,0,-180\n-90,45,-90,-135\n' >batch.csv
hrun distance --batch batch.csv
expect_code 0 "batch of pole and antimeridian rows"
near "$(sed -n 2p <<<"$OUT" | cut -d, -f1)" "$(geod_s12 90 0 -90 0)" 0.001 "batch pole to pole"
near "$(sed -n 4p <<<"$OUT" | cut -d, -f1)" 0 1e-6 "batch south pole to itself"
printf 'lat1,lon1,lat2,lon2\n0,0,nan,1\n' >batch_nan.csv
refuses 2 "batch_nan.csv line 2: lat2 'nan'" distance --batch batch_nan.csv

# --- Lengths -------------------------------------------------------------------------------
refuses 2 "'0' is zero" ring 0,0 --radius 0
refuses 2 "'-5km' is negative" ring 0,0 --radius -5km
refuses 2 "'nan km' is not finite" ring 0,0 --radius "nan km"
refuses 2 "'infkm' is not finite" ring 0,0 --radius infkm
refuses 2 "antipode" ring 0,0 --radius 1e300km
refuses 2 "antipode.*20003.931 km" ring 0,0 --radius 20004km
refuses 2 "antipode" ring 13.58,144.93 --radius 25000km
# Just under the antipodal distance: finishes, and reports how far its vertices are from R.
hrun ring 0,0 --radius 20003.9km; expect_code 0 "ring just under the antipodal distance"
hrun ring 13.44,144.79 --radius 19990km; expect_code 0 "19,990 km ring around Guam"

# --- Rings at the poles, on and across the antimeridian -------------------------------------
hrun ring 90,0 --radius 1000km
expect_code 0 "ring around the north pole"
[[ $(json "d['features'][0]['properties']['contains_north_pole']") == True ]] \
    && pass "north-pole ring contains the pole" || fail "north-pole ring does not contain the pole"
near "$(ring_on_circle 90 0 1000000)" 0 1 "north-pole ring vertices at 1,000 km (GeodSolve)"
hrun ring -90,0 --radius 1000km
[[ $(json "d['features'][0]['properties']['contains_south_pole']") == True ]] \
    && pass "south-pole ring contains the pole" || fail "south-pole ring does not contain the pole"
near "$(ring_on_circle -90 0 1000000)" 0 1 "south-pole ring vertices at 1,000 km (GeodSolve)"
for lon in 180 -180; do
    hrun ring 0,$lon --radius 1000km
    expect_code 0 "ring centred on lon $lon"
    [[ $(json "d['features'][0]['geometry']['type']") == MultiPolygon ]] \
        && pass "ring on lon $lon is split at the antimeridian" || fail "ring on lon $lon is not split"
    near "$(json "max(abs(p[0]) for f in d['features'] for poly in f['geometry']['coordinates'] for r in poly for p in r)")" \
        180 0 "ring on lon $lon keeps longitudes within [-180, 180]"
    near "$(ring_on_circle 0 $lon 1000000)" 0 1 "ring on lon $lon vertices at 1,000 km (GeodSolve)"
done
hrun ring 13.58,144.93 --radius 5000km
expect_code 0 "Guam 5,000 km ring"
[[ $(json "d['features'][0]['geometry']['type']") == MultiPolygon ]] \
    && pass "Guam 5,000 km ring is split at the antimeridian" || fail "Guam ring is not split"
near "$(ring_on_circle 13.58 144.93 5000000)" 0 1 "Guam ring vertices at 5,000 km (GeodSolve)"
hrun ring 13.58,144.93 --radius 5000km
near "$(ring_on_circle 13.58 144.93 5000000 ALL)" 0 1 "Guam ring cut points at 5,000 km"
hrun ring 40.7033,141.3681 --radius 6000km
expect_code 0 "Misawa 6,000 km ring"
[[ $(json "d['features'][0]['properties']['contains_north_pole']") == True ]] \
    && pass "Misawa 6,000 km ring contains the north pole" || fail "Misawa ring misses the pole"
near "$(json "max(p[1] for f in d['features'] for r in f['geometry']['coordinates'] for p in r)")" 90 0 \
    "Misawa ring polygon reaches latitude 90"
near "$(ring_on_circle 40.7033 141.3681 6000000)" 0 1 "Misawa ring vertices at 6,000 km (GeodSolve)"
hrun ring 13.44,144.79 --radius 19000km
expect_code 0 "a 19,000 km ring around Guam (almost the whole earth)"
[[ $(json "d['features'][0]['properties']['contains_south_pole'] and d['features'][0]['properties']['contains_north_pole']") == True ]] \
    && pass "the 19,000 km ring holds both poles" || fail "the 19,000 km ring misses a pole"

# --- Polygons in input data ----------------------------------------------------------------
fc bowtie.geojson Bowtie '{"type":"Polygon","coordinates":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}'
hrun distance Bowtie 0,20 --no-default-data --data bowtie.geojson --json
expect_code 0 "self-intersecting polygon is repaired"
grep -q "feature 0 (Bowtie).*repaired" <<<"$ERR" && pass "the repair names the feature" || fail "no repair note: $ERR"
near "$(json "d['distance_m']")" "$(geod_s12 0 10 0 20)" 0.001 "distance from the repaired bowtie equals GeodSolve"
fc unclosed.geojson Unclosed '{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10]]]}'
refuses 1 "feature 0 \(Unclosed\).*cannot repair" distance Unclosed 0,20 --no-default-data --data unclosed.geojson
fc flat.geojson Flat '{"type":"Polygon","coordinates":[[[0,0],[1,1],[2,2],[0,0]]]}'
hrun distance Flat 0,20 --no-default-data --data flat.geojson --json
expect_code 0 "zero-area polygon is repaired (to its line)"
near "$(json "d['distance_m']")" "$(geod_s12 2 2 0 20)" 0.01 "distance from the zero-area polygon equals GeodSolve"
fc empty.geojson Nothing '{"type":"Polygon","coordinates":[]}'
refuses 1 "'empty.geojson' has no features with a geometry" distance Nothing 0,20 --no-default-data --data empty.geojson
fc huge.geojson Huge '{"type":"Polygon","coordinates":[[[0,0],[1e300,0],[1,1],[0,0]]]}'
refuses 1 "feature 0 \(Huge\).*outside" distance Huge 0,20 --no-default-data --data huge.geojson
cat >pair.geojson <<'EOF'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"West"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
{"type":"Feature","properties":{"name":"East"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
{"type":"Feature","properties":{"name":"Outer"},"geometry":{"type":"Polygon","coordinates":[[[10,10],[20,10],[20,20],[10,20],[10,10]]]}},
{"type":"Feature","properties":{"name":"Inner"},"geometry":{"type":"Polygon","coordinates":[[[14,14],[16,14],[16,16],[14,16],[14,14]]]}}
]}
EOF
hrun distance West East --no-default-data --data pair.geojson --json
expect_code 0 "touching features"
near "$(json "d['distance_m']")" 0 1e-6 "touching features are 0 m apart"
near "$(json "d['from']['lon']")" 1 1e-9 "the witness lies on the shared edge"
for pair in "Outer Inner" "Inner Outer"; do
    hrun distance $pair --no-default-data --data pair.geojson --json
    near "$(json "d['distance_m']")" 0 1e-6 "nested features ($pair) are 0 m apart"
done

# --- Points CSV ----------------------------------------------------------------------------
printf 'name,lat,lon\nA,nan,1\n' >nan.csv
refuses 1 "'nan.csv': line 2: column 2 \(lat\): 'nan' is not finite" places --no-default-data --data nan.csv
printf 'name,lat,lon\nA,1,-inf\n' >inf.csv
refuses 1 "'inf.csv': line 2: column 3 \(lon\)" places --no-default-data --data inf.csv
printf 'name,lat,lon\nA,1e-400,1\nB,1e400,1\n' >tiny.csv
refuses 1 "'tiny.csv': line 2: column 2 \(lat\): '1e-400' is too small to represent" places --no-default-data --data tiny.csv
printf 'name,lat,lon\nA,1e300,1\n' >big.csv
refuses 1 "'big.csv': line 2: column 2 \(lat\): 1e300 is outside" places --no-default-data --data big.csv
printf 'name,lat,lon\n' >header.csv
refuses 1 "'header.csv'.*no rows" places --no-default-data --data header.csv
printf '\n""\n' >blank_quoted.csv
refuses 1 "'blank_quoted.csv'.*empty" places --no-default-data --data blank_quoted.csv

# --- Damaged data sources ------------------------------------------------------------------
ogr2ogr -f "ESRI Shapefile" whole.shp pair.geojson 2>/dev/null
for ext in shx dbf prj; do cp "whole.$ext" "cut.$ext"; done
head -c 200 whole.shp >cut.shp
refuses 1 "'cut.shp'.*(damaged|truncated)" places --no-default-data --data cut.shp
ogr2ogr -f GPKG bad.gpkg pair.geojson 2>/dev/null
printf 'XXXXXXXXXXXXXXXX' | dd of=bad.gpkg bs=1 seek=0 conv=notrunc 2>/dev/null
refuses 1 "'bad.gpkg'" places --no-default-data --data bad.gpkg
refuses 1 "'missing.gpkg' does not exist" places --no-default-data --data missing.gpkg
python3 - <<'EOF'
n = 10000
head = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Deep"},'
open('deep_arrays.geojson', 'w').write(
    head + '"geometry":{"type":"GeometryCollection","geometries":[' + '[' * n + ']' * n + ']}}]}')
open('deep_objects.geojson', 'w').write(
    head[:-1] + ',"x":' + '{"a":' * n + '1' + '}' * n + '},"geometry":{"type":"Point","coordinates":[1,2]}}]}')
EOF
refuses 1 "'deep_arrays.geojson'" places --no-default-data --data deep_arrays.geojson
refuses 1 "'deep_objects.geojson'" places --no-default-data --data deep_objects.geojson

# --- Maps: Mercator near the pole, extents, page sizes --------------------------------------
fc polar.geojson Polar '{"type":"Polygon","coordinates":[[[0,80],[10,80],[10,89.9999],[0,89.9999],[0,80]]]}'
hrun render -o merc.png --crs EPSG:3857 --extent -180,-89.9999,180,89.9999 --size 400x300 --data polar.geojson
expect_code 0 "Mercator map to latitude 89.9999 with a vertex there"
[[ "$(file -b merc.png)" == "PNG image data, 400 x 300"* ]] && pass "the Mercator map is a 400x300 PNG" \
    || fail "Mercator map: $(file -b merc.png)"
keep map.png
refuses 2 "EPSG:3857.*cannot show the extent" render -o map.png --crs EPSG:3857 --extent -180,-90,180,90 --size 400x300
unchanged map.png
refuses 2 "extent nan,0,10,10.*not finite" render -o map.png --extent nan,0,10,10 --size 400x300
refuses 2 "min_lon >= max_lon" render -o map.png --extent 10,10,0,0 --size 400x300
refuses 2 "unknown CRS 'EPSG:99999'" render -o map.png --crs EPSG:99999 --size 400x300
refuses 2 "--size 100000x100 is outside" render -o map.png --size 100000x100
refuses 2 "--size 0x100 is outside" render -o map.png --size 0x100
refuses 2 "over the limit of 100 million pixels" render -o map.png --size 20000x20000
unchanged map.png
hrun render -o far.png --extent 170,-10,190,10 --size 400x300; expect_code 0 "article figure on another extent"
hrun render -o far2.png --extent -20,60,40,89.9999 --size 400x300; expect_code 0 "article figure near the pole"

# --- Scenarios (once `query` reads scenario files) ------------------------------------------
if "$RANGEMAP" --help | grep -qE '^ +query '; then
    keep fig.png
    bad_scenario() { # NAME YAML PATTERN
        printf '%s' "$2" >"$1.yaml"
        refuses 2 "$3" query "$1.yaml"
        refuses 2 "$3" render "$1.yaml" -o fig.png
        unchanged fig.png
    }
    bad_scenario syntax $'title: x\nrings:\n  - centre: [Kadena\n' 'syntax.yaml:[0-9]+:[0-9]+:'
    bad_scenario unknown_key $'rings:\n  - centre: Kadena\n    raduis: 1000km\n' "raduis.*radius"
    bad_scenario wrong_type $'title: [a, b]\n' 'title'
    printf 'rings:\n  - centre: Kadena\n    radius: 1000km\n' >good.yaml
    refuses 2 "nosuch" query good.yaml --set nosuch.path=1
    refuses 2 "rings\[5\]" query good.yaml --set 'rings[5].radius=1km'
    refuses 2 "nan" query good.yaml --set 'rings[0].radius=nan'
else
    echo "skip: scenario cases (the query verb is not available)"
fi

# --- Outputs that cannot be written --------------------------------------------------------
refuses 1 "cannot write '/sys/x.geojson'" ring 0,0 --radius 100km --out /sys/x.geojson
refuses 1 "cannot write '/sys/x.png'" render -o /sys/x.png --size 400x300
refuses 1 "cannot write 'nofolder/x.geojson'.*does not exist" ring 0,0 --radius 100km --out nofolder/x.geojson
refuses 1 "cannot write 'nofolder/x.png'.*does not exist" render -o nofolder/x.png --size 400x300
: >afile
refuses 1 "cannot write 'afile/x.geojson'" ring 0,0 --radius 100km --out afile/x.geojson
refuses 2 "unknown extension '.xyz'" ring 0,0 --radius 100km --out x.xyz
[[ ! -e x.xyz ]] && pass "nothing written for an unknown extension" || fail "x.xyz was written"
if [[ $(id -u) -ne 0 ]]; then # root writes through permissions
    mkdir ro && keep ro/ring.geojson && chmod 555 ro
    refuses 1 "cannot write 'ro/ring.geojson'" ring 0,0 --radius 100km --out ro/ring.geojson
    unchanged ro/ring.geojson
    chmod 755 ro
fi
keep ring.geojson
refuses 2 "is zero" ring 0,0 --radius 0km --out ring.geojson
unchanged ring.geojson
refuses 2 "antipode" ring 0,0 --radius 25000km --out ring.geojson
unchanged ring.geojson
ls -a | grep -q '\.tmp' && fail "temporary files left behind: $(ls -a | grep '\.tmp')" || pass "no temporary files left"

finish
