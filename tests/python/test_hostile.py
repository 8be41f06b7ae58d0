# SPDX-License-Identifier: MIT
"""Bad input raises UsageError/DataError (or TypeError for wrong Python types); nothing crashes."""

import math

import numpy as np
import pandas as pd
import pytest

import rangemap


def test_error_classes():
    assert issubclass(rangemap.UsageError, ValueError)
    assert issubclass(rangemap.DataError, OSError)


def test_nan_gives_nan_and_out_of_range_is_refused():
    s, a1, a2 = rangemap.distance([np.nan, 10], [0, 0], [0, 20], [0, 0])
    assert math.isnan(s[0]) and math.isnan(a1[0]) and s[1] > 0
    with pytest.raises(rangemap.UsageError, match=r"lat1\[1\] 95 is outside \[-90, 90\]"):
        rangemap.distance([0, 95], 0, 0, 0)
    with pytest.raises(rangemap.UsageError, match=r"lon2\[0\] inf is not a finite number"):
        rangemap.distance(0, 0, 0, np.inf)
    with pytest.raises(rangemap.UsageError, match="outside"):
        rangemap.destination(0, 200, 0, 1000)
    with pytest.raises(rangemap.UsageError, match="not a finite number"):
        rangemap.destination(0, 0, 0, -np.inf)


def test_wrong_shapes_and_types():
    with pytest.raises(rangemap.UsageError, match="do not broadcast"):
        rangemap.distance(np.zeros(1_000_000), 0, np.zeros(999_999), 0)
    with pytest.raises(rangemap.UsageError, match="expected numbers"):
        rangemap.distance("Kadena", 0, 0, 0)
    with pytest.raises(rangemap.UsageError, match="expected numbers"):
        rangemap.distance([[1, 2], [3]], 0, 0, 0)
    with pytest.raises(rangemap.UsageError, match="expected numbers"):
        rangemap.distance(object(), 0, 0, 0)
    with pytest.raises(rangemap.UsageError):
        rangemap.distance(0, 0, 0, 0, threads=-1)
    with pytest.raises(rangemap.UsageError, match="GiB"):  # 10^12 pairs: refused, not swapped to death
        rangemap.distance(np.zeros((1_000_000, 1)), 0, np.zeros((1, 1_000_000)), 0)
    s, _, _ = rangemap.distance(np.zeros((0, 3)), 0, 0, 0)
    assert s.shape == (0, 3)


def test_session_inputs(session):
    with pytest.raises(rangemap.UsageError, match="Atlantis"):
        session.distance("Atlantis", "Japan")
    with pytest.raises(rangemap.UsageError):
        session.ring("Kadena", "-5km")
    with pytest.raises(rangemap.UsageError):
        session.ring("Kadena", float("nan"))
    with pytest.raises(rangemap.UsageError):
        session.ring("Kadena", "25000km")
    with pytest.raises(rangemap.UsageError):
        session.ring((95.0, 0.0), "10km")
    with pytest.raises(rangemap.UsageError):
        session.ring("Kadena", True)
    with pytest.raises(rangemap.UsageError):
        session.ring(object(), "10km")
    with pytest.raises(rangemap.UsageError):
        session.ring("", "10km")
    with pytest.raises(rangemap.UsageError):
        session.within("Kadena", "1000km", layer="nope")
    with pytest.raises(rangemap.UsageError, match="no lat column"):
        session.within("Kadena", "1000km", points=pd.DataFrame({"a": [1]}))
    with pytest.raises(rangemap.UsageError):
        session.render(size=(0, 100000))
    with pytest.raises(rangemap.UsageError):
        session.render(format="gif")
    with pytest.raises(rangemap.UsageError):
        session.render(scale=float("inf"))
    with pytest.raises(rangemap.UsageError):
        session.query({"questions": [{"nonsense": 1}]})
    with pytest.raises(rangemap.UsageError):
        session.query("/nonexistent/scenario.yaml")
    with pytest.raises(rangemap.UsageError):
        session.sector("Kadena", azimuth=float("nan"), width=60, radius="1000km")
    with pytest.raises(rangemap.UsageError):
        session.sector("Kadena", azimuth="west", width=60, radius="1000km")
    with pytest.raises(rangemap.UsageError):
        session.sector("Kadena", azimuth=270, width=0, radius="1000km")
    with pytest.raises(rangemap.UsageError):
        rangemap.nearest(pd.DataFrame({"lat": [0.0], "lon": [0.0]}), sites=pd.DataFrame({"lat": [91.0], "lon": [0.0]}))


def test_geometry_inputs_that_are_not_geometry(session):
    with pytest.raises(rangemap.UsageError):
        session.ring({"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}, "10km")
    with pytest.raises(rangemap.UsageError):
        session.ring({"type": "Polygon", "coordinates": [[[0, 0], [1, 100], [2, 0], [0, 0]]]}, "10km")
    with pytest.raises(rangemap.UsageError):
        session.ring({"type": "Nonsense", "coordinates": []}, "10km")
    with pytest.raises((rangemap.UsageError, TypeError)):
        session.ring({"type": "Point", "coordinates": ["a", "b"]}, "10km")


def test_missing_data_is_a_data_error():
    with pytest.raises(rangemap.DataError):
        rangemap.Session(data=["/nonexistent/sites.gpkg"]).places()
