#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The W6e peer: the points of a CSV (name,lat,lon,...) within a radius of a centre, nearest
first, with pandas read_csv and pyproj's Geod.inv (Karney's geodesic on WGS84), as a JSON
array of {"name", "lat", "lon", "distance_m"}: what `rangemap --data FILE within CENTRE
--radius R --json` answers for that file's rows.

Usage: peer_within_pandas.py FILE.csv LAT LON RADIUS_M > out.json
"""
import json
import sys

import numpy as np
import pandas as pd
from pyproj import Geod


def main():
    path, lat0, lon0, radius = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    df = pd.read_csv(path)
    n = len(df)
    _, _, dist = Geod(ellps="WGS84").inv(np.full(n, lon0), np.full(n, lat0), df["lon"].to_numpy(), df["lat"].to_numpy())
    df["distance_m"] = dist
    hits = df[df["distance_m"] <= radius].sort_values("distance_m", kind="stable")
    rows = [{"name": r.name, "lat": r.lat, "lon": r.lon, "distance_m": r.distance_m}
            for r in hits[["name", "lat", "lon", "distance_m"]].itertuples(index=False)]
    json.dump(rows, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
