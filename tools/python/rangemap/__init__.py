# SPDX-License-Identifier: MIT
"""rangemap for Python: the engine of the ``rangemap`` command line.

Exact WGS84 geodesic distances, range rings, buffers, within and nearest answers and scenario
tables as numpy arrays, pandas DataFrames and GeoDataFrames (crs EPSG:4326), and the same
figures as ``rangemap render``, inline in Jupyter.

Conventions on every function: lengths in metres (or a length text such as ``"1000km"``,
``"540nmi"``), angles in degrees, azimuths clockwise from north in [0, 360). Coordinates given
as arguments are (lat, lon), as on the command line; geometries are (lon, lat), as shapely and
GeoJSON have them. Frames in another CRS are brought to WGS84 first.

Errors: :class:`UsageError` (a ValueError) for an invalid request and :class:`DataError` (an
OSError) for data or output that cannot be used, each with the one line the CLI prints after
``rangemap: error:``.

    >>> import rangemap
    >>> rangemap.distance(24.4667, 123.0, 25.033, 121.5654)       # metres, degrees
    >>> rangemap.Session().distance("Taiwan", "Japan")["distance_m"]
"""

import os as _os

# An installed package (PREFIX/lib/python3/dist-packages/rangemap) finds the default data in
# PREFIX/share/rangemap, as the installed CLI does from PREFIX/bin; RANGEMAP_DATA overrides it.
# (A build tree's core knows its source folder's geodata/ itself.)
_installed = _os.path.normpath(_os.path.join(_os.path.dirname(__file__), "..", "..", "..", "..", "share", "rangemap"))
if not _os.environ.get("RANGEMAP_DATA") and _os.path.isfile(_os.path.join(_installed, "natural_earth_10m.gpkg")):
    _os.environ["RANGEMAP_DATA"] = _installed

from . import _rangemap  # noqa: E402
from ._rangemap import DataError, UsageError  # noqa: E402
from ._geodesic import destination, distance  # noqa: E402
from ._session import Session  # noqa: E402
from ._figure import Figure  # noqa: E402
from ._default import (  # noqa: E402
    buffer,
    default_session,
    figure,
    nearest,
    places,
    query,
    render,
    ring,
    sector,
    within,
)

__version__ = _rangemap.__version__


def default_data_dir():
    """The folder holding the default data (Natural Earth, bases.csv, example scenarios)."""
    return _rangemap.default_data_dir()


__all__ = [
    "DataError",
    "Figure",
    "Session",
    "UsageError",
    "__version__",
    "buffer",
    "default_data_dir",
    "default_session",
    "destination",
    "distance",
    "figure",
    "nearest",
    "places",
    "query",
    "render",
    "ring",
    "sector",
    "within",
]
