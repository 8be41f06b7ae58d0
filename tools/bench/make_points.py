#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes N points spread evenly over the globe as a points CSV (name,lat,lon,kind) for the
W6e benchmark and the within-from-files tests; with --gpkg, also a GeoPackage of them
(layer "points", EPSG:4326, with its R-tree spatial index) through ogr2ogr.

Usage: make_points.py N OUT.csv [--gpkg OUT.gpkg] [--seed S] [--spatial-order]

--spatial-order writes the rows in order of 1-degree cells (by latitude band, then longitude),
as files cut from a map tile by tile usually are: a spatial filter then reads neighbouring rows
from neighbouring pages. Without it the rows are in random order (the worst case for a
GeoPackage's spatial filter: every feature in reach on a page of its own).
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
    ap.add_argument("--spatial-order", action="store_true")
    a = ap.parse_args()
    if a.spatial_order:
        write_spatial(a)
    else:
        write_random(a)
    if a.gpkg:
        subprocess.run(["ogr2ogr", "-f", "GPKG", "-overwrite", "-nln", "points", "-a_srs", "EPSG:4326",
                        "-gt", "100000", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                        "-oo", "KEEP_GEOM_COLUMNS=NO", "-lco", "SPATIAL_INDEX=YES", a.gpkg, a.csv], check=True)
    return 0


def write_spatial(a):
    import numpy as np
    rng = np.random.default_rng(a.seed)
    lat = np.degrees(np.arcsin(rng.uniform(-1.0, 1.0, a.n)))
    lon = rng.uniform(-180.0, 180.0, a.n)
    cell = np.floor(lat + 90).clip(0, 179) * 360 + np.floor(lon + 180).clip(0, 359)
    order = np.argsort(cell, kind="stable")
    kinds = ("town", "port", "airfield", "station")
    with open(a.csv, "w", encoding="utf-8") as out:
        out.write("name,lat,lon,kind\n")
        for start in range(0, a.n, 100000):
            idx = order[start:start + 100000]
            out.writelines(f"P{i:08d},{lat[i]:.6f},{lon[i]:.6f},{kinds[i % 4]}\n" for i in idx.tolist())


def write_random(a):
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


if __name__ == "__main__":
    sys.exit(main())
