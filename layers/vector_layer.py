"""VectorLayer: features in a GeoDataFrame (EPSG:4490 lon/lat) plus a style.

The frame's index is the feature id (``fid``, the row's primary key in the
project file). Point layers of a million features stay vectorised: the lon/lat
arrays are cached per revision (:meth:`VectorLayer.point_xy_ll`) and renderers
never iterate features in Python.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import geopandas as gpd
import numpy as np
import shapely

from layers.events import Event
from layers.style import LayerStyle

STORAGE_CRS = "EPSG:4490"
_ids = itertools.count(1)
_T = TypeVar("_T")


@dataclass
class LayerSource:
    """Where a layer comes from and is saved to.

    ``table`` names a project table (``zones``, ``enterprises``,
    ``conversion_cases``, ``basemap``); ``where`` restricts a shared table to a
    subset (e.g. ``{"kind": ["zgc_park"]}``); ``path`` is set for read-only
    layers added from a file on disk.
    """

    table: str | None = None
    where: dict[str, list[str]] = field(default_factory=dict)
    path: str | None = None


class VectorLayer:
    """A map layer: geometry + attributes + style + visibility + events.

    Mutate it only through commands (layers.layer_commands) from the GUI thread;
    every real change bumps :attr:`revision` and emits a specific event.
    """

    def __init__(
        self,
        name: str,
        gdf: gpd.GeoDataFrame,
        geometry_type: str,
        style: LayerStyle | None = None,
        source: LayerSource | None = None,
        read_only: bool = False,
        layer_id: str | None = None,
    ) -> None:
        if gdf.crs is None or gdf.crs.to_epsg() != 4490:
            raise ValueError(f"layer {name!r}: geometry must be in {STORAGE_CRS}")
        self.id = layer_id or f"layer{next(_ids)}"
        self.name = name
        self.gdf = gdf
        self.geometry_type = geometry_type  # polygon | point | line
        self.style = style or LayerStyle()
        self.source = source or LayerSource()
        self.read_only = read_only
        self.visible = True
        self.opacity = 1.0
        self.revision = 0
        self.style_revision = 0
        self.selection: np.ndarray = np.empty(0, dtype=np.int64)
        self.features_changed = Event()
        self.style_changed = Event()
        self.visibility_changed = Event()
        self.opacity_changed = Event()
        self.selection_changed = Event()
        self._cache: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return f"VectorLayer({self.name!r}, {len(self.gdf)} {self.geometry_type}s)"

    # --- reading -------------------------------------------------------
    @property
    def feature_count(self) -> int:
        """Return the number of features."""
        return len(self.gdf)

    def extent_ll(self) -> tuple[float, float, float, float] | None:
        """Return (xmin, ymin, xmax, ymax) in EPSG:4490 lon/lat, or None if empty."""
        if self.gdf.empty:
            return None
        key = ("extent", self.revision)
        if key not in self._cache:
            b = shapely.total_bounds(self.gdf.geometry.values)
            self._cache[key] = tuple(float(x) for x in b)
        extent: tuple[float, float, float, float] = self._cache[key]
        return extent

    def point_xy_ll(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (lon, lat) float64 arrays of point features, cached per revision."""
        key = ("xy", self.revision)
        if key not in self._cache:
            geoms = self.gdf.geometry.values
            x = shapely.get_x(geoms) if len(geoms) else np.empty(0)
            y = shapely.get_y(geoms) if len(geoms) else np.empty(0)
            self._cache = {
                k: v for k, v in self._cache.items() if k[1] == self.revision
            }
            self._cache[key] = (np.asarray(x, float), np.asarray(y, float))
        xy: tuple[np.ndarray, np.ndarray] = self._cache[key]
        return xy

    def cached(self, key: Hashable, build: Callable[[], _T]) -> _T:
        """Return a value cached for the current revision, building it if needed.

        ``key`` must not contain the revision; old revisions are dropped.
        """
        full = (key, self.revision)
        if full not in self._cache:
            self._cache = {
                k: v for k, v in self._cache.items() if k[1] == self.revision
            }
            self._cache[full] = build()
        value: _T = self._cache[full]
        return value

    def detached_copy(self) -> VectorLayer:
        """Return a read-only copy a worker thread can read while this one changes.

        Frame and selection are copied; style and source are immutable or
        replaced wholesale by commands, so they are shared.
        """
        lyr = VectorLayer(
            self.name,
            self.gdf.copy(),
            self.geometry_type,
            style=self.style,
            source=self.source,
            read_only=True,
            layer_id=self.id,
        )
        lyr.visible = self.visible
        lyr.opacity = self.opacity
        lyr.revision = self.revision
        lyr.style_revision = self.style_revision
        lyr.selection = self.selection.copy()
        return lyr

    def has_labels(self) -> bool:
        """Return True if the style names a label field present in the table."""
        return bool(self.style.label_field) and self.style.label_field in self.gdf

    # --- changing (called by commands) ---------------------------------
    def set_frame(self, gdf: gpd.GeoDataFrame) -> None:
        """Replace all features (commands and loaders only)."""
        self.gdf = gdf
        self._bump()

    def touch(self) -> None:
        """Mark features changed after an in-place edit of :attr:`gdf`."""
        self._bump()

    def _bump(self) -> None:
        self.revision += 1
        self.features_changed.emit(self)

    def set_style(self, style: LayerStyle) -> None:
        """Set the style; emit ``style_changed`` only on a real change."""
        if style != self.style:
            self.style = style
            self.style_revision += 1
            self.style_changed.emit(self)

    def set_visible(self, visible: bool) -> None:
        """Show or hide the layer; emit ``visibility_changed`` on change."""
        if bool(visible) != self.visible:
            self.visible = bool(visible)
            self.visibility_changed.emit(self)

    def set_opacity(self, opacity: float) -> None:
        """Set opacity in [0, 1]; emit ``opacity_changed`` on change."""
        opacity = float(min(1.0, max(0.0, opacity)))
        if opacity != self.opacity:
            self.opacity = opacity
            self.opacity_changed.emit(self)

    def set_selection(self, fids: Any) -> None:
        """Select features by fid (index values); emit on change."""
        arr = np.unique(
            np.asarray(
                list(fids) if not isinstance(fids, np.ndarray) else fids, dtype=np.int64
            )
        )
        if arr.shape != self.selection.shape or not np.array_equal(arr, self.selection):
            self.selection = arr
            self.selection_changed.emit(self)


def union_extent_ll(
    layers: Iterable[VectorLayer],
) -> tuple[float, float, float, float] | None:
    """Return the union of ``layers``' extents in EPSG:4490, or None if all empty."""
    exts = [e for lyr in layers if (e := lyr.extent_ll())]
    if not exts:
        return None
    return (
        min(e[0] for e in exts),
        min(e[1] for e in exts),
        max(e[2] for e in exts),
        max(e[3] for e in exts),
    )
