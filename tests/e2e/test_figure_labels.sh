#!/usr/bin/env bash
# rangemap render --report on the four example scenarios: every label with its kind and anchor;
# no two label boxes overlap; each in the map or in the panel or margin meant for it; each country name stands on its country and each sea name on
# water (checked against the Natural Earth GeoPackage with GDAL's SQLite dialect); the article
# figure names the countries and seas its story is about; scenario keys rename, hide, focus.
source "$E2E_DIR/lib.sh"

GPKG="$RANGEMAP_DATA/natural_earth_10m.gpkg"
if ! ogrinfo -ro -q -dialect SQLite -sql "SELECT ST_Intersects(MakePoint(0,0,4326), MakePoint(0,0,4326))" "$GPKG" >/dev/null 2>&1; then
    echo "skipped: ogrinfo with the SQLite dialect and SpatiaLite is needed to check anchors"
    exit 77
fi

for scenario in article command_distances standoff_missiles us_japan_philippines; do
    run render "$RANGEMAP_DATA/$scenario.yaml" -o "$WORK/$scenario.png" --report "$WORK/$scenario.json"
    expect_code 0 "$scenario renders with a report"
    python3 - "$WORK/$scenario.json" "$GPKG" "$scenario" <<'PY' && pass "$scenario: labels kinded and anchored, none overlapping, countries on their country, seas on water" || fail "$scenario: label report"
import json, subprocess, sys
report, gpkg, scenario = sys.argv[1:4]
r = json.load(open(report))
labels = r["labels"]
kinds = {"site", "ring", "sector", "buffer", "callout", "country", "sea", "title", "legend"}
def overlap(a, b): return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
mx0, my0, mx1, my1 = r["map_box"]
def inside_map(b): return mx0 <= b[0] and b[2] <= mx1 and my0 <= b[1] and b[3] <= my1
def within(b, o): return o[0] <= b[0] and b[2] <= o[2] and o[1] <= b[1] and b[3] <= o[3]
# The legend and the scale bar, each in a corner of the map, and the inset when there is one: apart.
inset = r["inset"]
furniture = r["furniture"]
assert len(furniture) == (3 if inset else 2), furniture
assert not any(overlap(f, g) for i, f in enumerate(furniture) for g in furniture[i + 1:]), furniture
assert all(inside_map(f) for f in furniture)
assert inset is None or (inset["box"] in furniture and within(inset["map_box"], inset["box"])), inset
# The inset's labels lie wholly inside its map; every other label keeps clear of it.
def in_inset(b): return inset is not None and within(b, inset["map_box"])
assert any(l["kind"] == "legend" and l["text"].endswith(" km") for l in labels), "no scale bar"
for i, a in enumerate(labels):
    assert a["kind"] in kinds, a
    if a["kind"] == "legend":  # in its panel
        assert any(f[0] <= a["box"][0] and a["box"][2] <= f[2] and f[1] <= a["box"][1] and a["box"][3] <= f[3]
                   for f in r["furniture"]), a
    elif a["kind"] == "title":  # above or below the map
        assert a["box"][3] <= my0 or a["box"][1] >= my1, a
    elif in_inset(a["box"]):  # in the inset, clear of its scale bar's texts (below)
        assert a["anchor"] is not None and len(a["anchor"]) == 2, a
    else:  # on the map, clear of the panels and the inset
        assert a["anchor"] is not None and len(a["anchor"]) == 2, a
        assert inside_map(a["box"]) and not any(overlap(a["box"], f) for f in r["furniture"]), a
    for b in labels[i + 1:]:
        assert not overlap(a["box"], b["box"]), (a, b)
for d in r["dropped"]:
    assert d["kind"] in kinds and d["text"], d
assert r["dropped_labels"] == [d["text"] for d in r["dropped"]]

def sql(query):
    out = subprocess.run(["ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql", query, gpkg],
                         capture_output=True, text=True, check=True).stdout
    return [line.split("=", 1)[1].strip() for line in out.splitlines() if "=" in line]

def point(l): return "MakePoint({:.9f}, {:.9f}, 4326)".format(*l["anchor"])
def quote(s): return "'" + s.replace("'", "''") + "'"
countries = [l for l in labels if l["kind"] == "country"]
seas = [l for l in labels if l["kind"] == "sea"]
assert countries and seas, (len(countries), len(seas))
# The names the examples' countries.rename keys give, back to the data's.
renamed = {"Hawaii (US)": "United States of America"}
# One query for all: how many rows of the label's own country hold its anchor.
q = " UNION ALL ".join(
    "SELECT {} || ':' || count(*) FROM countries WHERE name = {} AND ST_Intersects(geom, {})".format(
        quote(l["text"]), quote(renamed.get(l["text"], l["text"])), point(l)) for l in countries)
for hit in sql(q):
    name, n = hit.rsplit(":", 1)
    assert n == "1", "country label not on its country: " + name
q = " UNION ALL ".join(
    "SELECT {} || ':' || count(*) FROM land WHERE ST_Intersects(geom, {})".format(quote(l["text"]), point(l))
    for l in seas)
for hit in sql(q):
    name, n = hit.rsplit(":", 1)
    assert n == "0", "sea label on land: " + name

texts = [l["text"] for l in labels]
if scenario == "article":
    for need in ["China", "Taiwan", "Japan", "South Korea", "North Korea", "Philippines"]:
        assert need in [l["text"] for l in countries], (need, texts)
    for need in ["East China Sea", "Philippine Sea", "Sea of Japan"]:
        assert any(l["text"].startswith(need) for l in seas), (need, texts)
PY
done

# Every anchor in the curated sea names list lies on water.
python3 - "$RANGEMAP_DATA/seas.csv" "$GPKG" <<'PY' && pass "every sea, strait and ocean anchor in seas.csv is over water, with a source" || fail "seas.csv anchors"
import csv, subprocess, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows) >= 12
for r in rows:
    assert r["source"].strip() and r["kind"] in ("sea", "strait", "channel", "ocean", "gulf"), r
names = {r["name"] for r in rows}
for need in ["East China Sea", "Philippine Sea", "Sea of Japan", "Yellow Sea", "South China Sea", "Pacific Ocean",
             "Taiwan Strait", "Luzon Strait", "Bashi Channel", "Miyako Strait", "Korea Strait", "Tsugaru Strait"]:
    assert need in names, need
q = " UNION ALL ".join("SELECT count(*) FROM land WHERE ST_Intersects(geom, MakePoint({}, {}, 4326))".format(
    float(r["lon"]), float(r["lat"])) for r in rows)
out = subprocess.run(["ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql", q, sys.argv[2]],
                     capture_output=True, text=True, check=True).stdout
counts = [line.split("=", 1)[1].strip() for line in out.splitlines() if "=" in line]
assert counts and all(c == "0" for c in counts), list(zip([r["name"] for r in rows], counts))
PY

# Scenario keys: a country renamed, one hidden, no sea names; focus adds a stronger fill.
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/keys.png" --report "$WORK/keys.json" \
    --set 'countries={rename: {japan: Nihon}, hide: [North Korea]}' --set seas=false
expect_code 0 "article with countries.rename, countries.hide and seas: false"
python3 - "$WORK/keys.json" <<'PY' && pass "renamed country shown by its new name, hidden one left out, no sea names" || fail "country keys"
import json, sys
r = json.load(open(sys.argv[1]))
names = [l["text"] for l in r["labels"] if l["kind"] == "country"]
assert "Nihon" in names and "Japan" not in names and "North Korea" not in names, names
assert not [l for l in r["labels"] if l["kind"] == "sea"]
PY
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/nofocus.png" --set 'callouts=[]'
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/focus.png" --set 'callouts=[]' --set 'focus=[China]'
cmp -s "$WORK/nofocus.png" "$WORK/focus.png" && fail "focus: [China] changes nothing" || pass "focus: [China] changes the figure"
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/bad.png" --set 'countries={rename: [Japan]}'
expect_error 2 "countries.rename" "countries.rename must be a mapping"

finish
