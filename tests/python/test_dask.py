# SPDX-License-Identifier: MIT
"""PYTHON.md's Dask recipe: map_partitions of rangemap.nearest over a dask dataframe on a
2-worker distributed.LocalCluster gives the single-process answer, for a million points."""

import numpy as np
import pandas as pd
import pytest

import rangemap

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def test_nearest_on_a_local_cluster_equals_one_process(session):
    rng = np.random.default_rng(7)
    n = 1_000_000
    tracks = pd.DataFrame({"lat": rng.uniform(0, 50, n), "lon": rng.uniform(100, 160, n), "speed": rng.uniform(0, 30, n)})
    sites = session.places("bases")[["name", "lat", "lon"]]
    want = rangemap.nearest(tracks, sites=sites)

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None, processes=True) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            near = dd.from_pandas(tracks, npartitions=10).map_partitions(rangemap.nearest, sites=sites)
            got = near.compute()
            # Inside a worker each task runs on one thread: the cluster's workers are the parallelism.
            threads = client.run(lambda: rangemap._geodesic._threads(None))
            assert set(threads.values()) == {1}
    pd.testing.assert_frame_equal(got, want)
    assert got.site.notna().all()
