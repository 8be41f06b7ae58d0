# SPDX-License-Identifier: MIT
"""Module-level shortcuts: the Session methods on one default Session with the embedded data,
made on first use in each process (so in each Dask worker too)."""

import inspect
import threading

from . import _session

_lock = threading.Lock()
_default = None


def default_session():
    """The Session the module-level functions use: ``Session()`` (the embedded default data),
    created on first use and kept for the life of the process."""
    global _default
    with _lock:
        if _default is None:
            _default = _session.Session()
        return _default


def places(layer=None):
    """:meth:`Session.places` on the default session."""
    return default_session().places(layer)


def ring(centre, radius, vertices=360, min_radius=None, tolerance=None, radials=None):
    """:meth:`Session.ring` on the default session: (lat, lon) or a name in; GeoDataFrame out."""
    return default_session().ring(centre, radius, vertices, min_radius, tolerance, radials)


def buffer(feature, distance, tolerance=None):
    """:meth:`Session.buffer` on the default session."""
    return default_session().buffer(feature, distance, tolerance)


def sector(centre, azimuth, width, radius, min_radius=None, vertices=360, radials=None):
    """:meth:`Session.sector` on the default session."""
    return default_session().sector(centre, azimuth, width, radius, min_radius, vertices, radials)


def within(centre, radius, layer=None, points=None):
    """:meth:`Session.within` on the default session."""
    return default_session().within(centre, radius, layer=layer, points=points)


def nearest(points, sites="bases", threads=None):
    """For each point, its nearest site: :meth:`Session.nearest`. With ``sites`` a frame no
    session (and no data) is needed, so this is the function to map over a Dask dataframe:
    ``tracks.map_partitions(rangemap.nearest, sites=sites_frame)``."""
    if isinstance(sites, str):
        return default_session().nearest(points, sites, threads)
    return _session.nearest(points, sites, threads)


def query(scenario, set=None):
    """:meth:`Session.query` on the default session."""
    return default_session().query(scenario, set=set)


def render(scenario=None, format="png", size=None, crs=None, extent=None, scale=1.0, set=None):
    """:meth:`Session.render` on the default session."""
    return default_session().render(scenario, format, size, crs, extent, scale, set)


def figure(scenario=None, size=None, crs=None, extent=None, scale=1.0, set=None):
    """:meth:`Session.figure` on the default session."""
    return default_session().figure(scenario, size, crs, extent, scale, set)


# Each shortcut documents itself as its Session method does (units, ranges, axis order).
for _name in ("places", "ring", "buffer", "sector", "within", "nearest", "query", "render", "figure"):
    _f = globals()[_name]
    _f.__doc__ = f"{_f.__doc__.strip()}\n\n{inspect.cleandoc(getattr(_session.Session, _name).__doc__)}"
del _name, _f
