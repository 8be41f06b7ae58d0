# SPDX-License-Identifier: MIT
"""Between Python's geometry and frames and what the core takes: places as the CLI's text,
geometries as (lon, lat) parts, frames of points as lat/lon arrays in WGS84."""

import math
import numbers
import sys

import numpy as np

from ._rangemap import UsageError

_LAT_NAMES = ("lat", "latitude", "y")
_LON_NAMES = ("lon", "lng", "long", "longitude", "x")


def length_text(value, what="radius"):
    """A LENGTH as the CLI reads it: the text itself, or a number of metres."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise UsageError(f"{what} {value!r} is not a length (expected metres or text such as 1000km, 540nmi)")
    return repr(float(value))


def _geo_interface(obj):
    gi = getattr(obj, "__geo_interface__", None)
    if gi is None and isinstance(obj, dict) and "type" in obj:
        gi = obj
    return gi


def _xy(p):
    try:
        return (float(p[0]), float(p[1]))
    except (TypeError, ValueError, IndexError):
        raise UsageError(f"coordinate {p!r} is not a (lon, lat) pair of numbers") from None


def _parts(gi, out):
    t = gi.get("type")
    c = gi.get("coordinates")
    if t == "Feature":
        _parts(gi["geometry"], out)
    elif t == "FeatureCollection":
        for f in gi["features"]:
            _parts(f["geometry"], out)
    elif t == "GeometryCollection":
        for g in gi["geometries"]:
            _parts(g, out)
    elif t == "Point":
        out["points"].append(_xy(c))
    elif t == "MultiPoint":
        out["points"].extend(_xy(p) for p in c)
    elif t == "LineString":
        out["lines"].append([_xy(p) for p in c])
    elif t == "MultiLineString":
        out["lines"].extend([_xy(p) for p in line] for line in c)
    elif t == "Polygon":
        out["polygons"].append([[_xy(p) for p in ring] for ring in c])
    elif t == "MultiPolygon":
        out["polygons"].extend([[_xy(p) for p in ring] for ring in poly] for poly in c)
    else:
        raise UsageError(f"geometry type {t!r} is not a Point, LineString, Polygon, Multi* or collection")


def _to_wgs84(frame):
    crs = getattr(frame, "crs", None)
    if crs is not None and not _is_wgs84(crs):
        return frame.to_crs(4326)
    return frame


def _is_wgs84(crs):
    try:
        return crs.to_epsg() == 4326
    except Exception:
        return False


def _is_geodataframe(obj):
    # Without geopandas imported there is no GeoDataFrame: no import (seconds) to find that out,
    # which matters in each new Dask worker.
    geopandas = sys.modules.get("geopandas")
    return geopandas is not None and isinstance(obj, geopandas.GeoDataFrame)


def place_arg(place):
    """A PLACE for the core: text (a name or "LAT,LON"), or the parts of a geometry.

    Accepts a name, a (lat, lon) pair, a shapely geometry or anything with
    ``__geo_interface__`` ((lon, lat) order), or a GeoSeries/GeoDataFrame (their union, in WGS84).
    """
    if isinstance(place, str):
        return place
    if isinstance(place, (tuple, list)) and len(place) == 2 and all(isinstance(v, numbers.Real) for v in place):
        lat, lon = (float(v) for v in place)
        return f"{lat!r},{lon!r}"
    if hasattr(place, "geometry") and hasattr(place, "crs") and hasattr(place, "to_crs"):  # GeoSeries, GeoDataFrame
        g = _to_wgs84(place)
        geom = g.geometry if hasattr(g, "geometry") else g
        place = geom.unary_union
    gi = _geo_interface(place)
    if gi is None:
        raise UsageError(f"place {place!r} is not a name, a (lat, lon) pair or a geometry")
    out = {"name": "", "points": [], "lines": [], "polygons": []}
    _parts(gi, out)
    if len(out["points"]) == 1 and not out["lines"] and not out["polygons"]:
        lon, lat = out["points"][0]
        return f"{float(lat)!r},{float(lon)!r}"
    return out


def _column(frame, names, what):
    cols = {str(c).lower(): c for c in frame.columns}
    for n in names:
        if n in cols:
            return frame[cols[n]]
    raise UsageError(f"the frame has no {what} column (expected one of {', '.join(names)}; got {list(frame.columns)})")


def lat_lon(frame, what="points"):
    """(lat, lon) float64 arrays in WGS84 from a GeoDataFrame of points (any CRS) or a frame
    with lat/lon (latitude/longitude) columns in degrees."""
    if _is_geodataframe(frame):
        g = _to_wgs84(frame).geometry
        if len(g) and not all(t == "Point" for t in g.geom_type.dropna().unique()):
            raise UsageError(f"the {what} must be points (got {sorted(set(g.geom_type.dropna()))})")
        return np.asarray(g.y, dtype=np.float64), np.asarray(g.x, dtype=np.float64)
    if not hasattr(frame, "columns"):
        raise UsageError(f"the {what} must be a DataFrame with lat/lon columns or a GeoDataFrame (got {type(frame).__name__})")
    try:
        lat = np.asarray(_column(frame, _LAT_NAMES, "lat"), dtype=np.float64)
        lon = np.asarray(_column(frame, _LON_NAMES, "lon"), dtype=np.float64)
    except (TypeError, ValueError) as e:
        if isinstance(e, UsageError):
            raise
        raise UsageError(f"the {what}' lat/lon columns must hold numbers ({e})") from None
    return lat, lon


def names_of(frame):
    """The sites' names: a name column, else the index as text."""
    cols = {str(c).lower(): c for c in frame.columns}
    if "name" in cols:
        return [str(v) for v in frame[cols["name"]]]
    return [str(v) for v in frame.index]


def finite(x):
    return isinstance(x, numbers.Real) and math.isfinite(x)
