#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""W8 and W9 of BENCHMARKS.md, in one process of Debian's python3 against a built package:
W8  rangemap.distance on 1,000,000 numpy pairs vs pyproj.Geod.inv on the same arrays;
W9  nearest of the 56 default sites for 2,000,000 points in 20 partitions on a
    distributed.LocalCluster of 1 and of 2 workers (one thread each), against one process.
Usage: PYTHONPATH=build/default/python tools/bench/python_w8_w9.py [RUNS (default 5)]"""

import os
import statistics
import sys
import time

import numpy as np
import pandas as pd

import rangemap


def median_time(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def w8(runs):
    from pyproj import Geod

    rng = np.random.default_rng(0)
    n = 1_000_000
    lat1, lat2 = (np.degrees(np.arcsin(rng.uniform(-1, 1, n))) for _ in range(2))
    lon1, lon2 = (rng.uniform(-180, 180, n) for _ in range(2))
    geod = Geod(ellps="WGS84")
    ours = median_time(lambda: rangemap.distance(lat1, lon1, lat2, lon2), runs)
    one = median_time(lambda: rangemap.distance(lat1, lon1, lat2, lon2, threads=1), runs)
    peer = median_time(lambda: geod.inv(lon1, lat1, lon2, lat2), runs)
    d = rangemap.distance(lat1, lon1, lat2, lon2)[0]
    dp = geod.inv(lon1, lat1, lon2, lat2)[2]
    print(f"W8: rangemap.distance {n / ours / 1e6:.2f} M pairs/s ({n / one / 1e6:.2f} on one thread); "
          f"pyproj Geod.inv {n / peer / 1e6:.2f} M pairs/s; ratio {peer / ours:.2f}x; "
          f"max |difference| {np.max(np.abs(d - dp)):.2e} m (medians of {runs})")


def w9(runs):
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    rng = np.random.default_rng(1)
    n = 2_000_000
    points = pd.DataFrame({"lat": rng.uniform(18, 42, n), "lon": rng.uniform(115, 150, n)})
    sites = rangemap.places("bases")[["name", "lat", "lon"]]
    one_process = rangemap.nearest(points, sites=sites, threads=1)
    frame = dd.from_pandas(points, npartitions=20)
    seconds = {}
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
            persisted = frame.persist()  # the points on the workers before the clock starts
            near = persisted.map_partitions(rangemap.nearest, sites=sites)
            got = near.compute()
            pd.testing.assert_frame_equal(got, one_process)
            seconds[workers] = median_time(lambda: near.compute(), runs)
    print(f"W9: nearest of {len(sites)} sites for {n:,} points in 20 partitions: 1 worker {seconds[1]:.2f} s, "
          f"2 workers {seconds[2]:.2f} s, speed-up {seconds[1] / seconds[2]:.2f}x; equal to one process "
          f"(medians of {runs})")


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"machine: {os.cpu_count()} cores, load {open('/proc/loadavg').read().split()[:3]}; rangemap {rangemap.__version__}")
    w8(runs)
    w9(runs)
