#!/usr/bin/env bash
# The zoom inset: the article's 108 km callout is short against its 3,500 km map, so the figure
# draws an inset on it, in a free corner clear of the callout and of its own frame on the map. Its
# callout ends are the engine's (rangemap distance), its scale bar and callout measure true by
# GeographicLib's GeodSolve, and the inset: key turns it off, sets it, or is refused in one line.
source "$E2E_DIR/lib.sh"

if ! command -v GeodSolve >/dev/null; then
    echo "skipped: GeodSolve (geographiclib-tools) is needed to measure the inset"
    exit 77
fi

run distance Taiwan Japan --json
expect_code 0 "distance Taiwan Japan"
printf '%s' "$OUT" >"$WORK/distance.json"

run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/article.png" --report "$WORK/article.json"
expect_code 0 "article renders with a report"
python3 - "$WORK/article.json" "$WORK/distance.json" <<'PY' && pass "article: an inset on the 108 km callout, true to GeodSolve, clear of the map's labels and its frame" || fail "article inset"
import json, subprocess, sys
r = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))
inset = r["inset"]
assert inset is not None, "no inset"
def overlap(a, b): return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
def within(b, o): return o[0] <= b[0] and b[2] <= o[2] and o[1] <= b[1] and b[3] <= o[3]
def geod(a, b):  # metres between [lon, lat] points, by GeodSolve
    out = subprocess.run(["GeodSolve", "-i", "-p", "9"], input="{} {} {} {}\n".format(a[1], a[0], b[1], b[0]),
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[2])
mx0, my0, mx1, my1 = r["map_box"]
box, ibox = inset["box"], inset["map_box"]
assert box in r["furniture"] and within(ibox, box) and within(box, r["map_box"]), inset
# About 28-35% of the map's width, in the azimuthal equidistant on the callout's middle.
share = (ibox[2] - ibox[0]) / (mx1 - mx0)
assert 0.28 <= share <= 0.35, share
assert "+proj=aeqd" in inset["crs"], inset["crs"]
assert inset["zoom"] > 2, inset["zoom"]
# Its callout is the engine's: the same ends as `rangemap distance Taiwan Japan`.
c = inset["callout"]
assert c["index"] == 0
(f, t) = c["ends"]
for got, want in ((f, d["from"]), (t, d["to"])):
    assert abs(got[0] - want["lon"]) < 1e-9 and abs(got[1] - want["lat"]) < 1e-9, (got, want)
length = geod(f, t)
assert abs(length - d["distance_m"]) < 0.01, (length, d["distance_m"])
# 3-5 times the callout's length across.
assert 3 * length <= inset["width_m"] <= 5 * length, (inset["width_m"], length)
# The callout label reads the same in the inset as on the map.
callouts = [l for l in r["labels"] if l["kind"] == "callout"]
inside = [l for l in callouts if within(l["box"], ibox)]
outside = [l for l in callouts if not overlap(l["box"], box)]
assert len(inside) == 1 and len(outside) == 1 and inside[0]["text"] == outside[0]["text"] == "108 km", callouts
# The scale bar states the ground length between its ends (GeodSolve), within 1% ...
sb = inset["scale_bar"]
assert sb is not None and sb["text"].endswith(" km"), sb
stated = float(sb["text"][:-3].replace(",", "")) * 1000
measured = geod(*sb["ends"])
assert abs(measured - stated) <= 0.01 * stated, (measured, stated)
(p0, p1) = sb["page"]
assert within([p0[0], p0[1], p1[0], p1[1]], ibox) and p0[1] == p1[1], sb
assert abs(sb["true_lat"] - inset["centre"][1]) < 1.0, sb
# ... and the inset's page length of the callout over its geodesic length is the bar's scale.
(a, b) = c["page"]
callout_page = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
bar_page = p1[0] - p0[0]
ratio = (callout_page / length) / (bar_page / stated)
assert abs(ratio - 1) <= 0.01, ratio
assert all(within([p[0], p[1], p[0], p[1]], ibox) for p in (a, b)), (a, b)
# Its frame on the map: on the map, round the callout's middle, and not under the inset.
frame = inset["frame_on_map"]
xs, ys = [p[0] for p in frame], [p[1] for p in frame]
fbox = [min(xs), min(ys), max(xs), max(ys)]
assert within(fbox, r["map_box"]) and not overlap(fbox, box), (fbox, box)
assert within(outside[0]["box"], r["map_box"]) and not overlap(outside[0]["box"], box)
# Every label in the inset is wholly inside it; every other clear of it.
for l in r["labels"]:
    if l["kind"] == "title":
        continue
    assert within(l["box"], ibox) or not overlap(l["box"], box), l
kinds = {l["kind"] for l in r["labels"] if within(l["box"], ibox)}
assert {"callout", "site", "legend"} <= kinds, kinds
PY

# The same drawing in SVG and PDF: the same inset, and the same labels where they went.
for ext in svg pdf; do
    run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/article.$ext" --report "$WORK/article_$ext.json"
    expect_code 0 "article as $ext"
    python3 - "$WORK/article.json" "$WORK/article_$ext.json" <<'PY' && pass "$ext: the inset and its labels as in the PNG" || fail "$ext inset differs from the PNG's"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["inset"] == b["inset"], (a["inset"], b["inset"])
assert a["labels"] == b["labels"]
PY
done

# Off, set on a callout with a width, set on a place.
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/off.png" --report "$WORK/off.json" --set inset=false
expect_code 0 "--set inset=false"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["inset"] is None and len(r["furniture"]) == 2, r["furniture"]' \
    "$WORK/off.json" && pass "inset: false draws none" || fail "inset: false still draws one"
cmp -s "$WORK/off.png" "$WORK/article.png" && fail "inset: false draws the same figure" || pass "inset: false changes the figure"

run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/wide.png" --report "$WORK/wide.json" --set 'inset={callout: 1, width: 600km}'
expect_code 0 "inset: {callout: 1, width: 600km}"
python3 -c 'import json,sys; i=json.load(open(sys.argv[1]))["inset"]; assert i and abs(i["width_m"] - 600000) < 1e-6 and i["callout"]["index"] == 0, i' \
    "$WORK/wide.json" && pass "inset width set to 600 km" || fail "inset width"

run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/place.png" --report "$WORK/place.json" \
    --set 'inset={centre: [127.7, 26.3], width: 200km}'
expect_code 0 "inset: {centre: [127.7, 26.3], width: 200km}"
python3 -c '
import json, sys
i = json.load(open(sys.argv[1]))["inset"]
assert i and i["callout"] is None and abs(i["width_m"] - 200000) < 1e-6, i
assert abs(i["centre"][0] - 127.7) < 1e-9 and abs(i["centre"][1] - 26.3) < 1e-9, i' \
    "$WORK/place.json" && pass "inset on a place" || fail "inset on a place"

# A long callout draws no inset by itself: the Pacific figure's are thousands of km.
run render "$RANGEMAP_DATA/command_distances.yaml" -o "$WORK/pacific.png" --report "$WORK/pacific.json"
expect_code 0 "command_distances renders"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["inset"] is None' "$WORK/pacific.json" &&
    pass "no automatic inset for long callouts" || fail "an inset on the Pacific figure"

# Bad values: exit 2 and one line naming the key.
bad() {
    run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/bad.png" --set "$1"
    expect_error 2 "$2" "$1 is refused"
}
bad 'inset=sometimes' 'inset: expected auto, false'
bad 'inset={callout: 2}' 'inset\.callout: expected a whole number in 1\.\.1'
bad 'inset={callout: 1.5}' 'inset\.callout'
bad 'inset={callout: 1, width: 0km}' 'inset\.width: .*zero'
bad 'inset={callout: 1, width: 20000km}' 'inset\.width: outside'
bad 'inset={callout: 1, width: far}' 'inset\.width'
bad 'inset={centre: [127.7]}' 'inset\.centre: expected \[lon, lat\]'
bad 'inset={centre: [127.7, 95], width: 100km}' 'inset\.centre'
bad 'inset={centre: [127.7, 26.3]}' "inset: missing 'width'"
bad 'inset={callout: 1, centre: [127.7, 26.3]}' 'inset: give'
bad 'inset={width: 100km}' "inset: missing 'callout'"
bad 'inset={calout: 1}' "inset\.calout: unknown key 'calout' \(did you mean 'callout'\?\)"
run render "$RANGEMAP_DATA/article.yaml" -o "$WORK/bad.png" --set 'callouts=[]' --set 'inset={callout: 1}'
expect_error 2 'inset\.callout: the scenario has no callouts' "an inset on a callout that is not there is refused"

finish
