"""Snapping helpers for the editing tools: nearest vertex, nearest point on an edge.

Coordinates are whatever *projected* CRS the caller passes, and ``tolerance`` is in
the same units. Use the display CRS in metres (e.g. EPSG:4548), not lon/lat: a
degree of longitude is shorter than a degree of latitude in Beijing, so distances in
degrees would make the snap radius an ellipse. The canvas turns its pixel tolerance
into map metres before calling.

Results carry a *path* to the snapped coordinate, ``(part, ring, index)``:

- ``part``: index among the flattened parts of a multi-geometry or collection
  (0 for single geometries);
- ``ring``: 0 for the exterior ring of a polygon, 1.. for its holes, 0 for lines
  and points;
- ``index``: the vertex index in that ring/line, or for
  :func:`nearest_point_on_segment` the segment from vertex ``index`` to
  ``index + 1``. The closing vertex of a ring is never returned; vertex 0 is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry.base import BaseGeometry

Path = tuple[int, int, int]


class SnapResult(NamedTuple):
    """A snap hit; unpacks as ``(feature_index, path, x, y, distance)``."""

    feature_index: int
    path: Path
    x: float
    y: float
    distance: float


def _base_parts(geom: BaseGeometry) -> Iterator[BaseGeometry]:
    if shapely.get_type_id(geom) in (4, 5, 6, 7):
        for part in shapely.get_parts(geom):
            yield from _base_parts(part)
    else:
        yield geom


def _sequences(geom: BaseGeometry) -> Iterator[tuple[int, int, np.ndarray]]:
    """Yield ``(part, ring, coords)`` in the order of ``shapely.get_coordinates``."""
    for part_i, part in enumerate(_base_parts(geom)):
        if part.is_empty:
            continue
        if isinstance(part, shapely.Polygon):
            rings = [part.exterior, *part.interiors]
            for ring_i, ring in enumerate(rings):
                yield part_i, ring_i, shapely.get_coordinates(ring)
        else:
            yield part_i, 0, shapely.get_coordinates(part)


def _candidates(
    geoms: npt.ArrayLike, x: float, y: float, tolerance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Return the geometry array and the indices whose box is within tolerance."""
    arr = np.asarray(geoms, dtype=object).ravel()
    if len(arr) == 0:
        return arr, np.empty(0, dtype=np.intp)
    b = shapely.bounds(arr)  # NaN rows for None/empty compare False below
    near = (
        (b[:, 0] - tolerance <= x)
        & (b[:, 2] + tolerance >= x)
        & (b[:, 1] - tolerance <= y)
        & (b[:, 3] + tolerance >= y)
    )
    return arr, np.flatnonzero(near)


def nearest_vertex(
    geoms: npt.ArrayLike, x: float, y: float, tolerance: float
) -> SnapResult | None:
    """Return the vertex nearest to (x, y) within ``tolerance``, or None.

    Parameters
    ----------
    geoms : array_like of shapely geometries
        Geometries in a projected CRS (the display CRS, metres).
    x, y : float
        The cursor in the same CRS.
    tolerance : float
        Snap radius in the same units.

    >>> from shapely import box
    >>> hit = nearest_vertex([box(0, 0, 10, 10), box(20, 0, 30, 10)], 19.0, 1.0, 2.0)
    >>> hit.feature_index, hit.path, hit.x, hit.y, round(hit.distance, 3)
    (1, (0, 0, 3), 20.0, 0.0, 1.414)
    """
    arr, cand = _candidates(geoms, x, y, tolerance)
    if len(cand) == 0:
        return None
    coords, owner = shapely.get_coordinates(arr[cand], return_index=True)
    if len(coords) == 0:
        return None
    dist = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
    k = int(np.argmin(dist))  # first minimum: vertex 0 wins over a ring's closing copy
    if dist[k] > tolerance:
        return None
    local = k - int(np.searchsorted(owner, owner[k]))
    feature = int(cand[owner[k]])
    for part_i, ring_i, seq in _sequences(arr[feature]):
        if local < len(seq):
            path = (part_i, ring_i, local)
            break
        local -= len(seq)
    return SnapResult(
        feature, path, float(coords[k, 0]), float(coords[k, 1]), float(dist[k])
    )


def nearest_point_on_segment(
    geoms: npt.ArrayLike, x: float, y: float, tolerance: float
) -> SnapResult | None:
    """Return the nearest point on any edge within ``tolerance``, or None.

    Point geometries have no edges and are ignored (snap to them with
    :func:`nearest_vertex`).

    Parameters
    ----------
    geoms : array_like of shapely geometries
        Geometries in a projected CRS (the display CRS, metres).
    x, y : float
        The cursor in the same CRS.
    tolerance : float
        Snap radius in the same units.

    >>> from shapely import box
    >>> nearest_point_on_segment([box(0, 0, 10, 10)], 4.0, 11.0, 2.0)
    SnapResult(feature_index=0, path=(0, 0, 1), x=4.0, y=10.0, distance=1.0)
    """
    arr, cand = _candidates(geoms, x, y, tolerance)
    starts, ends, meta = [], [], []
    for feature in cand:
        for part_i, ring_i, seq in _sequences(arr[feature]):
            n = len(seq) - 1
            if n < 1:
                continue
            starts.append(seq[:-1])
            ends.append(seq[1:])
            meta.append(
                np.column_stack(
                    [
                        np.full(n, feature),
                        np.full(n, part_i),
                        np.full(n, ring_i),
                        np.arange(n),
                    ]
                )
            )
    if not starts:
        return None
    a = np.concatenate(starts)
    b = np.concatenate(ends)
    ab = b - a
    len2 = np.einsum("ij,ij->i", ab, ab)
    ap = np.array([x, y]) - a
    # A zero-length segment (duplicate vertex) projects onto its start point.
    t = np.divide(
        np.einsum("ij,ij->i", ap, ab), len2, out=np.zeros_like(len2), where=len2 > 0
    )
    q = a + np.clip(t, 0.0, 1.0)[:, None] * ab
    dist = np.hypot(q[:, 0] - x, q[:, 1] - y)
    k = int(np.argmin(dist))
    if dist[k] > tolerance:
        return None
    feature, part_i, ring_i, seg = (int(v) for v in np.concatenate(meta)[k])
    return SnapResult(
        feature, (part_i, ring_i, seg), float(q[k, 0]), float(q[k, 1]), float(dist[k])
    )
