#!/usr/bin/env bash
# Progress on long work: GDAL-style on stderr when it is a terminal (run under a
# pseudo-terminal with script(1)), after the work and before the answer; nothing when stderr
# is a file; --quiet silences it. RANGEMAP_PROGRESS_SECONDS=0 shows it for work of any length.
source "$E2E_DIR/lib.sh"
command -v script >/dev/null || { echo "no script(1): skipped"; exit 77; }

DONE='0...10...20...30...40...50...60...70...80...90...100 - done.'
awk 'BEGIN { srand(5); print "lat1,lon1,lat2,lon2";
    for (i = 0; i < 300000; i++) printf "%.6f,%.6f,%.6f,%.6f\n", rand()*180-90, rand()*360-180, rand()*180-90, rand()*360-180 }' \
    > "$WORK/pairs.csv"
python3 "$SOURCE_DIR/tools/bench/make_points.py" 30000 "$WORK/pts.csv" >/dev/null || fail "make_points.py"

# tty CMD: runs CMD under a pseudo-terminal (stdout and stderr both on it); TTY holds what it showed.
tty() {
    TTY=$(RANGEMAP_PROGRESS_SECONDS=0 timeout 120 script -qec "$1" /dev/null | tr -d '\r')
}

tty "$RANGEMAP distance --batch $WORK/pairs.csv -o $WORK/out.csv"
grep -qxF "$DONE" <<<"$TTY" && pass "distance --batch: progress on a terminal" || fail "batch progress: ${TTY:0:300}"

tty "$RANGEMAP distance --batch $WORK/pairs.csv"
printf '%s\n' "$TTY" > "$WORK/tty.txt"
python3 - "$WORK/tty.txt" "$DONE" <<'PY' && pass "the progress line ends before the answer starts" || fail "progress and answer interleave"
import sys
text, done = open(sys.argv[1]).read(), sys.argv[2]
lines = text.split("\n")
assert lines[0] == done, lines[:2]
assert lines[1] == "distance_m,azi1_deg,azi2_deg", lines[:2]
assert len(lines) >= 300001 and all(l.count(",") == 2 for l in lines[1:300001])
PY

tty "$RANGEMAP --quiet distance --batch $WORK/pairs.csv -o $WORK/out.csv"
[[ -z $TTY ]] && pass "--quiet: no progress" || fail "--quiet printed: ${TTY:0:200}"
tty "$RANGEMAP distance --batch $WORK/pairs.csv -o $WORK/out.csv -q"
[[ -z $TTY ]] && pass "-q after the verb: no progress" || fail "-q printed: ${TTY:0:200}"

RANGEMAP_PROGRESS_SECONDS=0 "$RANGEMAP" distance --batch "$WORK/pairs.csv" -o "$WORK/out.csv" 2>"$WORK/err.txt"
[[ ! -s $WORK/err.txt ]] && pass "stderr a file: no progress" || fail "progress into a file: $(head -c 200 "$WORK/err.txt")"

# Short work shows none by default (expected to take far less than 2 s).
TTY=$(timeout 120 script -qec "$RANGEMAP distance 0,0 1,1" /dev/null | tr -d '\r')
grep -q '\.\.\.' <<<"$TTY" && fail "progress for one distance: $TTY" || pass "one distance: no progress"

tty "$RANGEMAP --no-default-data --data $WORK/pts.csv within 26.3556,127.7675 --radius 1000km --json"
grep -qxF "$DONE" <<<"$TTY" && pass "within over a large file: progress" || fail "within progress: ${TTY:0:300}"

tty "$RANGEMAP query $SOURCE_DIR/tools/bench/w5_sweep.yaml --csv"
grep -qxF "$DONE" <<<"$TTY" && pass "sweep: progress" || fail "sweep progress: ${TTY:0:300}"
RANGEMAP_PROGRESS_SECONDS=0 "$RANGEMAP" query "$SOURCE_DIR/tools/bench/w5_sweep.yaml" --csv >/dev/null 2>"$WORK/err.txt"
grep -q '\.\.\.' "$WORK/err.txt" && fail "sweep progress into a file" || pass "sweep, stderr a file: no progress"

finish
