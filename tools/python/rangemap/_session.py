# SPDX-License-Identifier: MIT
"""Session: the data one ``rangemap`` run loads, and the verbs' answers as Python values."""

import json
import numbers
import os
import threading

import numpy as np

from . import _frames, _rangemap
from ._geodesic import _threads
from ._rangemap import UsageError


def _scenario_arg(scenario):
    if scenario is None:
        return {"path": ""}  # the built-in article figure
    if isinstance(scenario, (str, os.PathLike)):
        return {"path": os.fspath(scenario)}
    if isinstance(scenario, dict):
        # JSON is YAML: the same reader, the same checks and messages as a file.
        return {"text": json.dumps(scenario), "name": "<dict>"}
    raise UsageError(f"scenario {scenario!r} is not a file path or a dict")


def _overrides(set):
    if set is None:
        return []
    if isinstance(set, dict):
        out = []
        for key, value in set.items():
            out.append(f"{key}={value if isinstance(value, str) else json.dumps(value)}")
        return out
    if isinstance(set, str):
        return [set]
    return [str(s) for s in set]


def _radials(radials):
    """The count of bearing lines or None; the library checks the range as for --radials."""
    if radials is None:
        return None
    if isinstance(radials, bool) or not isinstance(radials, numbers.Integral):
        raise UsageError(f"--radials {radials!r} is not a whole number")
    return int(radials)


def _geodataframe(collection_text):
    import geopandas

    fc = json.loads(collection_text)
    return geopandas.GeoDataFrame.from_features(fc["features"], crs="EPSG:4326")


class Session:
    """The data one ``rangemap`` run loads: the embedded default data (Natural Earth countries,
    the bases list) unless ``default_data=False``, and each source in ``data`` (any GDAL vector
    source or a CSV with name/lat/lon columns; "PATH[:LAYER]"), as ``--data`` gives them. Data is
    read lazily, on the first call that needs it, and kept while the session lives.

    Every method asks the library function its CLI verb asks, so the answers are the CLI's.
    Places are names (``"Kadena"``, ``"Taiwan"``), ``"LAT,LON"`` text, (lat, lon) pairs, or
    geometries in (lon, lat) order (shapely, ``__geo_interface__``, a GeoSeries/GeoDataFrame;
    other CRSs are brought to WGS84). Lengths are metres or text (``"1000km"``, ``"540nmi"``).

    Thread-safe (one call at a time per session, with the GIL released while it works).
    Picklable: a pickled session carries only its options and loads its data again where it
    is unpickled (e.g. once per Dask worker).
    """

    def __init__(self, data=(), default_data=True):
        if isinstance(data, (str, os.PathLike)):
            data = [data]
        self._data = [os.fspath(d) for d in data]
        self._default_data = bool(default_data)
        self._core = _rangemap.Session(self._data, self._default_data)

    def __reduce__(self):
        return (Session, (self._data, self._default_data))

    def __repr__(self):
        return f"rangemap.Session(data={self._data!r}, default_data={self._default_data})"

    # -- places and distances -------------------------------------------------------------

    def places(self, layer=None):
        """What the gazetteer knows (``rangemap places --json``, of one layer if given), as a
        DataFrame with columns name, aliases, layer, kind, country ("" where the data has none),
        lat, lon (degrees; a point inside a polygon for its label)."""
        import pandas as pd

        text, countries = self._core.places(layer or "")
        frame = pd.DataFrame(json.loads(text), columns=["name", "aliases", "layer", "kind", "lat", "lon"])
        frame.insert(4, "country", countries)
        return frame

    def distance(self, a, b):
        """The geodesic distance between two places (``rangemap distance --json``): a dict with
        from/to {query, name, lat, lon} (the witness points, degrees), distance_m (metres),
        azimuth_deg and back_azimuth_deg ([0, 360)), method, ellipsoid, error_bound_m, and data:
        the sources with their positional uncertainty and uncertainty_m, how far the distance may
        be off because of the data (metres; None when a source does not say). With a country or
        other polygon on either side: the minimum distance and its witnesses."""
        return json.loads(self._core.distance(_frames.place_arg(a), _frames.place_arg(b)))

    # -- rings, sectors, buffers ----------------------------------------------------------

    def ring(self, centre, radius, vertices=360, min_radius=None, tolerance=None, radials=None):
        """The geodesic circle of ``radius`` around a point place (``rangemap ring``): a
        GeoDataFrame of one row, crs EPSG:4326, (lon, lat) geometry split at the antimeridian,
        with centre_name, centre_lat, centre_lon, radius_m (metres), the achieved vertex and edge
        errors (metres), whether it contains a pole, method and ellipsoid. Around a line or
        polygon place, everything within the radius of it (see :meth:`buffer`).
        ``vertices``: fewest vertices on the circle, 8..100000. ``min_radius``: leave out what is
        nearer (an annulus). ``tolerance``: as ``--tolerance``, a length or a percentage of the
        radius ("10m", "0.05%"; default 0.1%). ``radials``: as ``--radials``, 1..360 geodesic
        bearing lines from north, one row each after the ring (kind "radial", azimuth_deg)."""
        text = self._core.reach(
            _frames.place_arg(centre),
            _frames.length_text(radius),
            int(vertices),
            "" if tolerance is None else _frames.length_text(tolerance, "tolerance"),
            "" if min_radius is None else _frames.length_text(min_radius, "min_radius"),
            _radials(radials),
        )
        return _geodataframe(text)

    def buffer(self, feature, distance, tolerance=None):
        """Everything within ``distance`` of a place (``rangemap ring`` of a country, line or
        polygon): a GeoDataFrame of one row, crs EPSG:4326, with distance_m, max_error_m (the
        achieved error, metres), the nearest and farthest edge distances, method. The boundary
        is within ``tolerance`` of the distance (a length, or a percentage such as "0.05%";
        default 0.1%), or a DataError names the tolerance it would meet. A point's buffer is
        its ring."""
        return self.ring(feature, distance, tolerance=tolerance)

    def sector(self, centre, azimuth, width, radius, min_radius=None, vertices=360, radials=None):
        """A range fan (``rangemap sector``): the points within ``radius`` of a point place whose
        azimuth from it lies within ``width`` degrees ((0, 360]) centred on ``azimuth`` (degrees
        clockwise from north); ``min_radius`` leaves out what is nearer. A GeoDataFrame of one
        row, crs EPSG:4326, (lon, lat) geometry. ``vertices``: fewest per full circle on the arcs.
        ``radials``: as ``--radials``, 1..360 bearing lines side to side, one row each after it."""
        for name, value in (("azimuth", azimuth), ("width", width)):
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise UsageError(f"--{name} {value!r} is not a number of degrees")
        text = self._core.sector(
            _frames.place_arg(centre),
            float(azimuth),
            float(width),
            _frames.length_text(radius),
            "" if min_radius is None else _frames.length_text(min_radius, "min_radius"),
            int(vertices),
            _radials(radials),
        )
        return _geodataframe(text)

    # -- within and nearest ---------------------------------------------------------------

    def within(self, centre, radius, layer=None, points=None):
        """What lies within ``radius`` of a place, nearest first (``rangemap within --json``).

        Of the loaded point layers (or only ``layer``): a DataFrame with name, layer, lat, lon
        (degrees), distance_m (metres, geodesic; to the nearest part of a polygon centre) and
        data (each row's sources and ``uncertainty_m``, how far its distance may be off because
        of the data, as ``rangemap within --json`` gives them).
        Of ``points`` (a DataFrame with lat/lon columns in degrees, or a GeoDataFrame of points in
        any CRS): those rows, nearest first, with a distance_m column added; rows with NaN
        coordinates are left out.
        """
        import pandas as pd

        place = _frames.place_arg(centre)
        r = _frames.length_text(radius)
        if points is None:
            rows = json.loads(self._core.within(place, r, layer or ""))
            return pd.DataFrame(rows, columns=["name", "layer", "lat", "lon", "distance_m", "data"])
        if layer is not None:
            raise UsageError("within: give layer or points, not both")
        lat, lon = _frames.lat_lon(points)
        keep = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)))
        index, dist = self._core.within_points(place, r, lat[keep], lon[keep])
        out = points.iloc[keep[index]].copy()
        out["distance_m"] = dist
        return out

    def nearest(self, points, sites="bases", threads=None):
        """For each point, its nearest site on the WGS84 geodesic.

        ``points``: a DataFrame with lat/lon columns (degrees) or a GeoDataFrame of points (any
        CRS). ``sites``: a layer name (its points, as ``within`` measures them; default the
        bases list) or a frame of sites with name and lat/lon columns (or a GeoDataFrame).
        Returns a DataFrame on the points' index: site (its name), site_lat, site_lon
        (degrees), distance_m (metres) and azimuth_deg (from the point toward the site,
        [0, 360)). A point with NaN coordinates gets no site (None, NaN). ``threads`` as for
        :func:`rangemap.distance`.
        """
        if isinstance(sites, str):
            names, _, site_lat, site_lon = self._core.sites(sites)
            return nearest_of(points, names, site_lat, site_lon, threads)
        return nearest(points, sites, threads)

    # -- scenarios and figures ------------------------------------------------------------

    def query(self, scenario, set=None):
        """Answers a scenario's questions (``rangemap query --json``). ``scenario``: a YAML file
        or a dict of the same keys (docs/scenarios.md); ``set``: overrides, a dict
        ``{"variables.reach": "1500km"}`` or "KEY.PATH=VALUE" strings, as ``--set``.

        Returns ``{question id: DataFrame}`` in question order; each frame's ``attrs`` holds
        kind, question, method, notes and data (as in :meth:`distance`). Lengths are in the units the column names say
        (distance_km, radius_km, ...). Sweep figures are not written (use :meth:`figure`).
        """
        import pandas as pd

        out = {}
        for a in json.loads(self._core.query(_scenario_arg(scenario), _overrides(set))):
            frame = pd.DataFrame(a["rows"])
            frame.attrs = {k: a[k] for k in ("kind", "question", "method", "notes", "data")}
            out[a["id"]] = frame
        return out

    def render(self, scenario=None, format="png", size=None, crs=None, extent=None, scale=1.0, set=None):
        """The figure's file bytes, equal to ``rangemap render`` with the same options.

        ``scenario``: a YAML file, a dict, or None for the built-in article figure. ``format``:
        "png", "svg" or "pdf". ``size``: (width, height), 100..20000 pixels (PNG) or points.
        ``crs``: a PROJ string, "EPSG:code" or "auto". ``extent``: (min_lon, min_lat, max_lon,
        max_lat) in degrees ((lon, lat) order; max_lon may exceed 180 to cross the antimeridian).
        ``scale``: HiDPI factor for PNG, 0.1..8. ``set``: overrides as in :meth:`query`.
        """
        size_text = "" if size is None else (size if isinstance(size, str) else "x".join(str(v) for v in size))
        if extent is None:
            extent_text = ""
        elif isinstance(extent, str):
            extent_text = extent
        else:
            extent_text = ",".join(repr(float(v)) for v in extent)
        if isinstance(scale, bool) or not _frames.finite(scale):
            raise UsageError(f"--scale {scale!r} is not a number in 0.1..8")
        return self._core.render(
            _scenario_arg(scenario), _overrides(set), str(format).lower(), size_text, crs or "", extent_text, float(scale)
        )

    def figure(self, scenario=None, size=None, crs=None, extent=None, scale=1.0, set=None):
        """The figure as an object Jupyter shows inline (PNG and SVG); ``.save(path)`` writes it.
        Options as :meth:`render`."""
        from ._figure import Figure

        return Figure(self, scenario, size=size, crs=crs, extent=extent, scale=scale, set=set)



def nearest_of(points, names, site_lat, site_lon, threads=None):
    """The nearest of these sites (names, lat, lon in degrees) for each point of the frame."""
    import pandas as pd

    lat, lon = _frames.lat_lon(points)
    index, dist, azi = _rangemap.nearest(lat, lon, np.asarray(site_lat, np.float64), np.asarray(site_lon, np.float64),
                                         _threads(threads))
    names_arr = np.asarray(list(names) + [None], dtype=object)  # -1 (no site) picks the None
    lat_arr = np.append(np.asarray(site_lat, np.float64), np.nan)
    lon_arr = np.append(np.asarray(site_lon, np.float64), np.nan)
    return pd.DataFrame(
        {
            "site": names_arr[index],
            "site_lat": lat_arr[index],
            "site_lon": lon_arr[index],
            "distance_m": dist,
            "azimuth_deg": azi,
        },
        index=points.index,
    )


def nearest(points, sites, threads=None):
    """For each point of ``points`` (a frame with lat/lon columns, or a GeoDataFrame of points),
    the nearest of ``sites`` (a frame with name and lat/lon columns, or a GeoDataFrame): see
    :meth:`Session.nearest`."""
    site_lat, site_lon = _frames.lat_lon(sites, "sites")
    return nearest_of(points, _frames.names_of(sites), site_lat, site_lon, threads)
