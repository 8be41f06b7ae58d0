# SPDX-License-Identifier: MIT
"""Vectorised geodesics on WGS84: numbers or numpy arrays in, broadcast as numpy does."""

import os
import sys

import numpy as np

from . import _rangemap
from ._rangemap import UsageError


def _threads(threads):
    """Workers for one call: as asked; else 1 inside a Dask worker (the cluster already runs one
    task per thread), else one per core (0)."""
    if threads is not None:
        if isinstance(threads, bool) or not isinstance(threads, (int, np.integer)) or threads < 0:
            raise UsageError(f"threads {threads!r} is not a whole number >= 0 (0: one per core)")
        return int(threads)
    distributed = sys.modules.get("distributed")
    if distributed is not None:
        try:
            distributed.get_worker()
            return 1
        except Exception:  # not in a worker: any of ValueError, AttributeError
            pass
    return 0


def _broadcast(**named):
    """The arguments as float64 arrays of one broadcast shape, flattened; and that shape."""
    arrays = []
    for name, value in named.items():
        try:
            arrays.append(np.asarray(value, dtype=np.float64))
        except (TypeError, ValueError) as e:
            raise UsageError(f"{name}: expected numbers or an array of numbers ({e})") from None
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays))
    except ValueError:
        shapes = ", ".join(f"{n} {a.shape}" for n, a in zip(named, arrays))
        raise UsageError(f"the arrays do not broadcast to one shape: {shapes}") from None
    _check_memory(shape, len(arrays))
    flat = [np.ascontiguousarray(np.broadcast_to(a, shape)).reshape(-1) for a in arrays]
    return flat, shape


def _check_memory(shape, inputs):
    """Refuses a broadcast whose arrays (the inputs written out and three answers) would not fit
    in this machine's memory, rather than let the system kill the process part way."""
    n = int(np.prod(shape, dtype=np.float64))
    need = n * 8.0 * (inputs + 3)
    try:
        have = float(os.sysconf("SC_PHYS_PAGES")) * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return
    if need > have:
        raise UsageError(
            f"the arrays broadcast to shape {shape} ({n:,} values), which needs {need / 2**30:,.0f} GiB; "
            f"this machine has {have / 2**30:,.0f} GiB (split the work, e.g. with Dask)"
        )


def _shaped(results, shape):
    if shape == ():
        return tuple(float(r[0]) for r in results)
    return tuple(r.reshape(shape) for r in results)


def distance(lat1, lon1, lat2, lon2, *, threads=None):
    """Geodesic distance and azimuths on WGS84, as ``rangemap distance --batch`` computes them:
    Vincenty's iteration where it settles within ten steps, Karney's method (PROJ's geodesic.h)
    for nearly antipodal and close points; within 0.1 mm and 1e-7 degrees of Karney's answer,
    equal to GeographicLib's GeodSolve within 1 mm.

    Arguments are (lat, lon) in degrees: lat in [-90, 90], lon in [-180, 180]; numbers or
    array-likes, broadcast together as numpy does. NaN gives NaN (a missing value); any other
    value outside its range is a UsageError naming the element.

    Returns ``(distance_m, azi1_deg, azi2_deg)``: metres, and the forward azimuths at the first
    and at the second point (the direction of travel there), degrees clockwise from north in
    [0, 360). Floats for scalar input, else arrays of the broadcast shape.

    The GIL is released while computing; arrays of more than 16,384 pairs are split across
    ``threads`` workers (None: every core, or 1 inside a Dask worker; 0: every core).
    """
    (a, b, c, d), shape = _broadcast(lat1=lat1, lon1=lon1, lat2=lat2, lon2=lon2)
    return _shaped(_rangemap.distance(a, b, c, d, _threads(threads)), shape)


def destination(lat1, lon1, azimuth_deg, distance_m, *, threads=None):
    """The direct geodesic on WGS84: where travelling ``distance_m`` metres from (lat1, lon1)
    at ``azimuth_deg`` leads.

    lat1 in [-90, 90] and lon1 in [-180, 180] degrees; azimuth_deg in degrees clockwise from
    north (any finite value); distance_m in metres (any finite value; negative goes backwards).
    Numbers or array-likes, broadcast together. NaN gives NaN.

    Returns ``(lat2, lon2, azi2_deg)``: degrees, lon2 in [-180, 180], azi2 (the direction of
    travel at the end point) in [0, 360). The GIL is released; large arrays use every core
    (see :func:`distance` for ``threads``).
    """
    (a, b, z, s), shape = _broadcast(lat1=lat1, lon1=lon1, azimuth_deg=azimuth_deg, distance_m=distance_m)
    return _shaped(_rangemap.destination(a, b, z, s, _threads(threads)), shape)
