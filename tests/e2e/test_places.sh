#!/usr/bin/env bash
# `rangemap places`: what the gazetteer knows, and how names resolve through the CLI.
source "$E2E_DIR/lib.sh"

json_count() { python3 -c "import json,sys; d=json.load(sys.stdin); print(sum(1 for x in d if $1))" <<<"$OUT"; }

run places --json
expect_code 0 "places --json with the default data"
near "$(json_count "x['layer']=='bases'")" 56 16 "at least 40 bases listed"
[[ $(json_count "x['layer']=='countries' and x['name'] in ('Japan','Taiwan','Philippines')") == 3 ]] \
    && pass "Japan, Taiwan, Philippines listed" || fail "countries missing: $(head -c 300 <<<"$OUT")"
[[ $(json_count "x['name']=='Kadena Air Base' and 'Kadena' in x['aliases'] and x['kind']=='air base' and abs(x['lat']-26.36)<0.05 and abs(x['lon']-127.77)<0.05") == 1 ]] \
    && pass "Kadena listed with aliases, kind and position" || fail "Kadena entry wrong"
[[ $(json_count "x['name']=='Fiji' and 176 < x['lon'] < 180.0001 and -19 < x['lat'] < -15") == 1 ]] \
    && pass "Fiji (across the antimeridian) is placed on Fiji" || fail "Fiji misplaced"

run places --layer bases --json
expect_code 0 "places --layer bases"
[[ $(json_count "x['layer']!='bases'") == 0 ]] && pass "only bases listed" || fail "other layers listed"

run places --layer bases
expect_code 0 "places as a table"
grep -q "^Camp Humphreys .* army camp" <<<"$OUT" && pass "table row for Camp Humphreys" || fail "table: $(head -3 <<<"$OUT")"

run places --layer nosuch
expect_error 2 "no loaded layer 'nosuch' \(layers: countries, bases\)" "unknown layer lists the layers"

run places --layer land --json
expect_code 0 "the land layer loads when asked for"

run --no-default-data places --json
expect_code 0 "--no-default-data"
[[ "$OUT" == "[]" ]] && pass "nothing loaded" || fail "expected [], got: $(head -c 200 <<<"$OUT")"

# A CSV with a BOM, CRLF and quoted fields, given with --data.
printf '\xEF\xBB\xBFName,Latitude,Longitude,aliases\r\n"Alpha, North",10.5,20.25,A1|First\r\nBravo,-33.5,151.2,\r\n' >"$WORK/pts.csv"
run --no-default-data --data "$WORK/pts.csv" places --json
expect_code 0 "CSV with BOM and CRLF"
[[ $(json_count "x['name']=='Alpha, North' and x['layer']=='pts' and x['lat']==10.5 and x['lon']==20.25 and x['aliases']==['A1','First']") == 1 ]] \
    && pass "CSV row read with its aliases" || fail "CSV: $OUT"
run --no-default-data --data "$WORK/pts.csv:mine" places --layer mine --json
[[ $(json_count "x['layer']=='mine'") == 2 ]] && pass "PATH:LAYER names a CSV layer" || fail "layer rename: $OUT"

# Names through a verb: exact, alias, prefix, whole word; unknown and ambiguous.
for q in "Kadena" "kadena air base" "RODN" "Humphreys" "taipei"; do
    run distance "$q" "24.4667,123.0" --json
    expect_code 0 "distance from '$q'"
done
run distance "Kadina Air Bse" Tokyo
expect_error 2 "unknown place 'Kadina Air Bse' \(closest: Kadena Air Base" "unknown place suggests the closest names"
run distance Camp Tokyo
expect_error 2 "ambiguous place 'Camp'.*\(bases\)" "ambiguous place lists candidates with layers"

finish
