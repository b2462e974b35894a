"""Immutable render snapshots: what to draw for one view, frozen on the GUI thread.

A :class:`RenderSnapshot` holds, per visible layer, geometry already projected
to the display CRS, clipped to the view and simplified to its pixel size, with
one class index per feature and the style. Painting it needs no access to the
model, so a worker thread (canvas) or a print job can paint it while the user
keeps editing (STYLE.md §2.3).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import shapely

from gui.render.density import DensitySymbol
from gui.render.prepare import (
    PathArrays,
    clip_to_view,
    label_anchors,
    path_arrays,
    point_grid,
    projected_bounds,
    projected_geometry,
    view_cached,
    visible_point_indices,
)
from layers.style import LayerStyle, density_settings, label_priority, shows_density
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

MUTED_COLOR = "#bdbdbd"
MUTED_ALPHA = 0.25
#: Point layers label only views with at most this many visible points.
MAX_POINT_LABELS = 3000
MAX_LABELS_PER_LAYER = 2000
#: Category values drawn as outlines only, per source table (faint basemap).
OUTLINE_ONLY_DEFAULTS: dict[str, tuple[str, ...]] = {"basemap": ("district",)}
#: Features larger than this (km², display CRS) are drawn as a coloured outline
#: without fill, per source table, so a prefecture-sized platform (张家口,
#: 承德) does not flood the view; ``style.extra["restrain_above_km2"]``
#: overrides (0: never).
RESTRAIN_KM2_DEFAULTS: dict[str, float] = {"zones": 5000.0}
#: Tables whose labels go beside the feature, never over it (a case parcel);
#: ``extra["label_placement"]`` = "outside" / "centre".
LABEL_OUTSIDE_DEFAULTS: tuple[str, ...] = ("conversion_cases",)


@dataclass(frozen=True)
class ClassSymbol:
    """How one class of a layer is drawn."""

    color: str
    alpha: float
    fill: bool = True
    outline: str | None = None  # None: the layer's outline colour


@dataclass(frozen=True)
class PointArrays:
    """Points in display-CRS metres with a class index each."""

    x: np.ndarray
    y: np.ndarray
    classes: np.ndarray


@dataclass(frozen=True)
class LabelSet:
    """Label candidates of one layer, best first (display-CRS metres)."""

    x: np.ndarray
    y: np.ndarray
    texts: tuple[str, ...]
    size_pt: float
    color: str
    priority: int = 0
    #: (n, 4) feature bounds (display-CRS metres) when labels go outside them.
    boxes: np.ndarray | None = None


@dataclass(frozen=True)
class LayerSnapshot:
    """One layer, ready to paint."""

    layer_id: str
    name: str
    revision: int
    geometry_type: str
    style: LayerStyle
    opacity: float
    symbols: tuple[ClassSymbol, ...]
    paths: PathArrays | None = None
    points: PointArrays | None = None
    labels: LabelSet | None = None
    selected_paths: PathArrays | None = None
    selected_points: PointArrays | None = None
    #: Set when ``points`` are drawn as a density surface at this scale.
    density: DensitySymbol | None = None


@dataclass(frozen=True)
class RenderSnapshot:
    """Everything one frame needs; layers bottom to top."""

    viewport: Viewport
    layers: tuple[LayerSnapshot, ...]

    @property
    def feature_count(self) -> int:
        """Return the number of features/points in the snapshot."""
        n = 0
        for lyr in self.layers:
            n += len(lyr.points.x) if lyr.points is not None else 0
            n += int(lyr.paths.starts.sum()) if lyr.paths is not None else 0
        return n


def _symbols(layer: VectorLayer) -> tuple[ClassSymbol, ...]:
    style = layer.style
    outline_only = set(
        style.extra.get(
            "outline_only", OUTLINE_ONLY_DEFAULTS.get(layer.source.table or "", ())
        )
    )
    values = [c.value for c in style.categories] if style.mode == "categorized" else []
    syms = []
    for i, color in enumerate(style.palette()):
        value = values[i] if i < len(values) else None
        syms.append(ClassSymbol(color, style.fill_alpha, value not in outline_only))
    syms.append(ClassSymbol(MUTED_COLOR, MUTED_ALPHA, True))
    if style.muted:
        syms = [ClassSymbol(MUTED_COLOR, MUTED_ALPHA, s.fill) for s in syms]
    if layer.geometry_type == "polygon":
        # Restrained twins of each class: coloured outline, no fill.
        syms += [ClassSymbol(s.color, s.alpha, False, s.color) for s in syms[:-1]]
    return tuple(syms)


def restrain_km2(layer: VectorLayer) -> float:
    """Return the area above which the layer's polygons are drawn unfilled."""
    value = layer.style.extra.get(
        "restrain_above_km2", RESTRAIN_KM2_DEFAULTS.get(layer.source.table or "", 0)
    )
    return float(value or 0.0)


def _large(layer: VectorLayer, epsg: int) -> np.ndarray:
    """Return a bool per feature: larger than :func:`restrain_km2` (cached)."""
    limit = restrain_km2(layer)

    def build() -> np.ndarray:
        area = shapely.area(projected_geometry(layer, epsg)) / 1e6
        return np.asarray(area > limit)

    return layer.cached(("large", epsg, limit), build)


def _classes(
    layer: VectorLayer, muted_fids: np.ndarray | None, epsg: int | None = None
) -> np.ndarray:
    """Return each feature's class index; muted features get the last class.

    With ``epsg`` (polygons), features above :func:`restrain_km2` take their
    class's restrained twin (see :func:`_symbols`).
    """
    holder: dict[str, Any] = layer.cached(("classes",), dict)
    if holder.get("style_revision") != layer.style_revision:
        indices = layer.style.class_indices(layer.gdf)
        small = 2 * len(layer.style.palette()) + 1 < 256
        holder["classes"] = indices.astype(np.uint8 if small else np.int32)
        holder["style_revision"] = layer.style_revision
    cls: np.ndarray = holder["classes"]
    n_palette = len(layer.style.palette())
    if epsg is not None and restrain_km2(layer) > 0 and not layer.style.muted:
        large = _large(layer, epsg)
        if large.any():
            cls = cls.copy()
            cls[large] += n_palette + 1
    if muted_fids is not None and len(muted_fids):
        cls = cls.copy()
        cls[np.isin(layer.gdf.index.to_numpy(), muted_fids)] = n_palette
    return cls


def _selected_mask(layer: VectorLayer, feature_idx: np.ndarray) -> np.ndarray:
    if not len(layer.selection):
        return np.zeros(len(feature_idx), dtype=bool)
    fids = layer.gdf.index.to_numpy()[feature_idx]
    return np.isin(fids, layer.selection)


def _labels(
    layer: VectorLayer, vp: Viewport, feature_idx: np.ndarray, n_visible: int
) -> LabelSet | None:
    style = layer.style
    if not layer.has_labels() or n_visible == 0:
        return None
    if layer.geometry_type == "point" and n_visible > MAX_POINT_LABELS:
        return None
    xy, prio = label_anchors(layer, vp.epsg)
    xmin, ymin, xmax, ymax = vp.extent
    sub = xy[feature_idx]
    inside = (sub[:, 0] >= xmin) & (sub[:, 0] <= xmax)
    inside &= (sub[:, 1] >= ymin) & (sub[:, 1] <= ymax)
    idx = feature_idx[inside]
    if layer.geometry_type != "point":
        idx = idx[np.argsort(-prio[idx], kind="stable")]
    idx = idx[:MAX_LABELS_PER_LAYER]
    raw = layer.gdf[style.label_field].to_numpy()[idx]
    keep = [i for i, t in enumerate(raw) if t is not None and str(t) not in ("", "nan")]
    idx = idx[keep]
    texts = tuple(str(raw[i]) for i in keep)
    table = layer.source.table or ""
    priority = label_priority(style, table)
    default_place = "outside" if table in LABEL_OUTSIDE_DEFAULTS else "centre"
    outside = style.extra.get("label_placement", default_place) == "outside"
    boxes = None
    if outside and layer.geometry_type != "point":
        boxes = np.asarray(projected_bounds(layer, vp.epsg))[idx]
    return LabelSet(
        xy[idx, 0],
        xy[idx, 1],
        texts,
        style.label_size,
        style.label_color,
        priority,
        boxes,
    )


def _polygon_layer(
    layer: VectorLayer,
    vp: Viewport,
    syms: tuple[ClassSymbol, ...],
    muted: np.ndarray | None,
) -> LayerSnapshot:
    idx, geoms = clip_to_view(layer, vp.epsg, vp.extent, vp.mupp)
    cls = _classes(layer, muted, vp.epsg)
    muted_key = None if muted is None else hash(np.asarray(muted).tobytes())
    key = ("paths", vp.epsg, vp.extent, vp.mupp, layer.style_revision, muted_key)
    paths = view_cached(layer, key, lambda: path_arrays(geoms, cls[idx], len(syms)))
    sel = _selected_mask(layer, idx)
    selected = None
    if sel.any():
        full = projected_geometry(layer, vp.epsg)[idx[sel]]
        selected = path_arrays(full, np.zeros(int(sel.sum()), int), 1)
    return LayerSnapshot(
        layer.id,
        layer.name,
        layer.revision,
        layer.geometry_type,
        layer.style,
        layer.opacity,
        syms,
        paths=paths,
        labels=_labels(layer, vp, idx, len(idx)),
        selected_paths=selected,
    )


def _point_layer(
    layer: VectorLayer,
    vp: Viewport,
    syms: tuple[ClassSymbol, ...],
    muted: np.ndarray | None,
) -> LayerSnapshot:
    grid = point_grid(layer, vp.epsg)
    pad = (layer.style.point_size + 2) * vp.mupp * vp.dpi / 96.0
    ext = (
        vp.extent[0] - pad,
        vp.extent[1] - pad,
        vp.extent[2] + pad,
        vp.extent[3] + pad,
    )
    idx = visible_point_indices(grid, ext)
    cls = _classes(layer, muted)
    if idx is None:
        pts = PointArrays(grid.x, grid.y, cls)
        all_idx = None
    else:
        pts = PointArrays(grid.x[idx], grid.y[idx], cls[idx])
        all_idx = idx
    selected = None
    if len(layer.selection):
        sel_idx = np.flatnonzero(np.isin(layer.gdf.index.to_numpy(), layer.selection))
        selected = PointArrays(
            grid.x[sel_idx], grid.y[sel_idx], np.zeros(len(sel_idx), np.uint8)
        )
    n_visible = len(pts.x)
    label_idx = np.arange(len(grid.x)) if all_idx is None else all_idx
    labels = None
    density = None
    if shows_density(layer.style, vp.scale_denominator):
        settings = density_settings(layer.style) or {}
        density = DensitySymbol(cell_px=float(settings.get("cell_px", 8.0)))
    elif n_visible <= MAX_POINT_LABELS:
        labels = _labels(layer, vp, label_idx, n_visible)
    return LayerSnapshot(
        layer.id,
        layer.name,
        layer.revision,
        layer.geometry_type,
        layer.style,
        layer.opacity,
        syms,
        points=pts,
        labels=labels,
        selected_points=selected,
        density=density,
    )


class LayerStack(Protocol):
    """What a snapshot draws: a :class:`Project` or a print map's subset of it."""

    def draw_order(self) -> list[VectorLayer]:
        """Return the layers bottom to top."""
        ...


def build_snapshot(
    project: LayerStack,
    viewport: Viewport,
    *,
    muted_fids: Mapping[str, np.ndarray] | None = None,
    layer_filter: Callable[[VectorLayer], bool] | None = None,
) -> RenderSnapshot:
    """Freeze what to draw for ``viewport`` (display-CRS metres).

    Parameters
    ----------
    project : LayerStack
        The model (or a map item's layers); visible layers are drawn bottom
        to top.
    viewport : Viewport
        The view; its ``epsg`` is the display CRS geometry is projected to.
    muted_fids : mapping of layer id to fids, optional
        Features drawn greyed out (e.g. the zones around an atlas page's zone).
    layer_filter : callable, optional
        Return False to leave a layer out (print layouts, overview insets).

    Returns
    -------
    RenderSnapshot
    """
    out: list[LayerSnapshot] = []
    for layer in project.draw_order():
        if not layer.visible or layer.opacity <= 0.0 or layer.feature_count == 0:
            continue
        if layer_filter is not None and not layer_filter(layer):
            continue
        muted = None
        if muted_fids is not None and layer.id in muted_fids:
            muted = np.asarray(muted_fids[layer.id], dtype=np.int64)
        syms = _symbols(layer)
        if layer.geometry_type == "point":
            out.append(_point_layer(layer, viewport, syms, muted))
        else:
            out.append(_polygon_layer(layer, viewport, syms, muted))
    return RenderSnapshot(viewport, _density_under_zones(out, project))


def _density_under_zones(
    out: list[LayerSnapshot], project: LayerStack
) -> tuple[LayerSnapshot, ...]:
    """Move density surfaces just above the basemap, under every zone layer."""
    surfaces = [lyr for lyr in out if lyr.density is not None]
    if not surfaces:
        return tuple(out)
    rest = [lyr for lyr in out if lyr.density is None]
    tables = {lyr.id: lyr.source.table for lyr in project.draw_order()}
    base = [i for i, lyr in enumerate(rest) if tables.get(lyr.layer_id) == "basemap"]
    at = base[-1] + 1 if base else 0
    return tuple(rest[:at] + surfaces + rest[at:])
