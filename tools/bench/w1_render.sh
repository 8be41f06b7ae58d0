#!/usr/bin/env bash
# W1: the built-in article figure as a 3000x2000 PNG (and SVG, PDF), whole process.
# Target: <= 1/8 of GMT's time and <= 100 MiB peak RSS for the PNG.
# Also the start-up of the commands that read the default data: `places` (every name and
# country label point) and `distance Taiwan Japan` (two countries' geometry).
# GMT's article_map.sh runs beside it when GMT is installed (RANGEMAP_PEERS: the peers folder).
# Usage: tools/bench/w1_render.sh [path/to/rangemap] [runs]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "$(command -v "${1:-$here/build/default/tools/rangemap}")")
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

# GMT beside it, in the same sitting, when GMT is installed (the peer script of
# ../shared/bench/peers, copied to a scratch folder: it writes next to itself).
peers=${RANGEMAP_PEERS:-$here/../shared/bench/peers}
if command -v gmt >/dev/null && command -v hyperfine >/dev/null && [[ -f $peers/gmt/article_map.sh ]]; then
    cp -r "$peers" "$out/peers" && chmod -R u+w "$out/peers"
    (cd "$out/peers/gmt" && hyperfine -w 1 -r "$runs" --export-json "$out/gmt.json" \
        "bash article_map.sh h png" "$bin render -o $out/w1.png --size 3000x2000" >/dev/null 2>&1) ||
        echo "W1 beside GMT: a run failed"
    [[ -s $out/gmt.json ]] && python3 - "$out/gmt.json" <<'PY'
import json, sys
gmt, ours = (r["mean"] for r in json.load(open(sys.argv[1]))["results"])
print(f"W1 beside GMT: GMT article_map.sh h png {gmt:.3f} s, rangemap PNG {ours:.3f} s (means): {gmt / ours:.1f}x")
PY
else
    echo "W1 beside GMT: skipped (needs gmt, hyperfine and $peers/gmt/article_map.sh)"
fi
