#!/usr/bin/env bash
# rangemap ring with a country as CENTER: the geodesic buffer, its edge checked point by point
# with `rangemap distance` (an independent code path: minimum distance to the feature).
source "$E2E_DIR/lib.sh"

run ring Japan --radius 1000km
expect_code 0 "1,000 km around Japan"
echo "$OUT" > "$WORK/japan.geojson"

# RFC 7946 shape and the reported error; then 24 boundary points spread along the rings.
python3 - "$WORK/japan.geojson" > "$WORK/points.txt" <<'PY' && pass "GeoJSON polygon, counter-clockwise, reported error within 1 km" || fail "buffer GeoJSON"
import json, sys
fc = json.load(open(sys.argv[1]))
f = fc["features"][0]
g, p = f["geometry"], f["properties"]
assert g["type"] in ("Polygon", "MultiPolygon"), g["type"]
assert p["distance_m"] == 1000000 and 0 <= p["max_error_m"] <= 1000, p
assert 999000 <= p["min_edge_distance_m"] <= p["max_edge_distance_m"] <= 1001000, p
polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
pts = []
for poly in polys:
    ring = poly[0]
    area = sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1))
    assert area > 0, "exterior not counter-clockwise"
    pts += [(ring[i], ring[i + 1]) for i in range(len(ring) - 1)]
step = max(1, len(pts) // 24)
for a, b in pts[::step][:24]:
    # the middle of an edge: the worst place between two fitted vertices
    print(f"{(a[1] + b[1]) / 2:.9f},{(a[0] + b[0]) / 2:.9f}")
PY

worst=$(while read -r p; do
    "$RANGEMAP" distance "$p" Japan --json | python3 -c "import json,sys; print(abs(json.load(sys.stdin)['distance_m'] - 1e6))"
done < "$WORK/points.txt" | sort -g | tail -1)
n=$(wc -l < "$WORK/points.txt")
[[ $n -ge 20 ]] && python3 -c "import sys; sys.exit(0 if float('$worst') <= 1000 else 1)" &&
    pass "$n boundary points within 1 km of 1,000 km from Japan (worst $worst m)" || fail "boundary points: $n, worst $worst m"

run ring Japan --radius 1000km --out "$WORK/japan.gpkg"
expect_code 0 "buffer to GeoPackage"
[[ -s $WORK/japan.gpkg ]] && pass "GeoPackage written" || fail "no GeoPackage"

run ring Japan --radius 0km
expect_error 2 "zero" "zero distance"
run ring Japan --radius 10500km
expect_error 2 "quarter of the meridian" "distance beyond a quarter meridian"
run ring Japan --radius -5km
expect_code 2 "negative distance"

finish
