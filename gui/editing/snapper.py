"""Snapping for the editing tools: vertices, then segments, within N pixels.

Search runs in the display CRS (metres) with :mod:`geo.snapping`, so the
radius is a circle on screen; a vertex hit returns the vertex's exact stored
lon/lat, so two neighbours sharing a snapped vertex share it bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from geo.crs import transform_geometry, transform_xy
from geo.editing_ops import vertex_xy
from geo.snapping import nearest_point_on_segment, nearest_vertex
from layers.project import Project
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

STORAGE_EPSG = 4490


@dataclass
class SnapSettings:
    """What to snap to: on/off, radius, vertices/segments, which layers (None = all polygon layers)."""

    enabled: bool = True
    tolerance_px: float = 10.0
    vertices: bool = True
    segments: bool = True
    layer_ids: list[str] | None = None
    topological: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SnapHit:
    """A snap: display-CRS point, storage lon/lat, and what was hit."""

    x_map: float
    y_map: float
    x_ll: float
    y_ll: float
    kind: str  # vertex | segment
    layer_id: str
    fid: int
    path: tuple[int, int, int]


def projected(layer: VectorLayer, epsg: int) -> np.ndarray:
    """Return the layer's geometries in ``epsg`` (cached per layer revision)."""
    return layer.cached(
        ("edit-projected", epsg),
        lambda: np.asarray(
            transform_geometry(
                np.asarray(layer.gdf.geometry.values, dtype=object), STORAGE_EPSG, epsg
            ),
            dtype=object,
        ),
    )


class Snapper:
    """Find snap targets on a project's layers for a cursor position."""

    def __init__(
        self, project: Project | None, settings: SnapSettings | None = None
    ) -> None:
        self.project = project
        self.settings = settings or SnapSettings()

    def layers(self) -> list[VectorLayer]:
        """Return the layers snapped to."""
        if self.project is None:
            return []
        ids = self.settings.layer_ids
        return [
            lyr
            for lyr in self.project.layers
            if lyr.geometry_type == "polygon"
            and lyr.visible
            and (ids is None or lyr.id in ids)
        ]

    def snap(
        self,
        x_map: float,
        y_map: float,
        vp: Viewport,
        exclude: tuple[str, int] | None = None,
    ) -> SnapHit | None:
        """Return the nearest vertex (preferred) or segment point within the radius."""
        s = self.settings
        if not s.enabled:
            return None
        tol = s.tolerance_px * vp.mupp
        best: SnapHit | None = None
        best_d = np.inf
        for kind, finder in (
            ("vertex", nearest_vertex),
            ("segment", nearest_point_on_segment),
        ):
            if (kind == "vertex" and not s.vertices) or (
                kind == "segment" and not s.segments
            ):
                continue
            for lyr in self.layers():
                geoms = projected(lyr, vp.epsg)
                if (
                    exclude is not None
                    and exclude[0] == lyr.id
                    and exclude[1] in lyr.gdf.index
                ):
                    geoms = geoms.copy()
                    geoms[lyr.gdf.index.get_loc(exclude[1])] = None
                hit = finder(geoms, x_map, y_map, tol)
                if hit is None or hit.distance >= best_d:
                    continue
                fid = int(lyr.gdf.index[hit.feature_index])
                if kind == "vertex":
                    x_ll, y_ll = vertex_xy(
                        lyr.gdf.geometry.iloc[hit.feature_index], hit.path
                    )
                else:
                    x_ll, y_ll = (
                        float(v)
                        for v in transform_xy(hit.x, hit.y, vp.epsg, STORAGE_EPSG)
                    )
                best = SnapHit(hit.x, hit.y, x_ll, y_ll, kind, lyr.id, fid, hit.path)
                best_d = hit.distance
            if best is not None:
                return best  # a vertex within the radius beats any segment
        return best
