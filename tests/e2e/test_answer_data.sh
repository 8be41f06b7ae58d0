#!/usr/bin/env bash
# Every answer names its data: the JSON of distance, within and query carries `data` (the
# sources, each with its positional uncertainty, and how far the answer's distances may be off
# because of them); the text output says it in one line.
source "$E2E_DIR/lib.sh"

NE="Natural Earth 1:10m countries (world-atlas 2.0.2)"
BASES="rangemap bases list (geodata/bases.csv)"

# Coordinates are taken as exact: no uncertainty from the data.
run distance 26.3556,127.7675 25.0330,121.5654 --json
expect_code 0 "distance between coordinates"
python3 - "$OUT" <<'PY' && pass "coordinates: exact as given" || fail "coordinates data: $OUT"
import json, sys
d = json.loads(sys.argv[1])["data"]
assert [s["name"] for s in d["sources"]] == ["coordinates as given"], d
assert d["uncertainty_m"] == 0 and d["notes"] == [], d
PY

# Natural Earth 1:10m: 5,080 m per position (1/50 inch at 1:10,000,000), so a country-to-country
# distance is good to 10,160 m. Published figures must lie within that of the answer; each is
# far outside the geodesic's own error bound, which is why the data is named.
while IFS='|' read -r from to published what; do
    run distance "$from" "$to" --json
    expect_code 0 "distance $from $to"
    python3 - "$OUT" "$published" "$NE" <<'PY' && pass "$what: published ${published} m within the data's uncertainty" || fail "$what: $OUT"
import json, sys
a = json.loads(sys.argv[1]); d = a["data"]; published = float(sys.argv[2])
assert [s["name"] for s in d["sources"]] == [sys.argv[3]], d
assert d["sources"][0]["positional_uncertainty_m"] == 5080, d
assert "1:10,000,000" in d["sources"][0]["basis"], d
assert abs(d["uncertainty_m"] - 10160) < 1e-9, d
off = abs(a["distance_m"] - published)
assert off <= d["uncertainty_m"], (a["distance_m"], published)
print(f"  {a['distance_m']:.0f} m vs published {published:.0f} m: {off:.0f} m off, bound {d['uncertainty_m']:.0f} m")
PY
done <<'LIST'
Taiwan|Japan|111000|Yonaguni to Taiwan (Yonaguni town: 111 km)
United Kingdom|France|33300|Strait of Dover (Dover to Cap Gris-Nez: 33.3 km)
Denmark|Sweden|4000|Oresund (Helsingor to Helsingborg: 4 km)
Russia|United States of America|3800|Bering Strait (Big to Little Diomede: 3.8 km)
LIST

# A base and a country: 1 km for the curated list plus 5,080 m.
run distance Kadena Taiwan --json
expect_code 0 "distance Kadena Taiwan"
python3 - "$OUT" "$NE" "$BASES" <<'PY' && pass "base to country: both sources, 6,080 m" || fail "base to country: $OUT"
import json, sys
d = json.loads(sys.argv[1])["data"]
assert [s["name"] for s in d["sources"]] == [sys.argv[3], sys.argv[2]], d
assert abs(d["uncertainty_m"] - 6080) < 1e-9, d
PY

run distance Taiwan Japan
expect_code 0 "distance text"
grep -q "^data      $NE; the data's positions leave distances uncertain by up to ±10.2 km$" <<<"$OUT" \
    && pass "text names the data and its uncertainty" || fail "text output: $OUT"

# The user's own file: rangemap cannot know its accuracy, and says so.
printf 'name,lat,lon\nAlpha,25.0,121.5\nBravo,26.0,127.5\n' > "$WORK/pts.csv"
run --data "$WORK/pts.csv" within 26.3556,127.7675 --radius 1000km --layer pts --json
expect_code 0 "within a user layer"
python3 - "$OUT" "$WORK/pts.csv" <<'PY' && pass "user data: unknown uncertainty, a note" || fail "user within: $OUT"
import json, sys
rows = json.loads(sys.argv[1])
assert [r["name"] for r in rows] == ["Bravo", "Alpha"], rows
for r in rows:
    d = r["data"]
    assert [s["name"] for s in d["sources"]] == ["coordinates as given", sys.argv[2] + " (layer pts)"], d
    assert d["sources"][1]["positional_uncertainty_m"] is None and d["uncertainty_m"] is None, d
    assert any("not known" in n for n in d["notes"]), d
PY
run --data "$WORK/pts.csv" within 26.3556,127.7675 --radius 1000km --layer pts
grep -q "^data: coordinates as given, .*pts.csv (layer pts); the positional accuracy of .*pts.csv (layer pts) is not known$" <<<"$OUT" \
    && pass "within text names the data" || fail "within text: $OUT"

# within over the bases list from a country: every row 5,080 + 1,000 m.
run within Taiwan --radius 700km --layer bases --json
expect_code 0 "within Taiwan"
python3 - "$OUT" "$NE" "$BASES" <<'PY' && pass "within rows carry their data" || fail "within Taiwan: $OUT"
import json, sys
rows = json.loads(sys.argv[1])
assert len(rows) > 5, rows
for r in rows:
    d = r["data"]
    assert [s["name"] for s in d["sources"]] == [sys.argv[2], sys.argv[3]], d
    assert abs(d["uncertainty_m"] - 6080) < 1e-9, d
PY

# query: every answer of the article scenario names its data.
run query "$SOURCE_DIR/geodata/article.yaml" --json
expect_code 0 "query article"
python3 - "$OUT" "$NE" "$BASES" <<'PY' && pass "query answers carry their data" || fail "query data: $OUT"
import json, sys
answers = json.loads(sys.argv[1])
assert answers, answers
for a in answers:
    names = [s["name"] for s in a["data"]["sources"]]
    assert names and all(n in (sys.argv[2], sys.argv[3], "coordinates as given") for n in names), a["data"]
# The article asks Taiwan to Japan (two countries) and which bases lie near Taiwan.
by_kind = {a["kind"]: a["data"] for a in answers}
assert [s["name"] for s in by_kind["distance"]["sources"]] == [sys.argv[2]], by_kind
assert abs(by_kind["distance"]["uncertainty_m"] - 10160) < 1e-9, by_kind
assert abs(by_kind["within"]["uncertainty_m"] - 6080) < 1e-9, by_kind
PY
run query "$SOURCE_DIR/geodata/article.yaml"
grep -q "^  data: " <<<"$OUT" && pass "query table names the data" || fail "query table: $OUT"
finish
