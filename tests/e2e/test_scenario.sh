#!/usr/bin/env bash
# Scenario files end to end: every shipped example renders and answers; answers agree with
# GeodSolve; --set overrides change exactly what they name; bad scenarios fail cleanly.
source "$E2E_DIR/lib.sh"
G="$SOURCE_DIR/geodata"

# json_get FILE PYTHON-EXPRESSION: evaluates the expression with `a` = the parsed JSON answers.
json_get() { python3 -c "import json,sys; a=json.load(open(sys.argv[1])); print($2)" "$1"; }
# geod LAT1 LON1 LAT2 LON2: GeodSolve's distance in metres.
geod() { echo "$1 $2 $3 $4" | GeodSolve -i -p 9 | awk '{print $3}'; }

# --- Every example answers and renders --------------------------------------------------------
for f in "$G"/*.yaml; do
    name=$(basename "$f" .yaml)
    run query "$f" --json
    expect_code 0 "query $name"
    printf '%s' "$OUT" >"$WORK/$name.json"
    python3 -c "import json,sys; a=json.load(open(sys.argv[1])); assert a and all(x['rows'] is not None for x in a)" \
        "$WORK/$name.json" && pass "query $name gives JSON answers" || fail "query $name JSON"
    run render "$f" -o "$WORK/$name.png"
    expect_code 0 "render $name"
    [[ "$(head -c 8 "$WORK/$name.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] \
        && pass "render $name wrote a PNG" || fail "render $name wrote no PNG"
done

# --- Answers against independent geodesics ----------------------------------------------------
A="$WORK/article.json"
d=$(json_get "$A" "[x for x in a if x['id']=='taiwan-japan'][0]['rows'][0]['distance_km']")
near "$d" 108 3 "Taiwan to Japan is the published 108 ± 3 km"
lon=$(json_get "$A" "[x for x in a if x['id']=='taiwan-japan'][0]['rows'][0]['to_lon']")
lat=$(json_get "$A" "[x for x in a if x['id']=='taiwan-japan'][0]['rows'][0]['to_lat']")
near "$lon" 122.98 0.1 "the Japanese witness is on Yonaguni (lon)"
near "$lat" 24.45 0.06 "the Japanese witness is on Yonaguni (lat)"
read -r flat flon tlat tlon <<<"$(json_get "$A" "' '.join(str(r[k]) for r in [[x for x in a if x['id']=='taiwan-japan'][0]['rows'][0]] for k in ('from_lat','from_lon','to_lat','to_lon'))")"
near "$(python3 -c "print($d*1000)")" "$(geod "$flat" "$flon" "$tlat" "$tlon")" 0.001 "witness distance equals GeodSolve"

C="$WORK/command_distances.json"
got=$(json_get "$C" "[x for x in a if x['id']=='hawaii-okinawa'][0]['rows'][0]['distance_km']*1000")
near "$got" "$(geod 21.3858 -157.9064 26.3556 127.7675)" 0.001 "INDOPACOM to Kadena equals GeodSolve (across the antimeridian)"
got=$(json_get "$C" "[x for x in a if x['id']=='tokyo-manila'][0]['rows'][0]['distance_km']*1000")
near "$got" "$(geod 35.6930 139.7299 14.5958 120.9772)" 0.001 "JJOC to Manila equals GeodSolve"

S="$WORK/standoff_missiles.json"
n=$(json_get "$S" "len([x for x in a if x['id']=='reach-sweep'][0]['rows'])")
[[ $n -eq 12 ]] && pass "the sweep has 12 steps" || fail "the sweep has $n steps, expected 12"
mono=$(json_get "$S" "all(r1['targets_covered']<=r2['targets_covered'] and r1['area_china_km2']<=r2['area_china_km2']+1e-6 for r1,r2 in zip(*(lambda r:(r,r[1:]))([x for x in a if x['id']=='reach-sweep'][0]['rows'])))")
[[ $mono == True ]] && pass "coverage grows with the radius" || fail "coverage does not grow with the radius"

# --- Overrides change exactly what they name --------------------------------------------------
run query "$G/article.yaml" --json --set 'questions[1].within.radius=300km'
printf '%s' "$OUT" >"$WORK/o.json"
before=$(json_get "$A" "len([x for x in a if x['id']=='bases-near-taiwan'][0]['rows'])")
after=$(json_get "$WORK/o.json" "len([x for x in a if x['id']=='bases-near-taiwan'][0]['rows'])")
[[ $after -lt $before ]] && pass "a smaller radius finds fewer bases ($after < $before)" || fail "override had no effect ($after vs $before)"
same=$(python3 -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); print(a[0]==b[0])" "$A" "$WORK/o.json")
[[ $same == True ]] && pass "the other answers are unchanged" || fail "an override changed another answer"
run query "$G/article.yaml" --csv
expect_code 0 "query --csv"
head -1 <<<"$OUT" | grep -q '^question,' && pass "CSV has a header" || fail "CSV header: $(head -1 <<<"$OUT")"
run query "$G/article.yaml"
grep -q 'method:' <<<"$OUT" && pass "the table states its method" || fail "no method line in the table"

# --- Buffers in a scenario ----------------------------------------------------------------------
cat >"$WORK/buffer.yaml" <<'YAML'
title: Within 1,000 km of Japanese territory
map: {extent: [115, 18, 155, 48], size: [600, 400]}
buffers:
  - {feature: Japan, distance: 1000km}
YAML
run render "$WORK/buffer.yaml" -o "$WORK/buffer.png"
expect_code 0 "a scenario with a buffer renders"
cat >"$WORK/plain.yaml" <<'YAML'
title: Within 1,000 km of Japanese territory
map: {extent: [115, 18, 155, 48], size: [600, 400]}
YAML
run render "$WORK/plain.yaml" -o "$WORK/plain.png"
cmp -s "$WORK/buffer.png" "$WORK/plain.png" && fail "the buffer changed nothing on the map" || pass "the buffer is drawn"

# --- Bad scenarios: exit 2, one error line, nothing written -----------------------------------
printf 'old bytes' >"$WORK/keep.png"
cp "$WORK/keep.png" "$WORK/keep.orig"
bad() { # bad NAME YAML PATTERN
    printf '%s' "$2" >"$WORK/$1.yaml"
    run render "$WORK/$1.yaml" -o "$WORK/keep.png"
    expect_error 2 "$3" "render refuses $1"
    cmp -s "$WORK/keep.png" "$WORK/keep.orig" && pass "$1 left the output untouched" || fail "$1 clobbered the output"
    run query "$WORK/$1.yaml"
    expect_error 2 "$3" "query refuses $1"
}
bad syntax $'title: x\nrings:\n  - centre: [Kadena\n' 'syntax.yaml:[0-9]+:[0-9]+: YAML syntax error'
bad unknown_key $'title: x\nrings:\n  - centre: Kadena\n    raduis: 1000km\n' "unknown key 'raduis' \\(did you mean 'radius'\\?\\)"
bad wrong_type $'title: [a, b]\n' 'title: expected a text value'
bad missing $'rings:\n  - radius: 1000km\n' "missing required key 'centre'"
bad unknown_place $'rings:\n  - centre: Kadenna\n    radius: 1000km\nquestions:\n  - distance: {from: Kadenna, to: Taiwan}\n' "Kadena Air Base"
bad zero_sweep $'questions:\n  - sweep: {sites: Kadena, from: 3000km, to: 250km, step: 250km}\nrings:\n  - {centre: Kadena, radius: 1km}\n' 'zero steps'
bad huge_sweep $'questions:\n  - sweep: {sites: Kadena, from: 1m, to: 1000000m, step: 1m}\nrings:\n  - {centre: Kadena, radius: 1km}\n' 'limit of 200'
run query "$G/article.yaml" --set 'rings[7].radius=1km'
expect_error 2 'rings\[7\].*does not exist' "a --set path that does not exist"
run query "$WORK/does-not-exist.yaml"
expect_error 2 'cannot read scenario' "a missing scenario file"

finish
