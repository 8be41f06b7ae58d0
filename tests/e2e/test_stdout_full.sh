#!/usr/bin/env bash
# Every verb that answers on stdout fails, with one line and exit 1, when stdout cannot take
# the answer (/dev/full): a pipeline never takes a cut-off answer for a whole one.
source "$E2E_DIR/lib.sh"

printf 'lat1,lon1,lat2,lon2\n24.4667,123.0,25.033,121.5654\n' >"$WORK/pairs.csv"
cases=(
  "distance Kadena Taipei"
  "distance Taiwan Japan --json"
  "distance --batch $WORK/pairs.csv"
  "ring Kadena --radius 100km"
  "within Kadena --radius 600nmi --json"
  "places"
  "query $SOURCE_DIR/geodata/article.yaml --csv"
)
for c in "${cases[@]}"; do
  # shellcheck disable=SC2086 # the case is a word list on purpose
  timeout 120 "$RANGEMAP" $c >/dev/full 2>"$WORK/err"
  CODE=$?
  ERR=$(cat "$WORK/err")
  expect_error 1 "cannot write to stdout: No space left on device" "$c > /dev/full"
  # The same command to a working stdout succeeds: the failure above is the write's alone.
  # shellcheck disable=SC2086
  timeout 120 "$RANGEMAP" $c >/dev/null 2>"$WORK/err"
  CODE=$?
  ERR=$(cat "$WORK/err")
  expect_code 0 "$c > /dev/null"
done
finish
