"""Coordinate reference systems: registry, cached transformers, GK zones.

Storage is CGCS2000 geographic, EPSG:4490, in lon/lat order. Display and print use
a projected CRS, by default EPSG:4548 (CGCS2000 3-degree Gauss-Krueger, CM 117E).

WGS84 (EPSG:4326) is taken as CGCS2000 without any shift. The two realisations
differ by a few centimetres, far below the accuracy of the data the app handles;
PROJ itself only knows a "ballpark" (identity) operation between them, so
``get_transformer(4326, 4490)`` is the identity to the last digit.

This is the only module that builds :class:`pyproj.Transformer` objects. They are
cached and always built with ``always_xy=True``, because the EPSG definitions of the
45xx Gauss-Krueger CRSs declare northing first and of 4490/4326 latitude first.
pyproj >= 3.1 transformers are thread-safe, so the cache may be shared with the
render worker thread.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Literal, TypeVar, overload

import numpy as np
import numpy.typing as npt
import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from geo.offsets import convert_to_cgcs2000

STORAGE_EPSG = 4490
DISPLAY_EPSG_DEFAULT = 4548

# 3-degree GK zones of CGCS2000: EPSG:4534 is CM 75E ... EPSG:4554 is CM 135E
# (no zone prefix on the easting); EPSG:4513..4533 are the same zones 25..45 with
# the zone number prefixed to the easting (x = zone * 1e6 + 500000 + ...).
_GK_FIRST_CM = 75
_GK_LAST_CM = 135
_GK_FIRST_EPSG = 4534
_GK_FIRST_EPSG_PREFIXED = 4513

CrsCode = int | str
ArrayLike = npt.ArrayLike
GeomT = TypeVar("GeomT", bound=BaseGeometry | None)


@dataclass(frozen=True)
class CrsInfo:
    """Describe a CRS the app offers by name.

    Attributes
    ----------
    epsg : int
        EPSG code.
    name_zh, name_en : str
        Names shown in the UI and in print footnotes.
    is_geographic : bool
        True for lon/lat CRSs.
    units : str
        ``"degree"`` or ``"metre"``.
    """

    epsg: int
    name_zh: str
    name_en: str
    is_geographic: bool
    units: str


def _gk_info(epsg: int, cm: int) -> CrsInfo:
    return CrsInfo(
        epsg,
        f"CGCS2000 3度带高斯-克吕格 中央经线{cm}°E",
        f"CGCS2000 3-degree Gauss-Krüger CM {cm}E",
        False,
        "metre",
    )


CRS_REGISTRY: dict[int, CrsInfo] = {
    info.epsg: info
    for info in (
        CrsInfo(4490, "CGCS2000 地理坐标", "CGCS2000 geographic", True, "degree"),
        CrsInfo(4326, "WGS 84 地理坐标", "WGS 84 geographic", True, "degree"),
        _gk_info(4548, 117),
        _gk_info(4547, 114),
        _gk_info(4549, 120),
        CrsInfo(
            4527,
            "CGCS2000 3度带高斯-克吕格 第39带(带号前缀)",
            "CGCS2000 3-degree Gauss-Krüger zone 39 (zone-prefixed easting)",
            False,
            "metre",
        ),
        CrsInfo(3857, "Web 墨卡托", "WGS 84 / Pseudo-Mercator", False, "metre"),
    )
}


def epsg_code(code: CrsCode) -> int:
    """Normalise a CRS code given as int, ``"4548"`` or ``"EPSG:4548"`` to an int.

    >>> epsg_code("epsg:4548"), epsg_code(4490), epsg_code(" 4326 ")
    (4548, 4490, 4326)
    """
    if isinstance(code, bool):
        raise ValueError(f"not a CRS code: {code!r}")
    if isinstance(code, int | np.integer):
        return int(code)
    match = re.fullmatch(r"\s*(?:epsg\s*:\s*)?(\d+)\s*", str(code), re.IGNORECASE)
    if match is None:
        raise ValueError(f"not an EPSG code: {code!r} (expected e.g. 'EPSG:4548')")
    return int(match.group(1))


@functools.lru_cache(maxsize=64)
def _crs_from_epsg(epsg: int) -> pyproj.CRS:
    try:
        return pyproj.CRS.from_epsg(epsg)
    except pyproj.exceptions.CRSError as exc:
        raise ValueError(f"unknown EPSG code: {epsg}") from exc


def get_crs(code: CrsCode) -> pyproj.CRS:
    """Return the (cached) pyproj CRS for an EPSG code.

    Parameters
    ----------
    code : int or str
        ``4548``, ``"4548"`` or ``"EPSG:4548"``.

    Raises
    ------
    ValueError
        If the code is malformed or unknown to PROJ.

    >>> get_crs("EPSG:4548").name
    'CGCS2000 / 3-degree Gauss-Kruger CM 117E'
    """
    return _crs_from_epsg(epsg_code(code))


@functools.lru_cache(maxsize=64)
def _transformer(src: int, dst: int) -> pyproj.Transformer:
    return pyproj.Transformer.from_crs(
        _crs_from_epsg(src), _crs_from_epsg(dst), always_xy=True
    )


def get_transformer(src: CrsCode, dst: CrsCode) -> pyproj.Transformer:
    """Return the cached ``always_xy`` transformer from ``src`` to ``dst``.

    >>> t = get_transformer(4490, "EPSG:4548")
    >>> t is get_transformer("4490", 4548)
    True
    """
    return _transformer(epsg_code(src), epsg_code(dst))


def transform_xy(
    x: ArrayLike, y: ArrayLike, src: CrsCode, dst: CrsCode
) -> tuple[np.ndarray, np.ndarray]:
    """Transform coordinate arrays from ``src`` to ``dst``.

    Parameters
    ----------
    x, y : array_like
        Coordinates in ``src``, x first (lon or easting).
    src, dst : int or str
        EPSG codes.

    Returns
    -------
    tuple of numpy.ndarray
        x and y in ``dst`` (float64, same shape as the broadcast input). NaN in,
        NaN out.

    Examples
    --------
    The published Beijing sample (lon/lat in EPSG:4490):

    >>> x, y = transform_xy(116.391, 39.9075, 4490, 4548)
    >>> print(f"{x:.2f} {y:.2f}")
    447924.86 4419435.96
    >>> x, _ = transform_xy(116.391, 39.9075, 4490, 4527)
    >>> print(f"{x:.2f}")
    39447924.86
    """
    xa, ya = np.broadcast_arrays(
        np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    )
    if epsg_code(src) == epsg_code(dst):
        return xa.copy(), ya.copy()
    tx, ty = get_transformer(src, dst).transform(xa, ya)
    return np.asarray(tx, dtype=np.float64), np.asarray(ty, dtype=np.float64)


@overload
def transform_geometry(geom_or_array: GeomT, src: CrsCode, dst: CrsCode) -> GeomT: ...
@overload
def transform_geometry(
    geom_or_array: npt.NDArray[np.object_], src: CrsCode, dst: CrsCode
) -> npt.NDArray[np.object_]: ...
def transform_geometry(
    geom_or_array: BaseGeometry | npt.NDArray[np.object_] | None,
    src: CrsCode,
    dst: CrsCode,
) -> BaseGeometry | npt.NDArray[np.object_] | None:
    """Transform a shapely geometry or an array of them from ``src`` to ``dst``.

    All coordinates go through PROJ in one vectorised call (``shapely.transform``);
    None and empty geometries are kept as they are.

    Parameters
    ----------
    geom_or_array : shapely.Geometry or array_like of them
        Geometries with coordinates in ``src``.
    src, dst : int or str
        EPSG codes.

    Returns
    -------
    shapely.Geometry or numpy.ndarray
        A geometry for a geometry, an object array for any array-like (a
        GeoSeries' values included); the input itself when ``src == dst``.

    >>> from shapely import Point
    >>> p = transform_geometry(Point(116.391, 39.9075), 4490, 4548)
    >>> print(f"{p.x:.2f} {p.y:.2f}")
    447924.86 4419435.96
    """
    if epsg_code(src) == epsg_code(dst):
        return geom_or_array
    transformer = get_transformer(src, dst)

    def _apply(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        tx, ty = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([tx, ty])

    return shapely.transform(geom_or_array, _apply)


def gk_central_meridian(lon: float) -> int:
    """Return the central meridian (degrees E) of the 3-degree GK zone for ``lon``.

    Rule: ``CM = 3 * floor(lon / 3 + 0.5)``, i.e. the zone of CM ``c`` covers
    ``[c - 1.5, c + 1.5)``; a longitude exactly on a zone edge goes east. Only the
    CGCS2000 zones CM 75E..135E exist in EPSG.

    Parameters
    ----------
    lon : float
        Longitude in degrees (EPSG:4490 or 4326).

    Raises
    ------
    ValueError
        If ``lon`` is not finite or falls outside 73.5..136.5 E.

    >>> gk_central_meridian(116.391), gk_central_meridian(115.5)
    (117, 117)
    """
    if not math.isfinite(lon):
        raise ValueError(f"longitude must be finite, got {lon}")
    cm = 3 * math.floor(float(lon) / 3 + 0.5)
    if not _GK_FIRST_CM <= cm <= _GK_LAST_CM:
        raise ValueError(
            f"longitude {lon} is outside the CGCS2000 3-degree GK zones (73.5..136.5 E)"
        )
    return cm


def gk_zone_epsg(lon: float) -> int:
    """Return the EPSG code of the CGCS2000 3-degree GK zone (no prefix) for ``lon``.

    EPSG:4534 (CM 75E) ... EPSG:4554 (CM 135E); see :func:`gk_central_meridian`
    for the rounding rule. Beijing's 116.391E -> CM 117E -> EPSG:4548; the CM 117
    zone covers 115.5..118.5E.

    Parameters
    ----------
    lon : float
        Longitude in degrees (EPSG:4490).

    >>> gk_zone_epsg(116.391), gk_zone_epsg(114.9), gk_zone_epsg(118.7)
    (4548, 4547, 4549)
    """
    return _GK_FIRST_EPSG + (gk_central_meridian(lon) - _GK_FIRST_CM) // 3


def gk_zone_epsg_prefixed(lon: float) -> int:
    """Return the EPSG code of the zone-prefixed CGCS2000 3-degree GK zone for ``lon``.

    EPSG:4513 (zone 25, CM 75E) ... EPSG:4533 (zone 45, CM 135E); the easting
    carries the zone number (zone = CM / 3) as a prefix, e.g. 39447924.86.

    Parameters
    ----------
    lon : float
        Longitude in degrees (EPSG:4490).

    >>> gk_zone_epsg_prefixed(116.391)
    4527
    """
    return _GK_FIRST_EPSG_PREFIXED + (gk_central_meridian(lon) - _GK_FIRST_CM) // 3


@dataclass(frozen=True)
class CoordSource:
    """Describe where imported coordinates come from.

    Attributes
    ----------
    kind : {'epsg', 'gcj02', 'bd09'}
        ``'epsg'`` for a real CRS; ``'gcj02'`` / ``'bd09'`` for the Chinese web-map
        offsets, which are lon/lat in degrees shifted away from WGS84.
    epsg : int
        The CRS of the numbers; 4326 for the offsets (they are applied to WGS84).
    """

    kind: Literal["epsg", "gcj02", "bd09"]
    epsg: int

    @property
    def label(self) -> str:
        """Return the ``coord_source`` label stored with imported rows."""
        return self.kind if self.kind != "epsg" else f"EPSG:{self.epsg}"


_NAMED_SOURCES: dict[str, CoordSource] = {
    "wgs84": CoordSource("epsg", 4326),
    "cgcs2000": CoordSource("epsg", 4490),
    "gcj02": CoordSource("gcj02", 4326),
    "bd09": CoordSource("bd09", 4326),
}


def parse_crs_spec(text: str) -> CoordSource:
    """Parse a user's CRS spec (e.g. an importer's ``--crs`` option).

    Accepted, case-insensitive, with optional ``-``/``_``/blank inside names:
    ``"EPSG:4548"`` or ``"4548"`` (any code PROJ knows), ``"wgs84"`` (4326),
    ``"cgcs2000"`` (4490), ``"gcj02"`` (AMap/Tencent offset), ``"bd09"`` (Baidu
    offset), ``"gk117"`` / ``"gk:114"`` (CGCS2000 3-degree GK zone by its central
    meridian, easting without zone prefix).

    Raises
    ------
    ValueError
        On anything else, naming the accepted forms.

    >>> parse_crs_spec("gk:114")
    CoordSource(kind='epsg', epsg=4547)
    >>> parse_crs_spec("GCJ-02")
    CoordSource(kind='gcj02', epsg=4326)
    """
    key = re.sub(r"[\s_\-]", "", str(text)).lower()
    if key in _NAMED_SOURCES:
        return _NAMED_SOURCES[key]
    gk = re.fullmatch(r"gk:?(\d{2,3})", key)
    if gk is not None:
        cm = int(gk.group(1))
        if cm % 3 or not _GK_FIRST_CM <= cm <= _GK_LAST_CM:
            raise ValueError(
                f"{text!r}: GK central meridian must be a multiple of 3 in 75..135"
            )
        return CoordSource("epsg", gk_zone_epsg(cm))
    try:
        code = epsg_code(key)
    except ValueError:
        raise ValueError(
            f"unknown coordinate system {text!r}; use EPSG:<code>, <code>, wgs84, "
            "cgcs2000, gcj02, bd09 or gk<central meridian> (e.g. gk117)"
        ) from None
    get_crs(code)  # raises ValueError for codes PROJ does not know
    return CoordSource("epsg", code)


def to_storage(
    x: ArrayLike, y: ArrayLike, source: CoordSource
) -> tuple[np.ndarray, np.ndarray]:
    """Convert coordinates described by ``source`` to storage lon/lat (EPSG:4490).

    Parameters
    ----------
    x, y : array_like
        Coordinates in the CRS or offset named by ``source``, x first.
    source : CoordSource
        From :func:`parse_crs_spec`.

    >>> lon, lat = to_storage(447924.86179, 4419435.96462, parse_crs_spec("4548"))
    >>> print(f"{lon:.6f} {lat:.6f}")
    116.391000 39.907500
    """
    if source.kind == "epsg":
        return transform_xy(x, y, source.epsg, STORAGE_EPSG)
    return convert_to_cgcs2000(x, y, source.kind)
