#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes N points spread evenly over the globe as a points CSV (name,lat,lon,kind) for the
W6e benchmark and the within-from-files tests; with --gpkg, also a GeoPackage of them
(layer "points", EPSG:4326, with its R-tree spatial index) through ogr2ogr.

Usage: make_points.py N OUT.csv [--gpkg OUT.gpkg] [--seed S]
"""
import argparse
import math
import random
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("csv")
    ap.add_argument("--gpkg")
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    kinds = ("town", "port", "airfield", "station")
    with open(a.csv, "w", encoding="utf-8") as out:
        out.write("name,lat,lon,kind\n")
        rows = []
        for i in range(a.n):
            lat = math.degrees(math.asin(rng.uniform(-1.0, 1.0)))  # even in area
            lon = rng.uniform(-180.0, 180.0)
            rows.append(f"P{i:08d},{lat:.6f},{lon:.6f},{kinds[i % 4]}\n")
            if len(rows) == 100000:
                out.writelines(rows)
                rows.clear()
        out.writelines(rows)
    if a.gpkg:
        subprocess.run(["ogr2ogr", "-f", "GPKG", "-overwrite", "-nln", "points", "-a_srs", "EPSG:4326",
                        "-gt", "100000", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                        "-oo", "KEEP_GEOM_COLUMNS=NO", "-lco", "SPATIAL_INDEX=YES", a.gpkg, a.csv], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
