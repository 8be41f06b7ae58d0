#!/bin/sh
# Regenerates the reference tables from GeographicLib (Debian package geographiclib-tools).
# Inverse: "lat1 lon1 lat2 lon2" -> "lat1 lon1 lat2 lon2 azi1 azi2 s12" (degrees, metres).
# Direct:  "lat1 lon1 azi1 s12"  -> "lat1 lon1 azi1 s12 lat2 lon2 azi2".
# Planimeter: polygons as "lat lon" lines, one polygon per file -> "n perimeter area".
set -eu
cd "$(dirname "$0")"
GeodSolve --version | head -n 1 > geodsolve_version.txt
GeodSolve -i -p 9 -E < inverse_pairs.txt | paste -d ' ' inverse_pairs.txt - > inverse_reference.txt
GeodSolve -p 9 -E < direct_cases.txt | paste -d ' ' direct_cases.txt - > direct_reference.txt
for f in polygon_*.txt; do
    printf '%s %s\n' "$f" "$(Planimeter -p 6 -E < "$f")"
done > planimeter_reference.txt
# Every part of Japan in the shipped default data (gdal-bin's ogr2ogr): one "lat lon" line per
# vertex (the closing repeat left out), a blank line between parts, in the order of the
# multipolygon; then Planimeter's "n perimeter area" for each part, in the same order.
ogr2ogr -f CSV /vsistdout/ ../../../geodata/natural_earth_10m.gpkg \
    -sql "select geom from countries where name = 'Japan'" -explodecollections -lco GEOMETRY=AS_WKT |
    awk 'NR > 1 {
        gsub(/^"POLYGON \(\(|\)\)",?$/, "")
        if ($0 ~ /\)/) { print "japan_parts.txt: a part with a hole" > "/dev/stderr"; exit 1 }
        n = split($0, v, ",")
        if (NR > 2) print ""
        for (i = 1; i < n; i++) { split(v[i], c, " "); print c[2], c[1] }
    }' > japan_parts.txt
Planimeter -p 6 -E < japan_parts.txt > japan_parts_planimeter.txt
