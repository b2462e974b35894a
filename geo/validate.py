"""Geometry validity, repair and topology checks for zone layers.

Geometries are lon/lat in EPSG:4490 unless a function says otherwise; areas are
geodesic (:mod:`geo.measure`). Checks never modify their input: :func:`repair`
returns a new geometry and says what changed, so the caller can push it as an undo
command and log it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar, overload

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo.crs import STORAGE_EPSG, gk_zone_epsg, transform_geometry
from geo.measure import geodesic_areas_m2

GeomT = TypeVar("GeomT", bound=BaseGeometry | None)
IdT = TypeVar("IdT")
_POLYGONAL = ("Polygon", "MultiPolygon")
_REASON = re.compile(r"^(?P<text>.*?)\s*\[(?P<x>\S+)\s+(?P<y>\S+)\]\s*$")


@dataclass(frozen=True)
class ValidityIssue:
    """Describe one invalid geometry.

    Attributes
    ----------
    index : int
        Position in the checked sequence.
    reason : str
        GEOS reason without the location, e.g. ``"Self-intersection"``.
    location : tuple of float or None
        (x, y) of the problem in the geometry's CRS, when GEOS gives one.
    """

    index: int
    reason: str
    location: tuple[float, float] | None


@dataclass(frozen=True)
class RepairResult:
    """Hold a repaired geometry and a human-readable account of the change."""

    geometry: BaseGeometry | None
    changed: bool
    description: str


class Overlap(NamedTuple, Generic[IdT]):
    """One overlap between two features (a plain tuple for callers that unpack)."""

    id_a: IdT
    id_b: IdT
    area_m2: float
    geometry: BaseGeometry


class Gap(NamedTuple, Generic[IdT]):
    """One enclosed gap between neighbouring features."""

    area_m2: float
    geometry: BaseGeometry
    neighbour_ids: tuple[IdT, ...]


@dataclass(frozen=True)
class SliversAndGaps(Generic[IdT]):
    """Hold the small overlaps (slivers) and small enclosed gaps of a layer."""

    slivers: list[Overlap[IdT]]
    gaps: list[Gap[IdT]]


def _as_array(geoms: object) -> np.ndarray:
    return np.asarray(geoms, dtype=object).ravel()


def _split_reason(text: str | None) -> tuple[str, tuple[float, float] | None]:
    if text is None:
        return "Missing geometry", None
    match = _REASON.match(text)
    if match is None:
        return text, None
    return match["text"], (float(match["x"]), float(match["y"]))


def check_validity(geoms: npt.ArrayLike) -> list[ValidityIssue]:
    """Return one issue per invalid or missing geometry.

    Parameters
    ----------
    geoms : array_like of shapely geometries
        Any CRS; locations are reported in it.

    >>> from shapely import Polygon, box
    >>> bow_tie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    >>> check_validity([box(0, 0, 1, 1), bow_tie])
    [ValidityIssue(index=1, reason='Self-intersection', location=(0.5, 0.5))]
    """
    arr = _as_array(geoms)
    bad = np.flatnonzero(~shapely.is_valid(arr))
    reasons: Iterable[str | None] = (
        shapely.is_valid_reason(arr[bad]) if len(bad) else []
    )
    issues = []
    for index, text in zip(bad, reasons, strict=True):
        reason, location = _split_reason(text)
        issues.append(ValidityIssue(int(index), reason, location))
    return issues


@overload
def normalize_orientation(geoms: GeomT) -> GeomT: ...
@overload
def normalize_orientation(
    geoms: npt.NDArray[np.object_],
) -> npt.NDArray[np.object_]: ...
def normalize_orientation(
    geoms: BaseGeometry | npt.NDArray[np.object_] | None,
) -> BaseGeometry | npt.NDArray[np.object_] | None:
    """Orient exterior rings counter-clockwise and holes clockwise.

    That is the OGC/GeoJSON (RFC 7946) convention and the one signed-area code
    expects. Works on one geometry or an array; other geometry types pass through.

    >>> from shapely import Polygon
    >>> cw = Polygon([(0, 0), (0, 1), (1, 1), (1, 0)])
    >>> normalize_orientation(cw).exterior.is_ccw
    True
    """
    if hasattr(shapely, "orient_polygons"):  # shapely >= 2.1
        return shapely.orient_polygons(geoms, exterior_cw=False)
    if isinstance(geoms, shapely.Geometry) or geoms is None:
        return _orient_one(geoms)
    arr = _as_array(geoms)
    return np.array([_orient_one(g) for g in arr], dtype=object)


def _orient_one(geom: BaseGeometry | None) -> BaseGeometry | None:
    if geom is None or geom.is_empty:
        return geom
    if isinstance(geom, shapely.Polygon):
        return _orient_polygon(geom)
    if isinstance(geom, shapely.MultiPolygon):
        return shapely.MultiPolygon([_orient_polygon(part) for part in geom.geoms])
    if isinstance(geom, shapely.GeometryCollection):
        return shapely.GeometryCollection([_orient_one(part) for part in geom.geoms])
    return geom


def _orient_polygon(poly: shapely.Polygon) -> shapely.Polygon:
    return poly if poly.is_empty else orient(poly, sign=1.0)


def _polygonal_part(geom: BaseGeometry) -> BaseGeometry:
    """Return only the polygonal content of ``geom`` (possibly an empty polygon)."""
    if geom is None or geom.geom_type in _POLYGONAL:
        return geom
    parts = shapely.get_parts(geom)
    polys = [p for p in parts if p.geom_type in _POLYGONAL and not p.is_empty]
    flat: list[shapely.Polygon] = []
    for p in polys:
        flat.extend(p.geoms if p.geom_type == "MultiPolygon" else [p])
    if not flat:
        return shapely.Polygon()
    return flat[0] if len(flat) == 1 else shapely.MultiPolygon(flat)


def _make_valid(geom: BaseGeometry) -> BaseGeometry:
    try:
        # 'structure' treats rings as area boundaries, so a bow-tie becomes two
        # triangles instead of a collection of polygons and lines.
        fixed = shapely.make_valid(geom, method="structure", keep_collapsed=False)
    except TypeError:  # shapely < 2.1
        fixed = shapely.make_valid(geom)
    if geom.geom_type in _POLYGONAL:
        fixed = _polygonal_part(fixed)
    return fixed


def _n_parts(geom: BaseGeometry | None) -> int:
    return 0 if geom is None or geom.is_empty else int(shapely.get_num_geometries(geom))


def repair(geom_ll: BaseGeometry | None) -> RepairResult:
    """Return a valid, consistently oriented copy of a geometry and what changed.

    Parameters
    ----------
    geom_ll : shapely.Geometry
        Lon/lat in EPSG:4490 (the description reports geodesic m²).

    >>> from shapely import Polygon
    >>> bow_tie = [(116.0, 39.9), (116.01, 39.91), (116.01, 39.9), (116.0, 39.91)]
    >>> r = repair(Polygon(bow_tie))
    >>> r.geometry.is_valid, r.changed, r.geometry.geom_type
    (True, True, 'MultiPolygon')
    >>> for note in r.description.split("; "):
    ...     print(note)
    Self-intersection at (116.005000, 39.905000) fixed
    area changed from 0 to 474,732 m²
    parts 1 -> 2
    type Polygon -> MultiPolygon
    """
    if geom_ll is None:
        return RepairResult(None, False, "missing geometry; nothing to repair")
    if shapely.is_valid(geom_ll):
        oriented = normalize_orientation(geom_ll)
        changed = not oriented.equals_exact(geom_ll, 0.0)
        text = "valid; ring orientation normalised" if changed else "valid; no change"
        return RepairResult(oriented, changed, text)
    reason, location = _split_reason(shapely.is_valid_reason(geom_ll))
    fixed = normalize_orientation(_make_valid(geom_ll))
    where = f" at ({location[0]:.6f}, {location[1]:.6f})" if location else ""
    notes = [f"{reason}{where} fixed"]
    if geom_ll.geom_type in _POLYGONAL:
        before, after = geodesic_areas_m2([geom_ll, fixed])
        notes.append(f"area changed from {before:,.0f} to {after:,.0f} m²")
    before_n, after_n = _n_parts(geom_ll), _n_parts(fixed)
    if before_n != after_n:
        notes.append(f"parts {before_n} -> {after_n}")
    if fixed.geom_type != geom_ll.geom_type:
        notes.append(f"type {geom_ll.geom_type} -> {fixed.geom_type}")
    return RepairResult(fixed, True, "; ".join(notes))


def _valid_array(geoms: npt.ArrayLike | Sequence[BaseGeometry | None]) -> np.ndarray:
    arr = _as_array(geoms).copy()
    # Overlay operations raise on invalid input; check on a repaired copy.
    bad = np.flatnonzero(~shapely.is_valid(arr) & ~shapely.is_missing(arr))
    for i in bad:
        arr[i] = _make_valid(arr[i])
    return arr


def find_overlaps(
    geoms_ll: npt.ArrayLike, ids: Sequence[IdT], min_area_m2: float = 0.0
) -> list[Overlap[IdT]]:
    """Return every pair of features whose interiors overlap by more than a threshold.

    Pairs are reported once (``id_a`` comes first in the input); features that only
    touch along an edge or at a point have zero overlap area and are not reported.

    Parameters
    ----------
    geoms_ll : array_like of shapely geometries
        Lon/lat in EPSG:4490. Invalid geometries are repaired for the check only.
    ids : sequence
        One id per geometry, returned in the results.
    min_area_m2 : float
        Report only overlaps larger than this geodesic area.

    >>> from shapely import box
    >>> [(a, b, round(m2)) for a, b, m2, _ in find_overlaps(
    ...     [box(116.0, 40.0, 116.01, 40.01), box(116.005, 40.0, 116.015, 40.01)],
    ...     ["A", "B"])]
    [('A', 'B', 474050)]
    """
    arr = _valid_array(geoms_ll)
    id_list = list(ids)
    if len(id_list) != len(arr):
        raise ValueError(f"{len(arr)} geometries but {len(id_list)} ids")
    left, right = shapely.STRtree(arr).query(arr, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if len(left) == 0:
        return []
    inter = shapely.intersection(arr[left], arr[right])
    areas = geodesic_areas_m2(inter)
    hits = np.flatnonzero(areas > max(min_area_m2, 0.0))
    return [
        Overlap(
            id_list[left[k]],
            id_list[right[k]],
            float(areas[k]),
            _polygonal_part(inter[k]),
        )
        for k in hits
    ]


def find_slivers_and_gaps(
    geoms_ll: npt.ArrayLike,
    ids: Sequence[IdT],
    max_area_m2: float,
    min_area_m2: float = 0.01,
) -> SliversAndGaps[IdT]:
    """Return overlaps and enclosed gaps no larger than ``max_area_m2``.

    Gaps are the holes of the union of all features that touch at least two
    features, so a deliberate hole inside a single zone is not a gap. Gaps open to
    the outside of the union are not found.

    Parameters
    ----------
    geoms_ll : array_like of shapely geometries
        Lon/lat in EPSG:4490.
    ids : sequence
        One id per geometry.
    max_area_m2 : float
        Largest geodesic area still considered a sliver or a gap.
    min_area_m2 : float
        Ignore slivers and gaps up to this area. Shared edges of features that were
        reprojected or converted separately no longer coincide exactly, which
        leaves overlaps and gaps of a few mm²; the default 0.01 m² hides that
        noise and nothing a planner could draw.

    >>> from shapely import box
    >>> ring = [box(116.0, 40.0, 116.03, 40.01), box(116.0, 40.02, 116.03, 40.03),
    ...         box(116.0, 40.01, 116.01, 40.02), box(116.01001, 40.01, 116.03, 40.02)]
    >>> result = find_slivers_and_gaps(ring, [1, 2, 3, 4], max_area_m2=2000)
    >>> [(round(g.area_m2), g.neighbour_ids) for g in result.gaps], result.slivers
    ([(948, (1, 2, 3, 4))], [])
    """
    overlaps = find_overlaps(geoms_ll, ids, min_area_m2)
    slivers = [o for o in overlaps if o.area_m2 <= max_area_m2]
    arr = _valid_array(geoms_ll)
    id_list = list(ids)
    union = shapely.union_all(arr)
    polys = [p for p in shapely.get_parts(union) if p.geom_type == "Polygon"]
    holes = np.array(
        [shapely.Polygon(ring) for p in polys for ring in p.interiors], dtype=object
    )
    if len(holes) == 0:
        return SliversAndGaps(slivers, [])
    areas = geodesic_areas_m2(holes)
    small = np.flatnonzero((areas > min_area_m2) & (areas <= max_area_m2))
    hole_idx, feat_idx = shapely.STRtree(arr).query(
        holes[small], predicate="intersects"
    )
    gaps = []
    for k, hole in enumerate(small):
        neighbours = tuple(id_list[i] for i in sorted(feat_idx[hole_idx == k]))
        if len(neighbours) >= 2:
            gaps.append(Gap(float(areas[hole]), holes[hole], neighbours))
    return SliversAndGaps(slivers, gaps)


def outside_districts(
    geom_ll: BaseGeometry | None,
    district_geoms_ll: npt.ArrayLike,
    tolerance_m: float = 50.0,
) -> float:
    """Return the share (0..1) of a geometry lying outside the given districts.

    The check runs in the feature's own Gauss-Krueger zone with the districts'
    union grown by ``tolerance_m``, because district outlines converted from web
    maps and indicative zone boundaries disagree by tens of metres along shared
    edges; without it every zone drawn along a district border would be flagged.

    Parameters
    ----------
    geom_ll : shapely.Geometry
        Lon/lat in EPSG:4490. A point or line counts as 0 (inside) or 1 (outside).
    district_geoms_ll : array_like of shapely geometries
        The districts the feature should lie in, lon/lat in EPSG:4490.
    tolerance_m : float
        Buffer in metres applied to the districts' union.

    >>> from shapely import box
    >>> share = outside_districts(box(116.0, 40.0, 116.02, 40.01),
    ...                           [box(115.9, 39.9, 116.01, 40.1)], tolerance_m=0)
    >>> print(f"{share:.3f}")
    0.500
    """
    if geom_ll is None or geom_ll.is_empty:
        return 0.0
    districts = _valid_array(district_geoms_ll)
    geom = _valid_array([geom_ll])[0]
    code = gk_zone_epsg(shapely.centroid(geom).x)
    geom_m = transform_geometry(geom, STORAGE_EPSG, code)
    area_m = shapely.union_all(transform_geometry(districts, STORAGE_EPSG, code))
    if tolerance_m > 0:
        area_m = shapely.buffer(area_m, tolerance_m)
    total = shapely.area(geom_m)
    if total <= 0:
        return 0.0 if shapely.covers(area_m, geom_m) else 1.0
    outside = shapely.area(shapely.difference(geom_m, area_m))
    return float(min(max(outside / total, 0.0), 1.0))
