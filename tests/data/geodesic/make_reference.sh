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
