#!/usr/bin/env bash
# Error messages stay one short line whatever the input: long input is shortened, control
# characters escaped, and unknown-name suggestions take bounded time.
source "$E2E_DIR/lib.sh"

long=$(head -c 10000 /dev/zero | tr '\0' 'q')
run distance "$long" Kadena
expect_error 2 "unknown place 'qqqq.*…" "a 10 KB unknown name"
len=$(printf '%s' "$ERR" | wc -c)
if ((len <= 340)); then pass "the message is $len bytes"; else fail "the message is $len bytes: $ERR"; fi

run distance "$(printf 'Kad\033[31mena\nX')" Taipei
expect_error 2 'Kad\\x1b\[31mena\\x0aX' "control characters in a name are escaped"
if [[ $(printf '%s\n' "$ERR" | wc -l) -eq 1 ]]; then pass "one line"; else fail "not one line: $ERR"; fi

# 2,000 long names and a 4 KB query: suggestions are cut to a bounded comparison.
awk 'BEGIN { print "name,lat,lon"; for (i = 0; i < 2000; i++) { s = ""; for (k = 0; k < 40; k++) s = s "abcdefghij"; printf "%s %d,%f,%f\n", s, i, 10 + i / 100, 120 + i / 100 } }' >"$WORK/long_names.csv"
q=$(head -c 4000 /dev/zero | tr '\0' 'z')
start=$(date +%s)
timeout 30 "$RANGEMAP" --no-default-data --data "$WORK/long_names.csv" distance "$q" 10,120 >"$WORK/out" 2>"$WORK/err"
CODE=$?
ERR=$(cat "$WORK/err")
expect_error 2 "unknown place" "a 4 KB name against 2,000 long names"
secs=$(($(date +%s) - start))
if ((secs <= 10)); then pass "answered in ${secs} s"; else fail "took ${secs} s"; fi
finish
