#!/usr/bin/env bash
# Data in and out: a GeoPackage, a shapefile and a CSV made here from known coordinates,
# distances through their names checked against GeographicLib's GeodSolve, a GPKG round trip,
# and bad sources.
source "$E2E_DIR/lib.sh"

# Known WGS84 positions (lat lon).
A="24.4667 123.0"      # Site A
B="25.0330 121.5654"   # Site B
C="26.3556 127.7675"   # Shp One
D="13.4443 144.7937"   # Shp Two
E="35.6812 139.7671"   # Csv North
F="-33.8568 151.2153"  # Csv South
feature() { # NAME "LAT LON"
    set -- "$1" $2
    printf '{"type":"Feature","properties":{"name":"%s"},"geometry":{"type":"Point","coordinates":[%s,%s]}}' "$1" "$3" "$2"
}
collection() { local IFS=,; printf '{"type":"FeatureCollection","features":[%s]}' "$*"; }
collection "$(feature "Site A" "$A")" "$(feature "Site B" "$B")" >"$WORK/ab.geojson"
collection "$(feature "Shp One" "$C")" "$(feature "Shp Two" "$D")" >"$WORK/cd.geojson"
ogr2ogr -f GPKG -t_srs EPSG:3857 -nln sites "$WORK/x.gpkg" "$WORK/ab.geojson" || fail "ogr2ogr gpkg"
ogr2ogr -f "ESRI Shapefile" -t_srs EPSG:32652 "$WORK/y.shp" "$WORK/cd.geojson" || fail "ogr2ogr shp"
set -- $E; e_lat=$1 e_lon=$2; set -- $F
printf 'name,lat,lon,kind\nCsv North,%s,%s,city\nCsv South,%s,%s,city\n' "$e_lat" "$e_lon" "$1" "$2" >"$WORK/z.csv"

# geodsolve "LAT LON" "LAT LON": the distance in metres, by GeographicLib.
geodsolve() { echo "$1 $2" | GeodSolve -i -p 9 | awk '{print $3}'; }
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)" <<<"$OUT"; }

DATA=(--no-default-data --data "$WORK/x.gpkg" --data "$WORK/y.shp" --data "$WORK/z.csv")
check_distance() { # FROM TO "LATLON1" "LATLON2"
    run "${DATA[@]}" distance "$1" "$2" --json
    expect_code 0 "distance $1 -> $2"
    near "$(json_field "['distance_m']")" "$(geodsolve "$3" "$4")" 0.001 "$1 -> $2 equals GeodSolve within 1 mm"
}
check_distance "Site A" "Site B" "$A" "$B"   # GeoPackage in EPSG:3857
check_distance "Shp One" "Shp Two" "$C" "$D" # shapefile in UTM 52N
check_distance "Csv North" "Csv South" "$E" "$F"
check_distance "Site B" "Csv South" "$B" "$F" # across sources
run "${DATA[@]}" distance "site a" "shp-two" --json
near "$(json_field "['to']['lon']")" 144.7937 1e-9 "shapefile point back in lon/lat"

# The same sources through their own layer names, with the default data too.
run --data "$WORK/x.gpkg:sites" places --layer sites --json
expect_code 0 "GPKG layer by name"
[[ $(json_field "[0]['name']") == "Site A" ]] && pass "GPKG layer listed" || fail "places: $OUT"

# Round trip: a ring written as GPKG through the writer, read back with ogrinfo.
run ring "24.4667,123.0" --radius 500km --out "$WORK/ring.gpkg"
expect_code 0 "ring written as GPKG"
if ogrinfo -ro -q "$WORK/ring.gpkg" -al >"$WORK/ring.txt" 2>&1; then
    pass "ogrinfo opens the ring GPKG"
    python3 - "$WORK/ring.txt" <<'PY' && pass "every vertex of the ring read back is 500 km from the centre (GeodSolve, 1 m)" || fail "ring vertices"
import re, subprocess, sys
text = open(sys.argv[1]).read()
coords = re.findall(r"(-?\d+\.\d+) (-?\d+\.\d+)", text.split("MULTIPOLYGON", 1)[1])
assert len(coords) > 100, len(coords)
lines = "".join(f"24.4667 123.0 {lat} {lon}\n" for lon, lat in coords)
out = subprocess.run(["GeodSolve", "-i", "-p", "6"], input=lines, capture_output=True, text=True, check=True).stdout
worst = max(abs(float(l.split()[2]) - 500000) for l in out.splitlines())
print("worst", worst); assert worst < 1.0
PY
else
    fail "ogrinfo cannot open the ring: $(cat "$WORK/ring.txt")"
fi

# Bad sources: one clear error, exit 1.
run --data "$WORK/missing.gpkg" places
expect_error 1 "missing.gpkg' does not exist" "missing file"
echo "not a geopackage" >"$WORK/junk.gpkg"
run --data "$WORK/junk.gpkg" places
expect_error 1 "cannot open data source '.*junk.gpkg'" "file GDAL cannot open"
cp "$WORK/y.shp" "$WORK/cut.shp"; cp "$WORK/y.shx" "$WORK/cut.shx"; cp "$WORK/y.dbf" "$WORK/cut.dbf"; cp "$WORK/y.prj" "$WORK/cut.prj"
truncate -s -10 "$WORK/cut.shp"
run --data "$WORK/cut.shp" places
expect_error 1 "cut" "truncated shapefile"
ogr2ogr -f GPKG -where "name = 'nobody'" "$WORK/empty.gpkg" "$WORK/ab.geojson" -nln empty 2>/dev/null
run --data "$WORK/empty.gpkg" places
expect_error 1 "layer 'empty' .* has no features" "empty layer"
run --data "$WORK/x.gpkg:nosuch" places
expect_error 1 "no layer 'nosuch' \(layers: sites\)" "unknown layer lists the layers"
ogr2ogr -f "ESRI Shapefile" -t_srs EPSG:3857 "$WORK/local.shp" "$WORK/ab.geojson"
echo 'LOCAL_CS["site grid",UNIT["metre",1]]' >"$WORK/local.prj"
run --data "$WORK/local.shp" places
expect_error 1 "cannot transform its CRS" "unknown CRS"
python3 -c "
d=20000
print('{\"type\":\"Feature\",\"properties\":{},\"geometry\":' + '{\"type\":\"GeometryCollection\",\"geometries\":['*d + ']}'*d + '}')" >"$WORK/deep.geojson"
run --data "$WORK/deep.geojson" places
expect_error 1 "deep.geojson" "GeoJSON nested 20,000 levels"

csv_error() { # CONTENT PATTERN DESCRIPTION
    printf "$1" >"$WORK/bad.csv"
    run --data "$WORK/bad.csv" places
    expect_error 1 "$2" "$3"
}
csv_error 'name,latitude\nA,1\n' "header lacks column\(s\) lon" "CSV missing column"
csv_error 'name,lat,lon\nA,1,2\nB,x1,2\n' "line 3: column 2 \(lat\): 'x1' is not a number" "CSV bad number: line and column"
csv_error 'name,lat,lon\nA,95,2\n' "line 2: column 2 \(lat\): 95 is outside" "CSV latitude out of range"
csv_error 'name,lat,lon\nA,1,2\na,3,4\n' "line 3: column 1 \(name\): duplicate name" "CSV duplicate names"
csv_error 'name,lat,lon\n' "header but no rows" "CSV header only"
csv_error '' "empty file" "CSV empty file"

finish
