#!/usr/bin/env bash
# A sweep's small-multiples figure at the step limit (200 panels) in PNG, SVG and PDF, drawn
# within 1 GiB of virtual memory: panels are built and drawn one at a time and the base map is
# shared, not copied into each (which took 1.3 GB for the PNG and 2.1 GB for the SVG).
source "$E2E_DIR/lib.sh"

# AddressSanitizer reserves terabytes of address space: no memory limit can hold it.
if [[ ${RANGEMAP_SANITIZE:-0} == 1 ]]; then
    echo "skipped: the memory limit does not apply under the sanitizer"
    exit 77
fi

# run_limited ARGS...: as run, within 1 GiB of virtual memory and 180 s (alone, the slowest
# format, PDF, takes about 30 s on 2 busy cores).
run_limited() {
    (ulimit -v 1048576 && exec timeout 180 "$RANGEMAP" "$@") >"$WORK/out" 2>"$WORK/err"
    CODE=$?
    ERR=$(cat "$WORK/err")
}
png_size() { python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$1" 2>/dev/null; }

for format in png svg pdf; do
    cat >"$WORK/sweep-$format.yaml" <<EOF
title: "Reach"
map:
  extent: [112, 17, 142, 42]
questions:
  - id: s
    sweep:
      from: 15km
      to: 3000km
      step: 15km
      sites: [Kadena]
      targets: {layer: bases}
      figure: $WORK/sweep.$format
EOF
    run_limited query "$WORK/sweep-$format.yaml"
    expect_code 0 "a 200-step $format figure within 1 GiB"
    size=$(stat -c %s "$WORK/sweep.$format" 2>/dev/null || echo 0)
    # The base map is written once and referred to from every panel: 18 MB, not 316 MB, for SVG.
    ((size > 100000 && size < 64 * 1024 * 1024)) && pass "$format figure is $size bytes" ||
        fail "$format figure is $size bytes"
done
[[ "$(head -c 8 "$WORK/sweep.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] &&
    pass "a PNG" || fail "not a PNG"
# 15 columns by 14 rows of 640x460 panels under the title band: legible panels, within the
# PNG limit of 100 million pixels.
[[ "$(png_size "$WORK/sweep.png")" == "9600x6491" ]] && pass "PNG is 9600x6491" ||
    fail "PNG is $(png_size "$WORK/sweep.png")"
head -c 200 "$WORK/sweep.svg" | grep -q '<svg' && pass "an SVG" || fail "not an SVG"
[[ "$(head -c 5 "$WORK/sweep.pdf")" == "%PDF-" ]] && pass "a PDF" || fail "not a PDF"
finish
