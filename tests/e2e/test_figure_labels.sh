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

# Each ring or sector label's anchor lies on its own outline, checked against the scenario (the
# centre resolved by `rangemap distance`, the radius read from the YAML) with GeodSolve: its
# geodesic distance from the centre is the radius (for an annulus either radius) within 1%, and
# no other ring of the figure runs nearer to it. A sector's anchor may lie on a straight side.
RING_CHECK=$(cat <<'PY'
import json, re, subprocess, sys, yaml
report, scenario_file, rangemap = sys.argv[1:4]
overrides = sys.argv[4:]
doc = yaml.safe_load(open(scenario_file))
for o in overrides:  # KEY=VALUE, the value in YAML, as --set takes it
    key, value = o.split("=", 1)
    doc[key] = yaml.safe_load(value)
variables = doc.get("variables", {})
def expand(v):
    return re.sub(r"\$\{(\w+)\}", lambda m: str(variables[m.group(1)]), str(v))
def metres(v):
    m = re.fullmatch(r"\s*([\d.e+]+)\s*(km|mi|nmi|m)?\s*", expand(v))
    return float(m.group(1)) * {"km": 1000.0, "mi": 1609.344, "nmi": 1852.0, "m": 1.0, None: 1.0}[m.group(2)]
def centre(name):
    out = subprocess.run([rangemap, "distance", expand(name), "0,0", "--json"], capture_output=True, text=True,
                         check=True).stdout
    f = json.loads(out)["from"]
    return f["lat"], f["lon"]
def geod(a, b):  # (lat, lon) pairs -> (azimuth at a, metres)
    out = subprocess.run(["GeodSolve", "-i", "-p", "6"], input="{} {} {} {}\n".format(*a, *b), capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), float(out[2])
outlines = []  # (kind, label regex, centre, radii, sector azimuth and width or None)
for kind, key in (("ring", "rings"), ("sector", "sectors")):
    for spec in doc.get(key) or []:
        radii = [metres(r) for r in (spec["radii"] if "radii" in spec else [spec["radius"]])]
        inner = [metres(spec["min_radius"])] if "min_radius" in spec else []
        template = re.escape(expand(spec.get("label", "{radius}"))).replace(re.escape("{radius}"), r"([\d,.]+) km")
        fan = (float(spec["azimuth"]), float(spec["width"])) if kind == "sector" else None
        c = centre(spec.get("centre", spec.get("center")))
        for r in radii:
            outlines.append((kind, template, c, [r] + inner, fan))
r = json.load(open(report))
labels = [l for l in r["labels"] if l["kind"] in ("ring", "sector")]
assert labels, "no ring or sector label"
def off_outline(o, anchor):  # metres from the anchor to outline o
    kind, _, c, radii, fan = o
    azi, d = geod(c, anchor)
    best = min(abs(d - x) for x in radii)
    if fan and abs((azi - fan[0] + 180) % 360 - 180) > fan[1] / 2 + 1e-6:
        best = max(best, 1.0)  # outside the fan: only its sides, below
    if fan:
        for side in (fan[0] - fan[1] / 2, fan[0] + fan[1] / 2):
            if abs((azi - side + 180) % 360 - 180) < 0.5 and min(radii[1:] or [0]) <= d <= radii[0] * 1.01:
                best = min(best, 0.0)
    return best
for l in labels:
    lon, lat = l["anchor"]
    own = [o for o in outlines if o[0] == l["kind"] and (m := re.fullmatch(o[1], l["text"]))
           and abs(float(m.group(1).replace(",", "")) * 1000 - o[3][0]) < 1]
    assert len(own) == 1, ("no single outline for", l["text"], len(own))
    o = own[0]
    err = off_outline(o, (lat, lon))
    assert err <= 0.01 * o[3][0], (l["text"], "anchor", l["anchor"], "is", err, "m off its outline")
    for other in outlines:
        if other is not o:
            assert off_outline(other, (lat, lon)) > err, (l["text"], "nearer another outline", other[1])
print(len(labels), "outline labels on their outlines")
PY
)
for scenario in article command_distances standoff_missiles us_japan_philippines; do
    python3 -c "$RING_CHECK" "$WORK/$scenario.json" "$RANGEMAP_DATA/$scenario.yaml" "$RANGEMAP" &&
        pass "$scenario: every ring label's anchor on its ring (GeodSolve, 1%)" || fail "$scenario: ring label anchors"
done
# An annulus and a range fan beside the article's rings: labels on their own outline too.
FAN='[{centre: Kadena, azimuth: 60, width: 50, radius: 1600km, label: "{radius} fan from Kadena"}]'
ANNULUS='[{centre: Sasebo, radius: 1000km, min_radius: 400km, label: "{radius} from Sasebo"}]'
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/fan.png" --report "$WORK/fan.json" \
    --set "sectors=$FAN" --set "rings=$ANNULUS"
expect_code 0 "article with a range fan and an annulus"
python3 -c "$RING_CHECK" "$WORK/fan.json" "$RANGEMAP_DATA/article.yaml" "$RANGEMAP" "sectors=$FAN" "rings=$ANNULUS" &&
    pass "fan and annulus labels on their outlines" || fail "fan and annulus label anchors"

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
