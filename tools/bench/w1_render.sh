#!/usr/bin/env bash
# W1: the built-in article figure as a 3000x2000 PNG (and SVG, PDF), whole process.
# Target: <= 0.25 s wall and <= 100 MiB peak RSS for the PNG.
# Also the start-up of the commands that read the default data: `places` (every name and
# country label point) and `distance Taiwan Japan` (two countries' geometry).
# Usage: tools/bench/w1_render.sh [path/to/rangemap] [runs]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$here/build/default/tools/rangemap}
runs=${2:-10}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export RANGEMAP_DATA=${RANGEMAP_DATA:-$here/geodata}

for fmt in png svg pdf; do
    cmd="$bin render -o $out/w1.$fmt --size 3000x2000"
    "$bin" render -o "$out/w1.$fmt" --size 3000x2000 2>/dev/null # warm the page cache
    if command -v hyperfine >/dev/null; then
        hyperfine -N -w 1 -r "$runs" --export-json "$out/$fmt.json" "$cmd" >/dev/null 2>&1
        median=$(python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$out/$fmt.json")
    else
        times=()
        for _ in $(seq "$runs"); do
            s=$(date +%s.%N); $cmd 2>/dev/null; e=$(date +%s.%N)
            times+=("$(python3 -c "print($e-$s)")")
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    fi
    rss=$( { /usr/bin/time -f '%M' $cmd 2>&1 >/dev/null; } | tail -1)
    printf 'W1 %s 3000x2000: median %s s over %s runs, peak RSS %.1f MiB, %s bytes\n' \
        "$fmt" "$median" "$runs" "$(python3 -c "print($rss/1024)")" "$(stat -c %s "$out/w1.$fmt")"
done

# median_of "CMD": the median wall time over $runs runs, in seconds.
median_of() {
    hyperfine -N -w 1 -r "$runs" --export-json "$out/cmd.json" "$1" >/dev/null 2>&1
    python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$out/cmd.json"
}
if command -v hyperfine >/dev/null; then
    for args in "places" "distance Taiwan Japan" "--help"; do
        rss=$( { /usr/bin/time -f '%M' $bin $args 2>&1 >/dev/null; } | tail -1)
        printf '%s: median %s s over %s runs, peak RSS %.1f MiB\n' "$args" "$(median_of "$bin $args")" "$runs" \
            "$(python3 -c "print($rss/1024)")"
    done
fi
