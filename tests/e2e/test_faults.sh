#!/usr/bin/env bash
# The fault suite: outputs under a file size limit, the process killed mid-write, two writers of
# one file, planted symlinks, device/FIFO/symlink targets, and runaway inputs under memory and
# time limits. Whatever happens, an existing output is either untouched or wholly replaced, no
# temporary file is left (except by kill -9), and a failure is exit 1 or 2 with one line.
source "$E2E_DIR/lib.sh"
cd "$WORK" || exit 1
ARTICLE="$SOURCE_DIR/geodata/article.yaml"

# A listing of a folder with a checksum per file: equal listings mean nothing changed or appeared.
snapshot() { (cd "$1" && find . -mindepth 1 -printf '%p %y\n' | sort && find . -type f -exec md5sum {} + | sort); }

# limited KIB ARGS...: runs rangemap with files limited to KIB KiB and SIGXFSZ ignored, so a write
# past the limit fails with EFBIG instead of killing the process.
limited() {
  local kib=$1
  shift
  (trap '' XFSZ; ulimit -f "$kib"; exec timeout 120 "$RANGEMAP" "$@") >"$WORK/out" 2>"$WORK/err"
  CODE=$?
  ERR=$(cat "$WORK/err")
}

awk 'BEGIN { print "lat1,lon1,lat2,lon2"; for (i = 0; i < 300; ++i) printf "%.4f,%.4f,25.033,121.5654\n", -60 + i * 0.4, i * 1.1 - 170 }' >pairs.csv
cat >sweep.yaml <<EOF
map: {extent: [118, 20, 135, 35], size: [800, 600]}
questions:
  - sweep: {values: [300km, 600km], sites: [Kadena], targets: {layer: bases}, figure: $WORK/limited/sweep.png}
EOF

# --- 1. A file size limit (2 KiB) for every verb and output format ----------------------------
mkdir -p limited
file_cases=(
  "ring Kadena --radius RADIUS --out limited/ring.geojson"
  "ring Kadena --radius RADIUS --out limited/ring.json"
  "ring Kadena --radius RADIUS --out limited/ring.kml"
  "ring Kadena --radius RADIUS --out limited/ring.gpkg"
  "ring Kadena --radius RADIUS --out limited/ring.fgb"
  "ring Kadena --radius RADIUS --out limited/ring.shp"
  "ring Kadena --radius RADIUS --out limited/ring.csv"
  "ring Japan --radius RADIUS --out limited/buffer.geojson"
  "render --size 400x300 --set rings[0].radius=RADIUS -o limited/map.png"
  "render --size 400x300 --set rings[0].radius=RADIUS -o limited/map.svg"
  "render --size 400x300 --set rings[0].radius=RADIUS -o limited/map.pdf"
  "render --size 400x300 --set rings[0].radius=RADIUS -o figure.png --report limited/report.json"
  "distance --batch pairs.csv -o limited/batch.csv"
  "query sweep.yaml --set questions[0].sweep.values[0]=RADIUS"
)
# The report's figure goes to a FIFO (no file size limit there), so the report meets the limit.
mkfifo figure.png
for c in "${file_cases[@]}"; do
  if [[ $c == *figure.png* ]]; then cat figure.png >/dev/null & fi
  # The previous output, from an unlimited run with another radius.
  # shellcheck disable=SC2086 # each case is a word list on purpose
  timeout 120 "$RANGEMAP" ${c//RADIUS/400km} >/dev/null 2>"$WORK/err" || fail "$c: the unlimited run failed: $(cat "$WORK/err")"
  before=$(snapshot limited)
  if [[ $c == *figure.png* ]]; then cat figure.png >/dev/null & fi
  # shellcheck disable=SC2086
  limited 2 ${c//RADIUS/500km}
  expect_error 1 "File too large" "$c under ulimit -f 2"
  if [[ $(snapshot limited) == "$before" ]]; then pass "$c: the previous output is intact, nothing left over"; else fail "$c: the output folder changed: $(ls -la limited)"; fi
  wait
done
# stdout redirected to a file under the limit, for every verb that answers on stdout.
stdout_cases=(
  "distance --batch pairs.csv"
  "ring Kadena --radius 1000km"
  "within Kadena --radius 2000km --json"
  "places"
  "query $ARTICLE --json"
)
for c in "${stdout_cases[@]}"; do
  # shellcheck disable=SC2086
  (trap '' XFSZ; ulimit -f 2; exec timeout 120 "$RANGEMAP" $c) >limited/stdout.txt 2>"$WORK/err"
  CODE=$?
  ERR=$(cat "$WORK/err")
  expect_error 1 "cannot write to stdout: File too large" "$c > file under ulimit -f 2"
done
rm -f limited/stdout.txt

# --- 2. Killed mid-write: the target is the old bytes or the whole new output ------------------
awk 'BEGIN { srand(7); print "lat1,lon1,lat2,lon2"; for (i = 0; i < 400000; ++i) printf "%.5f,%.5f,%.5f,%.5f\n", rand() * 170 - 85, rand() * 360 - 180, rand() * 170 - 85, rand() * 360 - 180 }' >big.csv
timeout 120 "$RANGEMAP" distance --batch big.csv -o full.csv 2>/dev/null || fail "the reference batch run failed"
for sig in TERM KILL; do
  for delay in 0.1 0.4 0.8 1.5; do
    rm -rf killed && mkdir killed && echo previous >killed/out.csv
    timeout 120 "$RANGEMAP" distance --batch big.csv -o killed/out.csv 2>/dev/null &
    pid=$!
    sleep "$delay"
    # timeout runs rangemap as its child: signal the child itself.
    kill -s "$sig" "$(pgrep -P "$pid" || echo "$pid")" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [[ $(cat killed/out.csv) == previous ]] || cmp -s killed/out.csv full.csv; then
      pass "SIG$sig after ${delay}s: the target is the previous or the whole new file"
    else
      fail "SIG$sig after ${delay}s: the target is cut off ($(wc -c <killed/out.csv) bytes)"
    fi
    left=$(find killed -mindepth 1 ! -name out.csv | wc -l)
    if [[ $sig == TERM && $left -ne 0 ]]; then fail "SIGTERM after ${delay}s left a temporary file: $(ls -a killed)"; fi
  done
done

# --- 3. Two writers of one file at once: one whole output wins ---------------------------------
for ext in geojson gpkg; do
  timeout 120 "$RANGEMAP" ring Kadena --radius 500km --out "ref500.$ext" 2>/dev/null
  timeout 120 "$RANGEMAP" ring Kadena --radius 900km --out "ref900.$ext" 2>/dev/null
  ok=true
  for _ in 1 2 3; do
    rm -rf race && mkdir race
    timeout 120 "$RANGEMAP" ring Kadena --radius 500km --out "race/ring.$ext" 2>/dev/null &
    a=$!
    timeout 120 "$RANGEMAP" ring Kadena --radius 900km --out "race/ring.$ext" 2>/dev/null &
    b=$!
    wait "$a" || ok=false
    wait "$b" || ok=false
    if [[ $ext == geojson ]]; then
      cmp -s race/ring.geojson ref500.geojson || cmp -s race/ring.geojson ref900.geojson || ok=false
    else
      radius=$(ogrinfo -ro -q -al race/ring.gpkg 2>/dev/null | awk '/radius_m \(/ { print $NF }')
      [[ $radius == 500000 || $radius == 900000 ]] || ok=false
    fi
    [[ $(find race -mindepth 1 | wc -l) -eq 1 ]] || ok=false
  done
  if $ok; then pass "two writers of one .$ext: both exit 0, the file is one whole output"; else fail "two writers of one .$ext: $(ls -a race)"; fi
done

# --- 4. Temporary names cannot be planted: every file created beside an output is O_EXCL ------
if strace -f -o /dev/null true 2>/dev/null; then
  mkdir -p traced
  trace_cases=(
    "ring Kadena --radius 500km --out traced/ring.geojson"
    "ring Kadena --radius 500km --out traced/ring.shp"
    "ring Kadena --radius 500km --out traced/ring.gpkg"
    "render --size 400x300 -o traced/map.png --report traced/report.json"
    "distance --batch pairs.csv -o traced/batch.csv"
  )
  for c in "${trace_cases[@]}"; do
    # shellcheck disable=SC2086
    strace -f -qq -e trace=openat,open,creat,mkdir,mkdirat -o trace.log timeout 120 "$RANGEMAP" $c >/dev/null 2>&1
    # Files may be created without O_EXCL only inside a folder this run made itself (mkdtemp).
    bad=$(awk -v dir="$WORK/traced" '
      /mkdir/ && / = 0$/ { if (match($0, /"[^"]+"/)) made[substr($0, RSTART + 1, RLENGTH - 2)] = 1 }
      /O_CREAT/ && !/O_EXCL/ && / = [0-9]+$/ {
        if (!match($0, /"[^"]+"/)) next
        path = substr($0, RSTART + 1, RLENGTH - 2)
        if (index(path, "traced/") == 0) next
        inside = 0
        for (d in made) if (index(path, d "/") > 0) inside = 1
        if (!inside) print path
      }' trace.log)
    if [[ -z $bad ]]; then pass "$c: every file beside the output is created with O_EXCL"; else fail "$c: created without O_EXCL: $bad"; fi
    # A symlink planted at every name the run used is refused, not followed.
    echo victim >victim.txt
    grep -o '"[^"]*traced/[^"]*"' trace.log | tr -d '"' | sort -u | while read -r name; do
      [[ -e $name || $name == "$WORK/traced" || $name == traced ]] && continue
      ln -s "$WORK/victim.txt" "$name" 2>/dev/null
    done
    # shellcheck disable=SC2086
    timeout 120 "$RANGEMAP" $c >/dev/null 2>&1
    if [[ $(cat victim.txt) == victim ]]; then pass "$c: planted symlinks are not followed"; else fail "$c: a planted symlink was written through"; fi
    find traced -type l -delete
  done
else
  echo "SKIP: strace cannot trace here (ptrace not permitted); the O_EXCL check did not run"
fi

# --- 5. Device, FIFO and symlink targets ------------------------------------------------------
timeout 120 "$RANGEMAP" ring Kadena --radius 500km --out ref.geojson 2>/dev/null
mkfifo pipe.geojson
cat pipe.geojson >from_pipe.geojson &
reader=$!
run ring Kadena --radius 500km --out pipe.geojson
wait "$reader"
expect_code 0 "a FIFO as the output"
if [[ -p pipe.geojson ]] && cmp -s from_pipe.geojson ref.geojson; then pass "the FIFO is written through and stays a FIFO"; else fail "the FIFO was replaced or its reader got other bytes"; fi
mkdir -p real && echo old >real/target.geojson && ln -s real/target.geojson link.geojson
run ring Kadena --radius 500km --out link.geojson
expect_code 0 "a symlink as the output"
if [[ -L link.geojson ]] && cmp -s real/target.geojson ref.geojson; then pass "the symlink's target is replaced and the link kept"; else fail "the symlink was replaced"; fi
timeout 120 "$RANGEMAP" distance --batch pairs.csv -o /dev/stdout >via_stdout.csv 2>"$WORK/err"
if [[ $? -eq 0 && -L /dev/stdout && $(wc -l <via_stdout.csv) -eq 301 ]]; then pass "-o /dev/stdout is written through"; else fail "-o /dev/stdout: $(cat "$WORK/err")"; fi
if [[ $(id -u) -eq 0 ]] && mknod null.png c 1 3 2>/dev/null && mknod null.json c 1 3 2>/dev/null; then
  run render --size 400x300 -o null.png --report null.json
  expect_code 0 "character devices as the figure and the report"
  if [[ -c null.png && -c null.json ]]; then pass "character devices are written through, never replaced"; else fail "a character device was replaced by a file"; fi
fi
mkdir folder.geojson
run ring Kadena --radius 500km --out folder.geojson
expect_error 1 "cannot write 'folder.geojson': it is a folder" "a folder as the output"

# --- 6. Runaway inputs are refused up front, within memory and time limits ---------------------
# bounded ARGS...: like run, with 60 s and (outside ASan, which reserves terabytes) 2 GiB of memory.
bounded() {
  if under_sanitizer; then
    timeout 60 "$RANGEMAP" "$@" >"$WORK/out" 2>"$WORK/err"
  else
    (ulimit -v 2097152; exec timeout 60 "$RANGEMAP" "$@") >"$WORK/out" 2>"$WORK/err"
  fi
  CODE=$?
  ERR=$(cat "$WORK/err")
}
bounded ring Kadena --radius 0.000001m
expect_error 2 "below the smallest ring radius, 1 m" "a 1 µm ring"
bounded render --extent 127,26,127.000001,26.000001 -o tiny.png
expect_error 2 "narrower than the smallest map extent" "a map extent of 1e-6°"
bounded render --extent 127,26,127.001,26.001 -o small.png
expect_code 0 "a map extent of 0.001° (the smallest)"
bounded query /dev/zero
expect_error 2 "larger than 8 MiB" "query /dev/zero"
head -c 9000000 /dev/zero | tr '\0' '#' >huge.yaml
bounded query huge.yaml
expect_error 2 "larger than 8 MiB" "a 9 MB scenario"
# 585 bytes of YAML aliases that expand to half a billion values.
python3 - >aliases.yaml <<'PY'
print("a0: &a0 [x, x, x, x, x, x, x, x, x]")
for i in range(1, 9):
    print(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]")
print("title: t")
PY
bounded query aliases.yaml
expect_error 2 "expands to more than 1,000,000 values" "a YAML alias bomb"
# Invalid UTF-8 in a scenario: a usage error naming the place, whatever the output format.
printf 'title: "caf\xe9 map"\nmap: {extent: [118, 20, 135, 35]}\n' >latin1.yaml
for out in none latin1.png latin1.pdf latin1.svg; do
  if [[ $out == none ]]; then bounded query latin1.yaml; else bounded render latin1.yaml -o "$out"; fi
  expect_error 2 "latin1.yaml:1:8: title: invalid UTF-8 \(byte 0xE9" "invalid UTF-8 in a title ($out)"
  [[ $out == none || ! -e $out ]] || fail "invalid UTF-8 in a title: $out was written"
done
# A batch input cut short while it is read: an error or a whole answer, never a signal (it was
# once memory-mapped: SIGBUS). The cut comes as soon as the file is open.
for _ in 1 2 3 4 5 6; do cat big.csv; done | awk 'NR == 1 || $0 !~ /^lat1/' >long.csv
for attempt in 1 2; do
  cp long.csv shrinking.csv
  timeout 60 "$RANGEMAP" distance --batch shrinking.csv -o shrunk.csv 2>"$WORK/err" &
  pid=$!
  for _ in $(seq 2000); do
    child=$(pgrep -P "$pid" || true)
    [[ -n $child ]] && ls -l "/proc/$child/fd" 2>/dev/null | grep -q shrinking.csv && break
  done
  truncate -s 1000000 shrinking.csv
  wait "$pid"
  CODE=$?
  ERR=$(cat "$WORK/err")
  if [[ $CODE -eq 0 ]]; then
    pass "input cut while read (try $attempt): read whole before the cut"
  elif [[ $CODE -ge 124 ]]; then
    fail "input cut while read (try $attempt): exit $CODE (a signal or a hang): $ERR"
  else
    expect_error 1 "changed while it was read" "input cut while read (try $attempt)"
  fi
done
finish
