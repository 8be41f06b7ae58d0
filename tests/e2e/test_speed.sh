#!/usr/bin/env bash
# Travel times: --speed on distance and within, and the scenario key: time_s equals the
# distance over the speed, text in minutes or hours, callouts with the time, bad speeds refused.
source "$E2E_DIR/lib.sh"

run distance Taiwan Japan --speed 900km/h --json
expect_code 0 "distance with a speed"
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert abs(j["time_s"] - j["distance_m"] / 250) < 1e-9 and j["speed_m_s"] == 250, j' "$OUT" \
    && pass "time_s is distance / speed" || fail "time_s: $OUT"
run distance Taiwan Japan --speed 900km/h
grep -q "^time      7 min at 900 km/h$" <<<"$OUT" && pass "text time in minutes" || fail "text time: $OUT"
run distance Kadena Guam --speed 20kn
grep -qE "^time      [0-9]+ h [0-9]{2} min at 20 kn$" <<<"$OUT" && pass "text time in hours" || fail "hours: $OUT"

run within Yonaguni --radius 300km --speed 600mph --json
expect_code 0 "within with a speed"
python3 -c '
import json, sys
rows = json.loads(sys.argv[1])
assert rows and all(abs(r["time_s"] - r["distance_m"] / (600 * 1609.344 / 3600)) < 1e-9 for r in rows), rows' "$OUT" \
    && pass "within times are distance / speed" || fail "within times: $OUT"

cat >"$WORK/speed.yaml" <<'YAML'
title: Time to target
speed: 900km/h
map: {extent: [119, 21, 127, 27]}
callouts:
  - {from: Taiwan, to: Japan}
questions:
  - distance: {from: Taiwan, to: Japan}
YAML
run query "$WORK/speed.yaml" --json
python3 -c 'import json,sys; r=json.loads(sys.argv[1])[0]["rows"][0]; assert abs(r["time_min"] - r["distance_km"] * 1000 / 250 / 60) < 1e-9, r' "$OUT" \
    && pass "scenario answers carry the time" || fail "scenario time: $OUT"
run render "$WORK/speed.yaml" -o "$WORK/speed.svg" --report "$WORK/speed.json"
grep -q '"108 km · 7 min at 900 km/h"' "$WORK/speed.json" && pass "callout with the time" || fail "callout: $(cat "$WORK/speed.json")"

for bad in 0km/h -5kn 900 abc 1e400mph 900furlongs; do
    run distance Taiwan Japan --speed "$bad"
    expect_error 2 "speed '$bad'" "speed $bad refused"
done
run distance --batch - --speed 900km/h </dev/null
expect_error 2 "--speed is for one distance" "no speed with --batch"
sed -i 's/900km\/h/fast/' "$WORK/speed.yaml"
run query "$WORK/speed.yaml"
expect_error 2 "speed: speed 'fast' is not a number" "scenario speed refused"

finish
