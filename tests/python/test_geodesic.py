# SPDX-License-Identifier: MIT
"""rangemap.distance and destination against GeographicLib's GeodSolve (an independent
implementation of Karney's algorithm): 1 mm in distance, 1e-6 degrees in azimuth."""

import shutil
import subprocess

import numpy as np
import pytest

import rangemap

pytestmark = pytest.mark.skipif(shutil.which("GeodSolve") is None, reason="GeodSolve (geographiclib-tools) missing")


def geodsolve(args, rows):
    text = "\n".join(" ".join(repr(float(v)) for v in r) for r in rows) + "\n"
    out = subprocess.run(["GeodSolve", *args, "-p", "9"], input=text, capture_output=True, text=True, check=True)
    return np.array([[float(v) for v in line.split()] for line in out.stdout.splitlines()])


def random_pairs(n, seed):
    rng = np.random.default_rng(seed)
    lat1 = np.degrees(np.arcsin(rng.uniform(-1, 1, n)))
    lon1 = rng.uniform(-180, 180, n)
    lat2 = np.degrees(np.arcsin(rng.uniform(-1, 1, n)))
    lon2 = rng.uniform(-180, 180, n)
    # Hard cases: nearly antipodal, at and near the poles, on the equator, coincident points.
    k = n // 5
    lat2[:k] = -lat1[:k] + rng.normal(0, 0.01, k)
    lon2[:k] = np.where(lon1[:k] > 0, lon1[:k] - 180, lon1[:k] + 180) + rng.normal(0, 0.01, k)
    lon2[:k] = np.clip(lon2[:k], -180, 180)
    lat1[k : k + 50] = 90.0
    lat2[k + 50 : k + 100] = -90.0
    lat1[k + 100 : k + 150] = 0.0
    lat2[k + 100 : k + 150] = 0.0
    lat2[k + 150 : k + 160], lon2[k + 150 : k + 160] = lat1[k + 150 : k + 160], lon1[k + 150 : k + 160]
    lat1[k + 160 : k + 170] = 89.999999
    return lat1, lon1, np.clip(lat2, -90, 90), lon2


def azimuth_diff(a, b):
    d = np.abs((a - b + 180.0) % 360.0 - 180.0)
    return d


def test_distance_matches_geodsolve_on_thousands_of_pairs():
    lat1, lon1, lat2, lon2 = random_pairs(5000, 1)
    s, a1, a2 = rangemap.distance(lat1, lon1, lat2, lon2)
    ref = geodsolve(["-i"], zip(lat1, lon1, lat2, lon2))
    assert np.max(np.abs(s - ref[:, 2])) < 1e-3
    # Azimuths are undefined for coincident points and at a pole ambiguous up to the meridian
    # convention: compare where both points are off the poles and apart.
    ok = (np.abs(lat1) < 89.9999) & (np.abs(lat2) < 89.9999) & (ref[:, 2] > 1)
    assert np.max(azimuth_diff(a1[ok], ref[ok, 0])) < 1e-6
    assert np.max(azimuth_diff(a2[ok], ref[ok, 1])) < 1e-6
    assert np.all((a1 >= 0) & (a1 < 360) & (a2 >= 0) & (a2 < 360))


def test_destination_matches_geodsolve():
    rng = np.random.default_rng(2)
    n = 3000
    lat1 = np.degrees(np.arcsin(rng.uniform(-1, 1, n)))
    lon1 = rng.uniform(-180, 180, n)
    azi = rng.uniform(-360, 360, n)
    dist = rng.uniform(0, 20_000_000, n)
    lat2, lon2, azi2 = rangemap.destination(lat1, lon1, azi, dist)
    ref = geodsolve([], zip(lat1, lon1, azi, dist))
    assert np.max(np.abs(lat2 - ref[:, 0])) < 1e-8  # about 1 mm
    assert np.max(azimuth_diff(lon2, ref[:, 1]) * np.cos(np.radians(lat2))) < 1e-8
    assert np.max(azimuth_diff(azi2, ref[:, 2])) < 1e-6
    # And back: the distance to the destination is the distance travelled.
    back, _, _ = rangemap.distance(lat1, lon1, lat2, lon2)
    near_antipode = dist > 19_900_000
    assert np.max(np.abs(back[~near_antipode] - dist[~near_antipode])) < 1e-3


def test_large_arrays_split_across_cores_give_the_same_numbers():
    lat1, lon1, lat2, lon2 = random_pairs(200_000, 3)
    one = rangemap.distance(lat1, lon1, lat2, lon2, threads=1)
    many = rangemap.distance(lat1, lon1, lat2, lon2, threads=0)
    for a, b in zip(one, many):
        assert np.array_equal(a, b)


def test_broadcasting_and_scalars():
    d = rangemap.distance(26.3556, 127.7675, 25.0330, 121.5654)
    assert all(isinstance(v, float) for v in d)
    grid_lat = np.linspace(-80, 80, 5)[:, None]
    grid_lon = np.linspace(-170, 170, 7)[None, :]
    s, a1, a2 = rangemap.distance(26.3556, 127.7675, grid_lat, grid_lon)
    assert s.shape == (5, 7) and a1.shape == (5, 7)
    for i in range(5):
        for j in range(7):
            assert s[i, j] == rangemap.distance(26.3556, 127.7675, grid_lat[i, 0], grid_lon[0, j])[0]
    # A ring of destinations, back to the centre at the radius.
    lat2, lon2, _ = rangemap.destination(26.3556, 127.7675, np.arange(0, 360, 10), 1_000_000)
    back, _, _ = rangemap.distance(26.3556, 127.7675, lat2, lon2)
    assert np.max(np.abs(back - 1_000_000)) < 1e-4
    # Empty arrays give empty answers.
    s, _, _ = rangemap.distance([], [], [], [])
    assert s.shape == (0,)
