#!/usr/bin/env bash
# rangemap distance: GeodSolve agreement (tests/data/geodesic), features, batch CSV, bad input.
source "$E2E_DIR/lib.sh"
REF="$SOURCE_DIR/tests/data/geodesic/inverse_reference.txt"

# jq-free field access
field() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(eval('d'+sys.argv[2]))" "$1" "$2"; }

n=0
while read -r lat1 lon1 lat2 lon2 azi1 azi2 s12; do
    run distance "$lat1,$lon1" "$lat2,$lon2" --json
    expect_code 0 "distance $lat1,$lon1 $lat2,$lon2"
    near "$(field "$OUT" "['distance_m']")" "$s12" 0.001 "distance_m vs GeodSolve for $lat1,$lon1 $lat2,$lon2"
    if [[ ${lat1#-} != 90 && ${lat2#-} != 90 ]]; then
        want=$(python3 -c "print(float('$azi1') % 360)")
        got=$(field "$OUT" "['azimuth_deg']")
        python3 -c "import sys; d=abs((float('$got')-float('$want')+180)%360-180); sys.exit(0 if d<1e-6 else 1)" \
            && pass "azimuth $got ~ $want" || fail "azimuth $got differs from GeodSolve $want"
        python3 -c "import sys; a=float('$got'); sys.exit(0 if 0<=a<360 else 1)" \
            && pass "azimuth in [0,360)" || fail "azimuth $got outside [0,360)"
    fi
    n=$((n + 1))
done < "$REF"
[[ $n -ge 20 ]] && pass "$n reference pairs" || fail "only $n reference pairs"

# The CLI.md example and the text output.
run distance 26.3556,127.7675 25.0330,121.5654
expect_code 0 "text output"
grep -q "639.5 km" <<<"$OUT" && pass "text shows 639.5 km" || fail "text output: $OUT"

# Features: Taiwan to Japan, minimum distance with witnesses (the published 108 +- 3 km; Yonaguni).
run distance Taiwan Japan --json
expect_code 0 "distance Taiwan Japan"
near "$(field "$OUT" "['distance_m']")" 108000 3000 "Taiwan-Japan minimum distance"
near "$(field "$OUT" "['to']['lat']")" 24.45 0.1 "Japanese witness latitude (Yonaguni)"
near "$(field "$OUT" "['to']['lon']")" 122.95 0.15 "Japanese witness longitude (Yonaguni)"
[[ $(field "$OUT" "['from']['name']") == Taiwan ]] && pass "from name" || fail "from name: $OUT"

# Batch: columns in any order, stdin, -o, row order kept.
{
    echo "lon2,lat1,id,lat2,lon1"
    while read -r lat1 lon1 lat2 lon2 _; do echo "$lon2,$lat1,x,$lat2,$lon1"; done < "$REF"
} > "$WORK/pairs.csv"
run distance --batch "$WORK/pairs.csv" -o "$WORK/out.csv"
expect_code 0 "batch to a file"
python3 - "$REF" "$WORK/out.csv" <<'PY' && pass "batch rows equal GeodSolve within 1 mm / 1e-6 deg" || fail "batch rows differ"
import sys
ref = [l.split() for l in open(sys.argv[1]) if l.strip()]
out = open(sys.argv[2]).read().splitlines()
assert out[0] == "distance_m,azi1_deg,azi2_deg", out[0]
assert len(out) == len(ref) + 1, (len(out), len(ref))
for r, o in zip(ref, out[1:]):
    d, a1, a2 = map(float, o.split(","))
    assert abs(d - float(r[6])) < 1e-3, (r, o)
    if abs(float(r[0])) != 90 and abs(float(r[2])) != 90:
        assert abs((a1 - float(r[4]) + 180) % 360 - 180) < 1e-6, (r, o)
        assert abs((a2 - float(r[5]) + 180) % 360 - 180) < 1e-6, (r, o)
PY
run distance --batch - < "$WORK/pairs.csv"
expect_code 0 "batch from stdin"
[[ "$OUT" == "$(cat "$WORK/out.csv")" ]] && pass "stdin gives the same CSV" || fail "stdin output differs"

# Bad input: exit 2, one error line.
run distance 91,0 0,0;             expect_error 2 "latitude 91" "lat 91"
run distance 0,181 0,0;            expect_error 2 "longitude 181" "lon 181"
run distance nan,0 0,0;            expect_error 2 "finite" "nan"
run distance 0,inf 0,0;            expect_error 2 "finite" "inf"
run distance Atlantisx 0,0;        expect_error 2 "Atlantisx" "unknown place"
run distance 0,0;                  expect_error 2 "needs FROM and TO places" "one place only"
printf 'lat1,lon1,lat2,lon2\n1,2,3,4\n1,2,91,4\n' > "$WORK/bad.csv"
run distance --batch "$WORK/bad.csv"; expect_error 2 "line 3.*lat2 91" "bad batch row names its line"
printf 'lat1,lon1,lat2,lon2\n1,2,3,4\n1,x,3,4\n' > "$WORK/bad.csv"
run distance --batch "$WORK/bad.csv"; expect_error 2 "line 3.*lon1 'x'" "non-numeric batch field"
printf 'lat1,lon1,lat2,lon2\n1,2,3\n' > "$WORK/bad.csv"
run distance --batch "$WORK/bad.csv"; expect_error 2 "line 2" "short batch row"
printf 'a,b,c,d\n1,2,3,4\n' > "$WORK/bad.csv"
run distance --batch "$WORK/bad.csv"; expect_error 2 "line 1.*lat1" "batch header without the columns"
run distance --batch "$WORK/missing.csv"; expect_error 2 "missing.csv" "missing batch file"
echo keep > "$WORK/keep.csv"
printf 'lat1,lon1,lat2,lon2\nnan,2,3,4\n' > "$WORK/bad.csv"
run distance --batch "$WORK/bad.csv" -o "$WORK/keep.csv"; expect_error 2 "line 2" "bad row with -o"
[[ $(cat "$WORK/keep.csv") == keep ]] && pass "failed batch leaves the output untouched" || fail "output was touched"
finish
