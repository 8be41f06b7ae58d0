#!/usr/bin/env bash
# rangemap render: the built-in figure in PNG, SVG and PDF; label boxes; bad input leaves
# existing output untouched.
source "$E2E_DIR/lib.sh"

png_size() { python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$1"; }

# --- the built-in figure ---
run render -o "$WORK/article.png" --report "$WORK/report.json"
expect_code 0 "built-in figure renders"
[[ "$(png_size "$WORK/article.png")" == "1500x1000" ]] && pass "default page is 1500x1000" || fail "page size $(png_size "$WORK/article.png")"
python3 - "$WORK/report.json" <<'PY' && pass "built-in figure: labels placed, none overlapping, none off the map" || fail "label boxes"
import json, sys
r = json.load(open(sys.argv[1]))
labels = r["labels"]
mx0, my0, mx1, my1 = r["map_box"]
def overlap(a, b): return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
assert len(labels) >= 15, len(labels)
texts = [l["text"] for l in labels]
for need in ["Kadena Air Base", "108 km", "1,000 km from Kadena", "1,000 km from Yonaguni", "1,000 km from Sasebo"]:
    assert need in texts, (need, texts)
for i, a in enumerate(labels):
    x0, y0, x1, y1 = a["box"]
    # Titles sit above and below the map, legend entries in their panel; the rest on the map.
    if a["kind"] not in ("title", "legend"):
        assert mx0 <= x0 and x1 <= mx1 and my0 <= y0 and y1 <= my1, a
        # The inset's labels lie wholly inside its map; the map's keep clear of it.
        inset = r["inset"]
        within = lambda b, o: o[0] <= b[0] and b[2] <= o[2] and o[1] <= b[1] and b[3] <= o[3]
        in_inset = inset is not None and within(a["box"], inset["map_box"])
        for f in r["furniture"]:
            if not (in_inset and f == inset["box"]):
                assert not overlap(a["box"], f), (a, f)
    for b in labels[i + 1:]:
        assert not overlap(a["box"], b["box"]), (a, b)
assert "+proj=lcc" in r["crs"], r["crs"]
PY
# The Taiwan–Japan callout reads 108 km (108.4 km on the default data, README).
grep -q '"108 km"' "$WORK/report.json" && pass "callout says 108 km" || fail "callout label: $(grep -o '"[0-9]* km"' "$WORK/report.json")"

run render -o "$WORK/hidpi.png" --size 750x500 --scale 2
expect_code 0 "HiDPI render"
[[ "$(png_size "$WORK/hidpi.png")" == "1500x1000" ]] && pass "--scale 2 doubles the pixels" || fail "hidpi size $(png_size "$WORK/hidpi.png")"

run render -o "$WORK/a.svg"
expect_code 0 "SVG renders"
run render -o "$WORK/b.svg"
cmp -s "$WORK/a.svg" "$WORK/b.svg" && pass "identical inputs give byte-identical SVG" || fail "SVG differs between runs"
if command -v rsvg-convert >/dev/null; then
    rsvg-convert -o "$WORK/svg.png" "$WORK/a.svg" && pass "rsvg-convert reads the SVG" || fail "rsvg-convert failed"
fi
run render -o "$WORK/a.pdf" --report "$WORK/pdf_report.json"
expect_code 0 "PDF renders"
if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 36 -singlefile "$WORK/a.pdf" "$WORK/pdf" && [[ -s "$WORK/pdf.png" ]] && pass "pdftoppm opens the PDF" || fail "pdftoppm failed"
fi
# Every title, legend entry, site and callout label the report lists is text in the PDF
# (labels set glyph by glyph along a ring are left to the pixel checks).
if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/a.pdf" "$WORK/pdf.txt"
    python3 - "$WORK/pdf_report.json" "$WORK/pdf.txt" <<'PY' && pass "the PDF holds every title, legend, site and callout text" || fail "text missing from the PDF"
import json, sys
r = json.load(open(sys.argv[1]))
text = " ".join(open(sys.argv[2]).read().split())
wanted = [l["text"] for l in r["labels"] if l["kind"] in ("title", "legend", "site", "callout")]
assert len(wanted) >= 20, wanted
missing = [w for w in wanted if " ".join(w.split()) not in text]
assert not missing, missing
PY
fi

run render -o "$WORK/pacific.png" --extent 120,-30,260,50 --size 900x600
expect_code 0 "Pacific extent across the antimeridian"
# The automatic projection draws any extent: the world, a hemisphere, a polar cap, a band
# across the antimeridian, a small region.
for case in "-180,-85,180,85 eqearth" "-180,-90,180,90 eqearth" "-180,0,180,90 laea" "-180,-90,180,-60 stere" \
            "100,-60,300,60 eqearth" "160,60,200,72 stere" "127.7,26.3,127.8,26.4 lcc"; do
  set -- $case
  run render -o "$WORK/auto.png" --extent "$1" --size 600x400 --report "$WORK/auto.json"
  expect_code 0 "auto projection for the extent $1"
  grep -q "+proj=$2" "$WORK/auto.json" && pass "extent $1 is drawn in $2" || fail "extent $1: $(grep -o '"crs": "[^"]*"' "$WORK/auto.json")"
done
# A ring around the north pole, fitted automatically: the whole round of longitudes, centred on
# the ring's centre (Kadena, 127.77°E), in Equal Earth.
printf 'title: "10,000 km"\nrings:\n  - {centre: Kadena, radius: 10000km}\n' >"$WORK/bigring.yaml"
run render "$WORK/bigring.yaml" -o "$WORK/bigring.png" --report "$WORK/bigring.json"
expect_code 0 "a 10,000 km ring with a fitted extent"
lon0=$(grep -o '+proj=eqearth +lon_0=[-0-9.]*' "$WORK/bigring.json" | sed 's/.*lon_0=//')
near "${lon0:-nan}" 127.7675 0.5 "the fitted world map is centred on the ring"
run render -o "$WORK/merc.png" --crs EPSG:3857 --size 900x600
expect_code 0 "user CRS EPSG:3857"

# --- bad input: clear error, right exit code, existing output untouched ---
printf 'keep me' >"$WORK/keep.png"
printf 'keep me' >"$WORK/keep.svg"
unchanged() { [[ "$(cat "$1")" == "keep me" ]] && pass "$2: existing output untouched" || fail "$2: existing output changed"; }

run render -o "$WORK/keep.png" --extent 150,18,115,42
expect_error 2 "min_lon >= max_lon" "extent with min > max"; unchanged "$WORK/keep.png" "inverted extent"
run render -o "$WORK/keep.png" --extent 115,18,150,95
expect_error 2 "beyond the poles" "extent beyond the pole"; unchanged "$WORK/keep.png" "extent beyond the pole"
run render -o "$WORK/keep.png" --extent -400,0,10,10
expect_error 2 "outside the world" "extent outside the world"; unchanged "$WORK/keep.png" "extent outside the world"
run render -o "$WORK/keep.png" --extent 1,2,3
expect_error 2 "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT" "malformed extent"
run render -o "$WORK/keep.png" --size 0x1000
expect_error 2 "100\.\.20000" "page of 0 pixels"; unchanged "$WORK/keep.png" "page 0"
run render -o "$WORK/keep.png" --size 100000x1000
expect_error 2 "100\.\.20000" "page of 100,000 pixels"; unchanged "$WORK/keep.png" "page 100000"
run render -o "$WORK/keep.png" --size big
expect_error 2 "WIDTHxHEIGHT" "malformed size"
run render -o "$WORK/keep.png" --crs EPSG:999999
expect_error 2 "unknown CRS" "unknown CRS"; unchanged "$WORK/keep.png" "unknown CRS"
run render -o "$WORK/keep.svg" --crs "+proj=ortho +lat_0=0 +lon_0=-30 +datum=WGS84"
expect_error 2 "cannot show the extent" "projection that cannot show the extent"; unchanged "$WORK/keep.svg" "bad projection"
run render -o "$WORK/map.jpg"
expect_error 2 "unknown extension" "unknown output extension"
[[ ! -e "$WORK/map.jpg" ]] && pass "no .jpg written" || fail ".jpg written"
run render -o "$WORK/no/such/folder/map.png"
expect_error 1 "does not exist" "missing output folder"
run render -o "$WORK/keep.png/map.png"
expect_error 1 "does not exist" "output folder is a file"; unchanged "$WORK/keep.png" "folder is a file"
run render -o "$WORK"
expect_error 2 "unknown extension" "output is a folder"
leftovers=$(find "$WORK" -name '.*.png.*' -o -name '.*.svg.*' | wc -l)
[[ $leftovers -eq 0 ]] && pass "no temporary files left behind" || fail "$leftovers temporary files left"

finish
