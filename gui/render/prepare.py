"""Geometry preparation for rendering: projection, point grid, clip and simplify.

Everything here is numpy/shapely (no Qt) and cached on the layer through
:meth:`layers.vector_layer.VectorLayer.cached`, so the cost is paid once per
(layer revision, display CRS) and, for clipping, once per view.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from geo.crs import transform_geometry, transform_xy
from layers.vector_layer import VectorLayer

STORAGE_EPSG = 4490
GRID_CELLS = 256
#: A view that covers more than this share of the grid draws all points.
ALL_POINTS_SHARE = 0.6
_VIEW_CACHE_SIZE = 6


@dataclass(frozen=True)
class PointGrid:
    """Projected points sorted into a coarse grid of cells (display CRS).

    ``order`` lists point indices sorted by cell (row-major); ``starts[c]`` is
    where cell ``c`` begins in ``order``.
    """

    x: np.ndarray
    y: np.ndarray
    bounds: tuple[float, float, float, float]
    cell_w: float
    cell_h: float
    order: np.ndarray
    starts: np.ndarray


@dataclass(frozen=True)
class PathArrays:
    """Rings or lines as flat coordinate arrays grouped by class (display CRS).

    ``xy`` holds the vertices of every ring, rings of a feature contiguous and
    features sorted by class; ``starts`` marks each ring's first vertex;
    ``class_offsets[k]:class_offsets[k+1]`` slices the vertices of class ``k``.
    """

    xy: np.ndarray
    starts: np.ndarray
    class_offsets: np.ndarray

    @property
    def vertex_count(self) -> int:
        """Return the number of vertices."""
        return int(len(self.xy))


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    a.flags.writeable = False
    return a


def projected_geometry(layer: VectorLayer, epsg: int) -> np.ndarray:
    """Return the layer's geometries in ``epsg`` (cached per revision)."""

    def build() -> np.ndarray:
        geoms = np.asarray(layer.gdf.geometry.values, dtype=object)
        return _frozen(transform_geometry(geoms, STORAGE_EPSG, epsg))

    return layer.cached(("proj", epsg), build)


def projected_bounds(layer: VectorLayer, epsg: int) -> np.ndarray:
    """Return an (n, 4) array of projected feature bounds (cached)."""
    return layer.cached(
        ("proj_bounds", epsg),
        lambda: _frozen(shapely.bounds(projected_geometry(layer, epsg))),
    )


def point_grid(layer: VectorLayer, epsg: int) -> PointGrid:
    """Return the projected points of ``layer`` in a coarse grid (cached)."""

    def build() -> PointGrid:
        lon, lat = layer.point_xy_ll()
        x, y = transform_xy(lon, lat, STORAGE_EPSG, epsg)
        ok = np.isfinite(x) & np.isfinite(y)
        if not ok.any():
            b = (0.0, 0.0, 1.0, 1.0)
        else:
            b = (x[ok].min(), y[ok].min(), x[ok].max(), y[ok].max())
        cw = max((b[2] - b[0]) / GRID_CELLS, 1e-9)
        ch = max((b[3] - b[1]) / GRID_CELLS, 1e-9)
        cx = np.clip(((x - b[0]) / cw).astype(np.int64, copy=False), 0, GRID_CELLS - 1)
        cy = np.clip(((y - b[1]) / ch).astype(np.int64, copy=False), 0, GRID_CELLS - 1)
        cell = np.where(ok, cy * GRID_CELLS + cx, GRID_CELLS * GRID_CELLS)
        order = np.argsort(cell, kind="stable").astype(np.int64)
        starts = np.searchsorted(cell[order], np.arange(GRID_CELLS * GRID_CELLS + 1))
        return PointGrid(
            _frozen(x),
            _frozen(y),
            (float(b[0]), float(b[1]), float(b[2]), float(b[3])),
            cw,
            ch,
            _frozen(order),
            _frozen(starts),
        )

    return layer.cached(("grid", epsg), build)


def visible_point_indices(
    grid: PointGrid, extent: tuple[float, float, float, float]
) -> np.ndarray | None:
    """Return indices of points in the grid cells meeting ``extent``.

    None means "all points" (the view covers most of the layer), so the caller
    can use the full arrays without a gather.
    """
    b = grid.bounds
    if extent[2] < b[0] or extent[0] > b[2] or extent[3] < b[1] or extent[1] > b[3]:
        return np.empty(0, dtype=np.int64)
    ix0 = int(np.clip((extent[0] - b[0]) // grid.cell_w, 0, GRID_CELLS - 1))
    ix1 = int(np.clip((extent[2] - b[0]) // grid.cell_w, 0, GRID_CELLS - 1))
    iy0 = int(np.clip((extent[1] - b[1]) // grid.cell_h, 0, GRID_CELLS - 1))
    iy1 = int(np.clip((extent[3] - b[1]) // grid.cell_h, 0, GRID_CELLS - 1))
    n_cells = (ix1 - ix0 + 1) * (iy1 - iy0 + 1)
    if n_cells >= ALL_POINTS_SHARE * GRID_CELLS * GRID_CELLS:
        return None
    rows = np.arange(iy0, iy1 + 1) * GRID_CELLS
    lo = grid.starts[rows + ix0]
    hi = grid.starts[rows + ix1 + 1]
    if len(lo) == 0 or int((hi - lo).sum()) == 0:
        return np.empty(0, dtype=np.int64)
    return np.concatenate([grid.order[a:z] for a, z in zip(lo, hi, strict=True)])


def view_cached(layer: VectorLayer, key: Hashable, build: Callable[[], Any]) -> Any:
    """Return a per-view value from a small LRU kept for the layer's revision."""
    lru: OrderedDict[Hashable, Any] = layer.cached(("view_lru",), OrderedDict)
    if key in lru:
        lru.move_to_end(key)
        return lru[key]
    value = build()
    lru[key] = value
    while len(lru) > _VIEW_CACHE_SIZE:
        lru.popitem(last=False)
    return value


def clip_to_view(
    layer: VectorLayer,
    epsg: int,
    extent: tuple[float, float, float, float],
    mupp: float,
    margin_px: float = 4.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Return (feature indices, geometries) clipped and simplified for a view.

    Geometries are clipped to ``extent`` grown by ``margin_px`` (so clip edges
    fall outside the image and are never stroked) and simplified to half a
    pixel, the detail a screen cannot show anyway. Cached per view.
    """

    def build() -> tuple[np.ndarray, np.ndarray]:
        m = margin_px * mupp
        xmin, ymin, xmax, ymax = (
            extent[0] - m,
            extent[1] - m,
            extent[2] + m,
            extent[3] + m,
        )
        b = projected_bounds(layer, epsg)
        hit = (
            (b[:, 0] <= xmax)
            & (b[:, 2] >= xmin)
            & (b[:, 1] <= ymax)
            & (b[:, 3] >= ymin)
        )
        idx = np.flatnonzero(hit)
        geoms = projected_geometry(layer, epsg)[idx]
        inside = (
            (b[idx, 0] >= xmin)
            & (b[idx, 2] <= xmax)
            & (b[idx, 1] >= ymin)
            & (b[idx, 3] <= ymax)
        )
        out = np.array(geoms, dtype=object)
        if (~inside).any():
            out[~inside] = shapely.clip_by_rect(geoms[~inside], xmin, ymin, xmax, ymax)
        out = shapely.simplify(out, 0.5 * mupp, preserve_topology=False)
        keep = ~(shapely.is_empty(out) | shapely.is_missing(out))
        return _frozen(idx[keep]), _frozen(out[keep])

    key = ("clip", epsg, extent, mupp, margin_px)
    clipped: tuple[np.ndarray, np.ndarray] = view_cached(layer, key, build)
    return clipped


def path_arrays(geoms: np.ndarray, classes: np.ndarray, n_classes: int) -> PathArrays:
    """Flatten polygons or lines into vertex arrays grouped by class.

    Parameters
    ----------
    geoms : numpy.ndarray of shapely geometries
        Polygons, lines or their multi-parts, in display-CRS metres.
    classes : numpy.ndarray of int
        Class index of each geometry, ``0 <= k < n_classes``.
    n_classes : int
        Number of classes (length of the palette).
    """
    if len(geoms) == 0:
        return PathArrays(
            np.empty((0, 2)), np.empty(0, bool), np.zeros(n_classes + 1, int)
        )
    order = np.argsort(classes, kind="stable")
    parts, part_feat = shapely.get_parts(geoms[order], return_index=True)
    is_poly = shapely.get_type_id(parts) == 3
    rings_p, ring_part = shapely.get_rings(parts[is_poly], return_index=True)
    ring_part = np.flatnonzero(is_poly)[ring_part]
    lines = parts[~is_poly]
    line_part = np.flatnonzero(~is_poly)
    # rings of polygons and plain lines, kept in part order so classes stay sorted
    all_rings = np.concatenate([rings_p, lines])
    all_part = np.concatenate([ring_part, line_part])
    ring_order = np.argsort(all_part, kind="stable")
    all_rings, all_part = all_rings[ring_order], all_part[ring_order]
    coords, ring_idx = shapely.get_coordinates(all_rings, return_index=True)
    starts = np.ones(len(coords), dtype=bool)
    starts[1:] = ring_idx[1:] != ring_idx[:-1]
    vertex_class = classes[order][part_feat[all_part[ring_idx]]]
    offsets = np.searchsorted(vertex_class, np.arange(n_classes + 1))
    return PathArrays(_frozen(coords), _frozen(starts), _frozen(offsets))


def label_anchors(layer: VectorLayer, epsg: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (xy anchors, priority) per feature in ``epsg`` (cached).

    Polygons anchor on :func:`shapely.point_on_surface` (always inside, unlike
    the centroid of a crescent) and rank by area; points rank by order.
    """

    def build() -> tuple[np.ndarray, np.ndarray]:
        geoms = projected_geometry(layer, epsg)
        pts = shapely.point_on_surface(geoms)
        xy = shapely.get_coordinates(pts)
        if len(xy) != len(geoms):  # empty geometries give no coordinate
            xy = np.full((len(geoms), 2), np.nan)
            ok = ~shapely.is_empty(pts)
            xy[ok] = shapely.get_coordinates(pts[ok])
        prio = (
            shapely.area(geoms)
            if layer.geometry_type == "polygon"
            else shapely.length(geoms)
        )
        return _frozen(xy), _frozen(np.nan_to_num(prio))

    return layer.cached(("anchors", epsg), build)
