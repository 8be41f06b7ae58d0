# SPDX-License-Identifier: MIT
"""Frames in and out: GeoDataFrames geopandas writes and reads back, other CRSs brought to
WGS84, within and nearest over frames equal to a brute force over rangemap.distance."""

import pickle

import geopandas
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon

import rangemap


def random_points(n, seed, box=(115, 15, 150, 45)):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"lat": rng.uniform(box[1], box[3], n), "lon": rng.uniform(box[0], box[2], n)})


def test_ring_and_buffer_round_trip_through_geopackage(session, tmp_path):
    for frame in (session.ring("Kadena", "1000km"), session.buffer("Taiwan", "100km"), session.ring("Guam", "5000km")):
        path = tmp_path / "shape.gpkg"
        frame.to_file(path, driver="GPKG")
        back = geopandas.read_file(path)
        assert back.crs.to_epsg() == 4326
        assert back.geometry.iloc[0].equals_exact(frame.geometry.iloc[0], 1e-9)
        for col in frame.columns.drop("geometry"):
            assert back.iloc[0][col] == frame.iloc[0][col], col


def test_within_a_frame_equals_brute_force(session):
    pts = random_points(20_000, 1)
    pts["id"] = np.arange(len(pts))
    got = session.within("Kadena", "800km", points=pts)
    kadena = session.places("bases").set_index("name").loc["Kadena Air Base"]
    d, _, _ = rangemap.distance(kadena.lat, kadena.lon, pts.lat.to_numpy(), pts.lon.to_numpy())
    want = np.flatnonzero(d <= 800_000)
    assert sorted(got.id) == sorted(want)
    assert np.all(np.diff(got.distance_m.to_numpy()) >= 0)  # nearest first
    # within answers with Karney's method, the array function by Vincenty's where it settles: 0.1 mm.
    assert np.max(np.abs(got.distance_m.to_numpy() - d[got.id.to_numpy()])) < 1e-4


def test_within_a_geodataframe_in_another_crs(session):
    pts = random_points(2000, 2)
    g = geopandas.GeoDataFrame(pts, geometry=geopandas.points_from_xy(pts.lon, pts.lat), crs=4326)
    merc = g.to_crs(3857)
    a = session.within("Yonaguni", "500km", points=g)
    b = session.within("Yonaguni", "500km", points=merc)
    assert list(a.index) == list(b.index)
    assert np.max(np.abs(a.distance_m.to_numpy() - b.distance_m.to_numpy())) < 1e-3  # a round trip through PROJ


def test_within_a_polygon_centre_given_as_shapely(session):
    square = Polygon([(122, 24), (123, 24), (123, 25), (122, 25)])  # (lon, lat)
    got = session.within(square, "300km")
    assert len(got) > 0 and got.distance_m.min() >= 0 and got.distance_m.max() <= 300_000
    by_point = session.distance(Point(127.7675, 26.3556), (26.3556, 127.7675))
    assert by_point["distance_m"] == 0


def test_nearest_equals_brute_force(session):
    pts = random_points(10_000, 3, box=(-180, -90, 180, 90))
    pts.loc[5, "lat"] = np.nan
    sites = session.places("bases")
    got = session.nearest(pts, sites="bases")
    ok = ~np.isnan(pts.lat.to_numpy())
    lat, lon = pts.lat.to_numpy()[:, None], pts.lon.to_numpy()[:, None]
    best = np.full(len(pts), np.nan)
    best[ok] = rangemap.distance(lat[ok], lon[ok], sites.lat.to_numpy()[None, :], sites.lon.to_numpy()[None, :])[0].min(axis=1)
    assert np.max(np.abs(got.distance_m.to_numpy()[ok] - best[ok])) < 1e-4
    assert got.site.iloc[5] is None and np.isnan(got.distance_m.iloc[5])
    # The azimuth points at the site named.
    _, azi, _ = rangemap.distance(pts.lat.to_numpy()[ok], pts.lon.to_numpy()[ok], got.site_lat[ok], got.site_lon[ok])
    assert np.max(np.abs(azi - got.azimuth_deg.to_numpy()[ok])) < 1e-7
    # A frame of sites gives the same answer as the layer.
    frame_answer = rangemap.nearest(pts, sites=sites[["name", "lat", "lon"]])
    assert np.array_equal(frame_answer.distance_m.to_numpy()[ok], got.distance_m.to_numpy()[ok])


def test_nearest_of_an_empty_frame_keeps_its_columns():
    empty = pd.DataFrame({"lat": pd.Series([], dtype=float), "lon": pd.Series([], dtype=float)})
    out = rangemap.nearest(empty, sites=pd.DataFrame({"name": ["a"], "lat": [0.0], "lon": [0.0]}))
    assert list(out.columns) == ["site", "site_lat", "site_lon", "distance_m", "azimuth_deg"] and len(out) == 0


def test_sessions_pickle_by_their_options():
    s = rangemap.Session(default_data=True)
    t = pickle.loads(pickle.dumps(s))
    assert repr(t) == repr(s)
    assert t.distance("Taiwan", "Japan") == s.distance("Taiwan", "Japan")
    assert pickle.loads(pickle.dumps(rangemap.nearest)) is rangemap.nearest
    e = pickle.loads(pickle.dumps(rangemap.UsageError("x")))
    assert isinstance(e, rangemap.UsageError)


def test_places_frame(session):
    p = session.places()
    assert {"name", "layer", "kind", "lat", "lon"} <= set(p.columns)
    assert {"countries", "bases"} <= set(p.layer)
