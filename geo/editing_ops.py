"""Pure geometry operations behind the editing tools.

Every function takes and returns shapely geometries in one CRS (the caller's
choice: storage lon/lat or display metres) and never mutates its input.
Vertex addresses are the ``(part, ring, index)`` paths of :mod:`geo.snapping`.
Failures raise :class:`EditError` with a message fit for a planner.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely import ops

Path = tuple[int, int, int]


class EditError(ValueError):
    """An edit cannot be applied to this geometry (message says why)."""


# --- decomposition -------------------------------------------------------
def _polygons(geom: shapely.Geometry) -> list[shapely.Polygon]:
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def _rings(poly: shapely.Polygon) -> list[np.ndarray]:
    return [shapely.get_coordinates(r).copy() for r in [poly.exterior, *poly.interiors]]


def _build(parts: list[list[np.ndarray]], like: shapely.Geometry) -> shapely.Geometry:
    polys = [shapely.Polygon(rings[0], rings[1:]) for rings in parts]
    if like.geom_type == "Polygon" and len(polys) == 1:
        return polys[0]
    return shapely.MultiPolygon(polys)


def as_multipolygon(geom: shapely.Geometry) -> shapely.MultiPolygon:
    """Return the polygonal content of ``geom`` as a MultiPolygon.

    >>> as_multipolygon(shapely.box(0, 0, 1, 1)).geom_type
    'MultiPolygon'
    """
    return shapely.MultiPolygon(_polygons(geom))


# --- vertices --------------------------------------------------------------
def move_vertex(
    geom: shapely.Geometry, path: Path, x: float, y: float
) -> shapely.Geometry:
    """Return ``geom`` with the vertex at ``path`` moved to (x, y).

    Moving vertex 0 of a ring moves its closing copy too.

    >>> move_vertex(shapely.box(0, 0, 1, 1), (0, 0, 0), 2.0, 0.0).bounds
    (0.0, 0.0, 2.0, 1.0)
    """
    parts = [_rings(p) for p in _polygons(geom)]
    part, ring, index = path
    try:
        coords = parts[part][ring]
    except IndexError:
        raise EditError(f"no vertex at {path}") from None
    n = len(coords) - 1
    if not 0 <= index < n:
        raise EditError(f"no vertex at {path}")
    coords[index] = (x, y)
    if index == 0:
        coords[-1] = (x, y)
    return _build(parts, geom)


def insert_vertex(
    geom: shapely.Geometry, segment: Path, x: float, y: float
) -> shapely.Geometry:
    """Return ``geom`` with (x, y) inserted after vertex ``segment[2]`` of a ring.

    >>> len(insert_vertex(shapely.box(0, 0, 1, 1), (0, 0, 0), 1.0, 0.5).exterior.coords)
    6
    """
    parts = [_rings(p) for p in _polygons(geom)]
    part, ring, index = segment
    try:
        coords = parts[part][ring]
    except IndexError:
        raise EditError(f"no segment at {segment}") from None
    if not 0 <= index < len(coords) - 1:
        raise EditError(f"no segment at {segment}")
    parts[part][ring] = np.insert(coords, index + 1, (x, y), axis=0)
    return _build(parts, geom)


def delete_vertex(geom: shapely.Geometry, path: Path) -> shapely.Geometry:
    """Return ``geom`` without the vertex at ``path``.

    Raises EditError if the ring would keep fewer than three vertices.

    >>> tri = shapely.Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    >>> delete_vertex(tri, (0, 0, 3)).area
    0.5
    """
    parts = [_rings(p) for p in _polygons(geom)]
    part, ring, index = path
    try:
        coords = parts[part][ring]
    except IndexError:
        raise EditError(f"no vertex at {path}") from None
    n = len(coords) - 1
    if not 0 <= index < n:
        raise EditError(f"no vertex at {path}")
    if n <= 3:
        raise EditError("a ring needs at least three vertices; delete the feature")
    body = np.delete(coords[:-1], index, axis=0)
    parts[part][ring] = np.vstack([body, body[:1]])
    return _build(parts, geom)


def vertices_at(
    geoms: Sequence[shapely.Geometry], x: float, y: float, tolerance: float
) -> list[tuple[int, Path]]:
    """Return every (feature index, path) whose vertex lies within ``tolerance``.

    Used for topological editing: a shared boundary vertex is moved on every
    neighbour that has it, so the neighbours stay edge-matched.

    >>> vertices_at([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)], 1, 0, 1e-9)
    [(0, (0, 0, 0)), (1, (0, 0, 3))]
    """
    hits = []
    for fi, geom in enumerate(geoms):
        for pi, poly in enumerate(_polygons(geom)):
            for ri, ring in enumerate(_rings(poly)):
                d = np.hypot(ring[:-1, 0] - x, ring[:-1, 1] - y)
                hits += [(fi, (pi, ri, int(k))) for k in np.flatnonzero(d <= tolerance)]
    return hits


def project_on_segment(
    a: tuple[float, float], b: tuple[float, float], x: float, y: float
) -> tuple[float, float]:
    """Return the point of segment ``a``-``b`` nearest to (x, y).

    A vertex picked in the display CRS comes back to lon/lat a little off the
    stored straight segment; projecting it keeps "add vertex" shape-preserving.

    >>> project_on_segment((1, 0), (1, 1), 1.2, 0.5)
    (1.0, 0.5)
    """
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    n2 = dx * dx + dy * dy
    t = 0.0 if n2 == 0 else ((x - ax) * dx + (y - ay) * dy) / n2
    t = min(1.0, max(0.0, t))
    return float(ax + t * dx), float(ay + t * dy)


def segments_between(
    geoms: Sequence[shapely.Geometry],
    a: tuple[float, float],
    b: tuple[float, float],
    tolerance: float,
) -> list[tuple[int, Path]]:
    """Return every (feature index, segment path) running from ``a`` to ``b``.

    Either direction counts; a segment path ``(part, ring, k)`` names the
    segment from vertex ``k`` to ``k + 1`` (as :func:`insert_vertex` takes it).
    Used for topological editing: a vertex added on a shared edge is added to
    every neighbour that has the same edge, so they stay edge-matched.

    >>> segments_between([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
    ...                  (1, 0), (1, 1), 1e-9)
    [(0, (0, 0, 0)), (1, (0, 0, 2))]
    """
    ax, ay = a
    bx, by = b
    hits: list[tuple[int, Path]] = []
    for fi, geom in enumerate(geoms):
        for pi, poly in enumerate(_polygons(geom)):
            for ri, ring in enumerate(_rings(poly)):
                p, q = ring[:-1], ring[1:]
                near_a_p = np.hypot(p[:, 0] - ax, p[:, 1] - ay) <= tolerance
                near_b_q = np.hypot(q[:, 0] - bx, q[:, 1] - by) <= tolerance
                near_b_p = np.hypot(p[:, 0] - bx, p[:, 1] - by) <= tolerance
                near_a_q = np.hypot(q[:, 0] - ax, q[:, 1] - ay) <= tolerance
                same = (near_a_p & near_b_q) | (near_b_p & near_a_q)
                hits += [(fi, (pi, ri, int(k))) for k in np.flatnonzero(same)]
    return hits


def insert_shared_vertex(
    geoms: Sequence[shapely.Geometry],
    a: tuple[float, float],
    b: tuple[float, float],
    x: float,
    y: float,
    tolerance: float,
) -> dict[int, shapely.Geometry]:
    """Insert (x, y) into every segment running between ``a`` and ``b``.

    Returns the changed geometries by feature index (inputs are not mutated).
    A feature with several such segments gets the vertex in each of them.

    >>> out = insert_shared_vertex([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1),
    ...                             shapely.box(5, 5, 6, 6)], (1, 0), (1, 1), 1.0, 0.5, 1e-9)
    >>> sorted(out), [len(g.exterior.coords) for g in out.values()]
    ([0, 1], [6, 6])
    """
    by_feature: dict[int, list[Path]] = {}
    for fi, path in segments_between(geoms, a, b, tolerance):
        by_feature.setdefault(fi, []).append(path)
    out: dict[int, shapely.Geometry] = {}
    for fi, paths in by_feature.items():
        geom = geoms[fi]
        # Highest index first, so earlier segment paths stay valid.
        for path in sorted(paths, key=lambda p: (p[0], p[1], -p[2])):
            geom = insert_vertex(geom, path, x, y)
        out[fi] = geom
    return out


# --- whole-feature operations ---------------------------------------------
def split_polygon(
    geom: shapely.Geometry, line: shapely.LineString
) -> list[shapely.Geometry]:
    """Split a (multi)polygon by a line; return the pieces, largest first.

    Raises EditError unless the line crosses the polygon from side to side.

    >>> pieces = split_polygon(shapely.box(0, 0, 2, 1),
    ...                        shapely.LineString([(1, -1), (1, 2)]))
    >>> [p.area for p in pieces]
    [1.0, 1.0]
    """
    if line is None or line.is_empty or len(line.coords) < 2:
        raise EditError("draw a line with at least two points")
    pieces: list[shapely.Geometry] = []
    for poly in _polygons(geom):
        pieces += list(ops.split(poly, line).geoms) if poly.intersects(line) else [poly]
    if len(pieces) <= len(_polygons(geom)):
        raise EditError(
            "the split line must cross the polygon from one side to the other"
        )
    return sorted(pieces, key=lambda p: -p.area)


def merge_polygons(geoms: Sequence[shapely.Geometry]) -> shapely.MultiPolygon:
    """Return the union of polygons as a MultiPolygon (disjoint parts kept).

    >>> merge_polygons([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)]).area
    2.0
    """
    if len(geoms) < 2:
        raise EditError("select at least two features to merge")
    merged = shapely.union_all([shapely.make_valid(g) for g in geoms])
    out = as_multipolygon(merged)
    if out.is_empty:
        raise EditError("the selection has no area to merge")
    return out


def reshape_polygon(
    geom: shapely.Geometry, line: shapely.LineString
) -> shapely.Geometry:
    """Replace the boundary stretch between the line's first and last crossing.

    A line drawn outside the polygon adds the area it encloses; a line drawn
    across it cuts off the smaller side (as QGIS's reshape tool does).

    >>> square = shapely.box(0, 0, 2, 2)
    >>> reshape_polygon(square, shapely.LineString([(1, -1), (1, 3)])).area
    2.0
    >>> bump = shapely.LineString([(0.5, 1.9), (0.5, 3), (1.5, 3), (1.5, 1.9)])
    >>> round(reshape_polygon(square, bump).area, 6)
    5.0
    """
    polys = _polygons(geom)
    if line is None or len(line.coords) < 2:
        raise EditError("draw a line with at least two points")
    target = [i for i, p in enumerate(polys) if p.boundary.crosses(line)]
    if not target:
        raise EditError("the reshape line must cross the boundary at least twice")
    i = target[0]
    poly = polys[i]
    pieces = list(
        shapely.get_parts(shapely.polygonize([shapely.union(poly.exterior, line)]))
    )
    shell = shapely.Polygon(poly.exterior)
    inside = [p for p in pieces if shell.contains(p.representative_point())]
    outside = [p for p in pieces if not shell.contains(p.representative_point())]
    if not inside or len(pieces) < 2:
        raise EditError("the reshape line must cross the boundary at least twice")
    result = shapely.union_all([max(inside, key=lambda p: p.area), *outside])
    for hole in poly.interiors:
        result = result.difference(shapely.Polygon(hole))
    new = _polygons(result)
    if not new:
        raise EditError("the reshape would remove the whole polygon")
    polys[i : i + 1] = new
    out = shapely.MultiPolygon(polys)
    return out if geom.geom_type == "MultiPolygon" or len(polys) > 1 else polys[0]


def add_hole(geom: shapely.Geometry, ring: shapely.Polygon) -> shapely.Geometry:
    """Return ``geom`` with ``ring`` cut out as a hole; the ring must lie inside.

    >>> add_hole(shapely.box(0, 0, 4, 4), shapely.box(1, 1, 2, 2)).area
    15.0
    """
    if ring is None or ring.is_empty or not ring.is_valid or ring.area <= 0:
        raise EditError(
            "draw a hole with at least three vertices that does not cross itself"
        )
    if not any(p.contains(ring) for p in _polygons(geom)):
        raise EditError("the hole must lie completely inside the polygon")
    out = as_multipolygon(shapely.difference(geom, ring))
    return (
        out
        if geom.geom_type == "MultiPolygon"
        else (out.geoms[0] if len(out.geoms) == 1 else out)
    )


def remove_hole(geom: shapely.Geometry, x: float, y: float) -> shapely.Geometry:
    """Return ``geom`` with the hole containing (x, y) filled.

    >>> donut = add_hole(shapely.box(0, 0, 4, 4), shapely.box(1, 1, 2, 2))
    >>> remove_hole(donut, 1.5, 1.5).area
    16.0
    """
    pt = shapely.Point(x, y)
    parts = [_rings(p) for p in _polygons(geom)]
    for rings in parts:
        for k in range(1, len(rings)):
            if shapely.Polygon(rings[k]).contains(pt):
                del rings[k]
                return _build(parts, geom)
    raise EditError("click inside a hole to remove it")


def translate(geom: shapely.Geometry, dx: float, dy: float) -> shapely.Geometry:
    """Return ``geom`` moved by (dx, dy) in its own units.

    >>> translate(shapely.Point(1, 2), 1, 1).coords[0]
    (2.0, 3.0)
    """
    return shapely.transform(geom, lambda xy: xy + np.array([dx, dy]))


def vertex_xy(geom: shapely.Geometry, path: Path) -> tuple[float, float]:
    """Return the coordinates of the vertex at ``path`` (a geo.snapping path).

    Snapping runs in the display CRS; the tools take the snapped vertex's
    exact storage coordinates from here so shared vertices stay identical.

    >>> vertex_xy(shapely.box(0, 0, 1, 1), (0, 0, 1))
    (1.0, 1.0)
    """
    part, ring, index = path
    try:
        x, y = _rings(_polygons(geom)[part])[ring][index]
    except IndexError:
        raise EditError(f"no vertex at {path}") from None
    return float(x), float(y)
