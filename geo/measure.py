"""Areas, lengths and distances in the units planners use (m², 公顷, 亩, km).

Geodesic measures are taken on the CGCS2000 ellipsoid. Its parameters equal GRS80
except for the flattening, which differs in the 11th significant digit (a
sub-millimetre effect on the semi-minor axis), so ``pyproj.Geod(ellps="GRS80")``
is used. Geometries are lon/lat in EPSG:4490 unless a function says otherwise.

Planar measures are taken in a CGCS2000 3-degree Gauss-Krueger zone, by default the
feature's own zone (:func:`geo.crs.gk_zone_epsg` of its centroid longitude), so that
Zhangjiakou (CM 114E) or Chengde (CM 120E) are not measured in Beijing's CM 117E
zone, where the scale error grows with the distance from the central meridian.
Every result records the method it used, for reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from geo.crs import CRS_REGISTRY, STORAGE_EPSG, gk_zone_epsg, transform_geometry
from geo.units import (
    M2_PER_HA,
    M2_PER_KM2,
    M2_PER_MU,
    M_PER_KM,
    format_area,
    format_length,
)

GEODESIC_METHOD = "geodesic CGCS2000 ellipsoid"
_GEOD = pyproj.Geod(ellps="GRS80")
_POLYGON = 3
_COLLECTIONS = (4, 5, 6, 7)


@dataclass(frozen=True)
class AreaResult:
    """Hold an area in m² and how it was computed.

    Attributes
    ----------
    m2 : float
        Area in square metres.
    method : str
        E.g. ``"geodesic CGCS2000 ellipsoid"`` or
        ``"planar EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E"``.
    """

    m2: float
    method: str

    @property
    def ha(self) -> float:
        """Return the area in hectares (公顷)."""
        return self.m2 / M2_PER_HA

    @property
    def mu(self) -> float:
        """Return the area in mu (亩)."""
        return self.m2 / M2_PER_MU

    @property
    def km2(self) -> float:
        """Return the area in square kilometres."""
        return self.m2 / M2_PER_KM2

    def format_zh(self) -> str:
        """Format for Chinese reports.

        >>> AreaResult(123456.0, GEODESIC_METHOD).format_zh()
        '12.35 公顷 / 185.2 亩 / 123,456 m²'
        """
        return format_area(self.m2, "zh")

    def format_en(self) -> str:
        """Format for English reports.

        >>> AreaResult(123456.0, GEODESIC_METHOD).format_en()
        '12.35 ha / 185.2 亩 (mu) / 123,456 m²'
        """
        return format_area(self.m2, "en")


@dataclass(frozen=True)
class LengthResult:
    """Hold a length in metres and how it was computed.

    Attributes
    ----------
    m : float
        Length in metres.
    method : str
        As in :class:`AreaResult`.
    """

    m: float
    method: str

    @property
    def km(self) -> float:
        """Return the length in kilometres."""
        return self.m / M_PER_KM

    def format_zh(self) -> str:
        """Format for Chinese reports.

        >>> LengthResult(12345.6, GEODESIC_METHOD).format_zh()
        '12.35 公里 / 12,346 米'
        """
        return format_length(self.m, "zh")

    def format_en(self) -> str:
        """Format for English reports.

        >>> LengthResult(12345.6, GEODESIC_METHOD).format_en()
        '12.35 km / 12,346 m'
        """
        return format_length(self.m, "en")


def _polygons(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return all Polygon parts of ``geoms`` and the index of their owner."""
    parts, owner = shapely.get_parts(geoms, return_index=True)
    # Collections may nest (a GeometryCollection holding a MultiPolygon).
    while len(parts) and np.isin(shapely.get_type_id(parts), _COLLECTIONS).any():
        sub, sub_owner = shapely.get_parts(parts, return_index=True)
        parts, owner = sub, owner[sub_owner]
    keep = shapely.get_type_id(parts) == _POLYGON
    return parts[keep], owner[keep]


def geodesic_areas_m2(
    geoms_ll: npt.ArrayLike | Sequence[BaseGeometry | None],
) -> np.ndarray:
    """Return the geodesic area in m² of each geometry (lon/lat, EPSG:4490).

    Holes are subtracted whatever the ring orientation; non-polygonal parts and
    None count as 0. The per-ring loop is unavoidable with ``pyproj.Geod`` but
    everything around it is vectorised (about 1000 simple polygons in ~10 ms).

    Parameters
    ----------
    geoms_ll : array_like of shapely geometries
        Coordinates in EPSG:4490 degrees.

    Returns
    -------
    numpy.ndarray
        float64 array, same length as the input.

    >>> from shapely import box
    >>> a = geodesic_areas_m2([box(116.0, 40.0, 116.01, 40.01), None])
    >>> print(f"{a[0] / 1e6:.3f} km², {a[1]:.0f}")
    0.948 km², 0
    """
    arr = np.asarray(geoms_ll, dtype=object).ravel()
    out = np.zeros(len(arr), dtype=np.float64)
    if len(arr) == 0:
        return out
    polys, owner = _polygons(arr)
    rings, ring_poly = shapely.get_rings(polys, return_index=True)
    # get_rings lists each polygon's exterior first, then its holes.
    is_shell = np.ones(len(rings), dtype=bool)
    is_shell[1:] = ring_poly[1:] != ring_poly[:-1]
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    bounds = np.searchsorted(ring_of, np.arange(len(rings) + 1))
    ring_area = np.empty(len(rings), dtype=np.float64)
    for i in range(len(rings)):
        xy = coords[bounds[i] : bounds[i + 1]]
        ring_area[i] = abs(_GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0])
    signed = np.where(is_shell, ring_area, -ring_area)
    np.add.at(out, owner[ring_poly], signed)
    return out


def geodesic_area(geom_ll: BaseGeometry) -> AreaResult:
    """Return the geodesic area of a (multi)polygon in EPSG:4490 lon/lat.

    >>> from shapely import box
    >>> geodesic_area(box(116.0, 40.0, 116.01, 40.01)).format_zh()
    '94.81 公顷 / 1,422.1 亩 / 948,099 m²'
    """
    return AreaResult(float(geodesic_areas_m2([geom_ll])[0]), GEODESIC_METHOD)


def geodesic_length(geom_ll: BaseGeometry | None) -> LengthResult:
    """Return the geodesic length (perimeter for polygons) in EPSG:4490 lon/lat.

    Polygon holes count towards the perimeter; points count as 0.

    >>> from shapely import LineString
    >>> print(f"{geodesic_length(LineString([(116.0, 40.0), (117.0, 40.0)])).m:.1f}")
    85393.4
    """
    if geom_ll is None or geom_ll.is_empty:
        return LengthResult(0.0, GEODESIC_METHOD)
    return LengthResult(float(_GEOD.geometry_length(geom_ll)), GEODESIC_METHOD)


def planar_method(epsg: int) -> str:
    """Return the method label for planar measures in ``epsg``.

    >>> planar_method(4548)
    'planar EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E'
    """
    info = CRS_REGISTRY.get(epsg)
    if info is not None and info.name_en.startswith("CGCS2000 "):
        return f"planar EPSG:{epsg} {info.name_en}"
    return f"planar EPSG:{epsg}"


def _zone_of(geom_ll: BaseGeometry) -> int:
    return gk_zone_epsg(shapely.centroid(geom_ll).x)


def planar_area(geom_ll: BaseGeometry | None, epsg: int | None = None) -> AreaResult:
    """Return the planar area after projecting from EPSG:4490 to a projected CRS.

    Parameters
    ----------
    geom_ll : shapely.Geometry
        Polygonal geometry, lon/lat in EPSG:4490.
    epsg : int, optional
        Projected CRS to measure in; default the feature's own 3-degree GK zone
        (from its centroid longitude).

    >>> from shapely import box
    >>> r = planar_area(box(116.0, 40.0, 116.01, 40.01))
    >>> print(f"{r.m2:,.0f} ({r.method})")
    948,268 (planar EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E)
    """
    if geom_ll is None or geom_ll.is_empty:
        return AreaResult(0.0, planar_method(epsg or 4548))
    code = epsg if epsg is not None else _zone_of(geom_ll)
    projected = transform_geometry(geom_ll, STORAGE_EPSG, code)
    return AreaResult(float(shapely.area(projected)), planar_method(code))


def planar_length(
    geom_ll: BaseGeometry | None, epsg: int | None = None
) -> LengthResult:
    """Return the planar length after projecting from EPSG:4490, as :func:`planar_area`.

    >>> from shapely import LineString
    >>> r = planar_length(LineString([(116.0, 40.0), (116.01, 40.0)]))
    >>> print(f"{r.m:.1f}")
    854.0
    """
    if geom_ll is None or geom_ll.is_empty:
        return LengthResult(0.0, planar_method(epsg or 4548))
    code = epsg if epsg is not None else _zone_of(geom_ll)
    projected = transform_geometry(geom_ll, STORAGE_EPSG, code)
    return LengthResult(float(shapely.length(projected)), planar_method(code))


def distance_m(
    lon1: npt.ArrayLike, lat1: npt.ArrayLike, lon2: npt.ArrayLike, lat2: npt.ArrayLike
) -> np.ndarray:
    """Return geodesic distances in metres between lon/lat points (EPSG:4490).

    Vectorised and broadcasting; NaN in gives NaN out.

    >>> print(f"{distance_m(116.0, 40.0, 116.0, 41.0):.1f}")
    111044.3
    """
    arrays = np.broadcast_arrays(
        *(np.asarray(v, dtype=np.float64) for v in (lon1, lat1, lon2, lat2))
    )
    shape = arrays[0].shape
    flat = [np.ascontiguousarray(a).ravel() for a in arrays]
    _, _, dist = _GEOD.inv(flat[0], flat[1], flat[2], flat[3])
    return np.asarray(dist, dtype=np.float64).reshape(shape)
