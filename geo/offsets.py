"""China web-map offsets: GCJ-02 (AMap, Tencent) and BD-09 (Baidu).

GCJ-02 and BD-09 are not CRSs that PROJ knows but deliberate, non-linear offsets of
WGS84 lon/lat. This module implements the standard public algorithm (Krasovsky
constants ``a = 6378245.0``, ``ee = 0.00669342162296594323``; BD-09 with
``x_pi = pi * 3000 / 180``, not ``pi``, which would move points by 10-40 m).
Everything is vectorised over numpy arrays; scalars give 0-d arrays; NaN in gives
NaN out and never raises.

Inverses are iterative fixed points of the forward formula, so they invert it to
better than ``tol_m`` (default 1 mm). The common one-step GCJ-02 -> WGS84 inverse is
off by up to ~5 m in China and the standard BD-09 -> GCJ-02 formula by ~0.2 m; both are
used here only as the starting point.

Which points are offset -- :func:`in_china`
    A point is offset when it lies in the rough box used by most public code
    (lon 72.004..137.8347 E, lat 0.8293..55.8271 N, bounds inclusive) and not in
    one of these exclusions:

    - Taiwan: lon 119.95..122.10, lat 21.85..25.35 (main island) and lon
      119.30..119.75, lat 23.15..23.80 (Penghu). Kinmen and Matsu are *not*
      excluded: a box around them would swallow Xiamen and Fuzhou's coast.
    - Hong Kong and Macau: two coarse polygons (``_HONG_KONG``, ``_MACAU`` below,
      good to about 1 km) rather than boxes, because any box around Hong Kong
      would also cut off Shenzhen's Futian and Shekou.

    Points outside pass through unchanged, for BD-09 too (Baidu serves WGS84
    abroad). The rough box also covers parts of neighbouring countries, as every
    public implementation does.

    The rule is always tested on the less-offset side of a conversion: the WGS84
    position for conversions to or from WGS84 (for an inverse, on its result), the
    GCJ-02 position for GCJ-02 <-> BD-09. So forward-then-inverse round trips are
    exact (to ``tol_m``) for every point inside, right up to the edges.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

import numpy as np
import numpy.typing as npt
import shapely

_A = 6378245.0  # Krasovsky 1940 semi-major axis, as in the GCJ-02 algorithm
_EE = 0.00669342162296594323  # Krasovsky first eccentricity squared
_X_PI = math.pi * 3000.0 / 180.0
# Only used to turn a degree residual into a metre tolerance; 0.1 % is plenty.
_M_PER_DEG = 111_319.49

_CHINA_BOX = (72.004, 137.8347, 0.8293, 55.8271)
_EXCLUDED_BOXES = (
    (119.95, 122.10, 21.85, 25.35),  # Taiwan main island
    (119.30, 119.75, 23.15, 23.80),  # Penghu
)
# Coarse outlines following the Shenzhen River / Deep Bay and the Barrier Gate.
# The WKT literals are polygons; from_wkt is typed as returning any geometry.
_HONG_KONG = cast(
    shapely.Polygon,
    shapely.from_wkt(
        "POLYGON ((113.82 22.14, 114.44 22.14, 114.44 22.50, 114.24 22.53, "
        "114.225 22.545, 114.13 22.530, 114.07 22.513, 114.03 22.508, 113.96 22.475, "
        "113.905 22.43, 113.82 22.40, 113.82 22.14))"
    ),
)
_MACAU = cast(
    shapely.Polygon,
    shapely.from_wkt(
        "POLYGON ((113.528 22.216, 113.556 22.216, 113.568 22.19, 113.60 22.15, "
        "113.60 22.105, 113.548 22.105, 113.545 22.15, 113.540 22.18, 113.528 22.19, "
        "113.528 22.216))"
    ),
)
_SAR = shapely.MultiPolygon([_HONG_KONG, _MACAU])
shapely.prepare(_SAR)
_SAR_BOX = _SAR.bounds

ArrayPair = tuple[np.ndarray, np.ndarray]

_SOURCES = ("wgs84", "cgcs2000", "gcj02", "bd09")


def _arrays(lon: npt.ArrayLike, lat: npt.ArrayLike) -> ArrayPair:
    lon_a, lat_a = np.broadcast_arrays(
        np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
    )
    return lon_a, lat_a


def _in_box(lon: np.ndarray, lat: np.ndarray, box: tuple[float, ...]) -> np.ndarray:
    x0, x1, y0, y1 = box
    return (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)


def in_china(lon: npt.ArrayLike, lat: npt.ArrayLike) -> np.ndarray:
    """Return True where a point gets the China offset (see the module docstring).

    Parameters
    ----------
    lon, lat : array_like
        Longitude and latitude in degrees, WGS84 (the conversions pass GCJ-02
        positions for GCJ-02 <-> BD-09). NaN gives False.

    Returns
    -------
    numpy.ndarray of bool

    Beijing, Tokyo, Taipei, Kowloon, Shenzhen Futian:

    >>> in_china([116.39, 139.7, 121.5, 114.17, 114.06], [39.9, 35.7, 25, 22.3, 22.54])
    array([ True, False, False, False,  True])
    """
    lon_0, lat_0 = _arrays(lon, lat)
    # 1-d views: comparisons on 0-d arrays give numpy scalars, not assignable.
    lon_a, lat_a = lon_0.reshape(-1), lat_0.reshape(-1)
    inside = _in_box(lon_a, lat_a, _CHINA_BOX)
    for box in _EXCLUDED_BOXES:
        inside &= ~_in_box(lon_a, lat_a, box)
    x0, y0, x1, y1 = _SAR_BOX
    near_sar = inside & _in_box(lon_a, lat_a, (x0, x1, y0, y1))
    if near_sar.any():
        inside[near_sar] = ~shapely.contains_xy(_SAR, lon_a[near_sar], lat_a[near_sar])
    return inside.reshape(lon_0.shape)


def _delta(lon: np.ndarray, lat: np.ndarray) -> ArrayPair:
    """Return the GCJ-02 shift (dlon, dlat) in degrees at WGS84 lon/lat."""
    x = lon - 105.0
    y = lat - 35.0
    pi = math.pi
    common = (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
    dlat += 0.2 * np.sqrt(np.abs(x)) + common
    dlat += (20.0 * np.sin(y * pi) + 40.0 * np.sin(y / 3.0 * pi)) * 2.0 / 3.0
    dlat += (160.0 * np.sin(y / 12.0 * pi) + 320.0 * np.sin(y * pi / 30.0)) * 2.0 / 3.0
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y
    dlon += 0.1 * np.sqrt(np.abs(x)) + common
    dlon += (20.0 * np.sin(x * pi) + 40.0 * np.sin(x / 3.0 * pi)) * 2.0 / 3.0
    dlon += (150.0 * np.sin(x / 12.0 * pi) + 300.0 * np.sin(x / 30.0 * pi)) * 2.0 / 3.0
    rad_lat = lat / 180.0 * pi
    magic = 1.0 - _EE * np.sin(rad_lat) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1.0 - _EE)) / (magic * sqrt_magic) * pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * np.cos(rad_lat) * pi)
    return dlon, dlat


def _gcj_raw(lon: np.ndarray, lat: np.ndarray) -> ArrayPair:
    dlon, dlat = _delta(lon, lat)
    return lon + dlon, lat + dlat


def _bd_raw(lon: np.ndarray, lat: np.ndarray) -> ArrayPair:
    z = np.hypot(lon, lat) + 0.00002 * np.sin(lat * _X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * _X_PI)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def _bd_inverse_approx(lon: np.ndarray, lat: np.ndarray) -> ArrayPair:
    """Return the standard closed-form BD-09 -> GCJ-02 approximation (~0.2 m)."""
    x = lon - 0.0065
    y = lat - 0.006
    z = np.hypot(x, y) - 0.00002 * np.sin(y * _X_PI)
    theta = np.arctan2(y, x) - 0.000003 * np.cos(x * _X_PI)
    return z * np.cos(theta), z * np.sin(theta)


def _fixed_point(
    forward: Callable[[np.ndarray, np.ndarray], ArrayPair],
    target: ArrayPair,
    start: ArrayPair,
    tol_m: float,
    max_iter: int,
) -> ArrayPair:
    """Solve ``forward(p) == target`` by p += target - forward(p).

    It converges because both offsets are the identity plus a slowly varying term
    (the error shrinks ~100-fold per step: 5 m, 3 cm, 0.2 mm, 1 um for GCJ-02).
    """
    lon, lat = start[0].copy(), start[1].copy()
    cos_lat = np.cos(np.radians(target[1]))
    for _ in range(max_iter):
        f_lon, f_lat = forward(lon, lat)
        e_lon = target[0] - f_lon
        e_lat = target[1] - f_lat
        lon += e_lon
        lat += e_lat
        err_m = np.hypot(e_lon * cos_lat, e_lat) * _M_PER_DEG
        if not np.any(err_m > tol_m):  # NaN compares False: NaN never blocks exit
            break
    return lon, lat


def _gcj_inverse_raw(
    lon: np.ndarray, lat: np.ndarray, tol_m: float, max_iter: int
) -> ArrayPair:
    dlon, dlat = _delta(lon, lat)
    return _fixed_point(_gcj_raw, (lon, lat), (lon - dlon, lat - dlat), tol_m, max_iter)


def _bd_inverse_raw(
    lon: np.ndarray, lat: np.ndarray, tol_m: float, max_iter: int
) -> ArrayPair:
    start = _bd_inverse_approx(lon, lat)
    return _fixed_point(_bd_raw, (lon, lat), start, tol_m, max_iter)


def _where(mask: np.ndarray, new: ArrayPair, old: ArrayPair) -> ArrayPair:
    return np.where(mask, new[0], old[0]), np.where(mask, new[1], old[1])


def wgs84_to_gcj02(lon: npt.ArrayLike, lat: npt.ArrayLike) -> ArrayPair:
    """Convert WGS84 (= CGCS2000) lon/lat to GCJ-02 lon/lat.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, WGS84 / EPSG:4490.

    Returns
    -------
    tuple of numpy.ndarray
        GCJ-02 lon/lat in degrees; points outside China unchanged.

    >>> lon, lat = wgs84_to_gcj02(116.391, 39.9075)
    >>> print(f"{lon:.6f} {lat:.6f}")
    116.397241 39.908901
    """
    p = _arrays(lon, lat)
    return _where(in_china(*p), _gcj_raw(*p), p)


def gcj02_to_wgs84(
    lon: npt.ArrayLike, lat: npt.ArrayLike, tol_m: float = 0.001, max_iter: int = 30
) -> ArrayPair:
    """Convert GCJ-02 lon/lat to WGS84 (= CGCS2000) lon/lat by fixed-point iteration.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, GCJ-02.
    tol_m : float
        Stop when the forward transform of the result misses the input by less
        than this many metres everywhere.
    max_iter : int
        Upper bound on iterations (3-4 are typical for 1 mm).

    >>> lon, lat = gcj02_to_wgs84(*wgs84_to_gcj02(116.391, 39.9075))
    >>> print(f"{lon:.8f} {lat:.8f}")
    116.39100000 39.90750000
    """
    p = _arrays(lon, lat)
    wgs = _gcj_inverse_raw(*p, tol_m, max_iter)
    return _where(in_china(*wgs), wgs, p)


def gcj02_to_bd09(lon: npt.ArrayLike, lat: npt.ArrayLike) -> ArrayPair:
    """Convert GCJ-02 lon/lat to BD-09 lon/lat.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, GCJ-02.

    Published sample (coordtransform README):

    >>> lon, lat = gcj02_to_bd09(116.404, 39.915)
    >>> print(f"{lon:.11f} {lat:.11f}")
    116.41036949371 39.92133699351
    """
    p = _arrays(lon, lat)
    return _where(in_china(*p), _bd_raw(*p), p)


def bd09_to_gcj02(
    lon: npt.ArrayLike, lat: npt.ArrayLike, tol_m: float = 0.001, max_iter: int = 30
) -> ArrayPair:
    """Convert BD-09 lon/lat to GCJ-02 lon/lat, refining the standard formula.

    The standard closed form is only good to ~0.2 m; a few fixed-point steps on
    the forward formula bring it under ``tol_m``.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, BD-09.
    tol_m, max_iter
        As in :func:`gcj02_to_wgs84`.

    >>> lon, lat = bd09_to_gcj02(116.41036949371029, 39.92133699351021)
    >>> print(f"{lon:.8f} {lat:.8f}")
    116.40400000 39.91500000
    """
    p = _arrays(lon, lat)
    gcj = _bd_inverse_raw(*p, tol_m, max_iter)
    return _where(in_china(*gcj), gcj, p)


def wgs84_to_bd09(lon: npt.ArrayLike, lat: npt.ArrayLike) -> ArrayPair:
    """Convert WGS84 (= CGCS2000) lon/lat to BD-09 lon/lat.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, WGS84 / EPSG:4490.

    >>> lon, lat = wgs84_to_bd09(116.391, 39.9075)
    >>> print(f"{lon:.5f} {lat:.5f}")
    116.40361 39.91524
    """
    p = _arrays(lon, lat)
    return _where(in_china(*p), _bd_raw(*_gcj_raw(*p)), p)


def bd09_to_wgs84(
    lon: npt.ArrayLike, lat: npt.ArrayLike, tol_m: float = 0.001, max_iter: int = 30
) -> ArrayPair:
    """Convert BD-09 lon/lat to WGS84 (= CGCS2000) lon/lat, both steps iterative.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, BD-09.
    tol_m, max_iter
        Per step, as in :func:`gcj02_to_wgs84`.

    >>> lon, lat = bd09_to_wgs84(*wgs84_to_bd09(116.391, 39.9075))
    >>> print(f"{lon:.8f} {lat:.8f}")
    116.39100000 39.90750000
    """
    p = _arrays(lon, lat)
    gcj = _bd_inverse_raw(*p, tol_m, max_iter)
    wgs = _gcj_inverse_raw(*gcj, tol_m, max_iter)
    return _where(in_china(*wgs), wgs, p)


def convert_to_cgcs2000(
    lon: npt.ArrayLike, lat: npt.ArrayLike, source: str
) -> ArrayPair:
    """Convert lon/lat from ``source`` to CGCS2000 (EPSG:4490) lon/lat.

    Parameters
    ----------
    lon, lat : array_like
        Degrees in the ``source`` system.
    source : {'wgs84', 'cgcs2000', 'gcj02', 'bd09'}
        WGS84 and CGCS2000 pass through unchanged (they differ by centimetres).

    Raises
    ------
    ValueError
        For an unknown source.

    >>> lon, lat = convert_to_cgcs2000(116.404, 39.915, "gcj02")
    >>> print(f"{lon:.6f} {lat:.6f}")
    116.397756 39.913596
    """
    key = _source_key(source)
    if key == "gcj02":
        return gcj02_to_wgs84(lon, lat)
    if key == "bd09":
        return bd09_to_wgs84(lon, lat)
    lon_a, lat_a = _arrays(lon, lat)
    return lon_a.copy(), lat_a.copy()


def convert_from_cgcs2000(
    lon: npt.ArrayLike, lat: npt.ArrayLike, target: str
) -> ArrayPair:
    """Convert CGCS2000 (EPSG:4490) lon/lat to ``target``, the inverse of the above.

    Parameters
    ----------
    lon, lat : array_like
        Degrees, EPSG:4490.
    target : {'wgs84', 'cgcs2000', 'gcj02', 'bd09'}

    >>> lon, lat = convert_from_cgcs2000(116.397756, 39.913596, "gcj02")
    >>> print(f"{lon:.5f} {lat:.5f}")
    116.40400 39.91500
    """
    key = _source_key(target)
    if key == "gcj02":
        return wgs84_to_gcj02(lon, lat)
    if key == "bd09":
        return wgs84_to_bd09(lon, lat)
    lon_a, lat_a = _arrays(lon, lat)
    return lon_a.copy(), lat_a.copy()


def _source_key(source: str) -> str:
    key = str(source).replace("-", "").replace("_", "").replace(" ", "").lower()
    if key not in _SOURCES:
        raise ValueError(
            f"unknown coordinate source {source!r}; expected one of {_SOURCES}"
        )
    return key
