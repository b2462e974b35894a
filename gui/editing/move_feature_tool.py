"""MoveFeatureTool: drag features (the selection, or the one under the cursor);
arrow keys nudge the selection by one pixel, merged into one undo step."""

from __future__ import annotations

from typing import Any

import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from geo.crs import transform_geometry
from geo.editing_ops import translate
from gui.editing.edit_tool import EditTool
from gui.editing.snapper import STORAGE_EPSG
from gui.map_tool import MapMouseEvent
from layers.editing.feature_commands import MoveFeatureCommand
from layers.vector_layer import VectorLayer

NUDGE_PX = 1.0


def moved(
    layer: VectorLayer, fids: list[int], dx_m: float, dy_m: float, epsg: int
) -> dict[int, Any]:
    """Return the features moved by (dx, dy) metres in the display CRS ``epsg``."""
    out = {}
    for fid in fids:
        g = transform_geometry(layer.gdf.geometry.loc[fid], STORAGE_EPSG, epsg)
        out[fid] = transform_geometry(translate(g, dx_m, dy_m), epsg, STORAGE_EPSG)
    return out


class MoveFeatureTool(EditTool):
    """Move whole features of the edit layer."""

    def __init__(self, canvas: Any, controller: Any, text: str) -> None:
        super().__init__(canvas, controller, text)
        self._start: tuple[float, float] | None = None
        self._fids: list[int] = []

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Grab the feature under the cursor (and the rest of the selection)."""
        layer = self.layer
        if layer is None or event.button != Qt.MouseButton.LeftButton:
            return
        _, _, x, y = self.point(event)
        pt = shapely.Point(x, y)
        under = [
            int(f)
            for f, g in layer.gdf.geometry.items()
            if g is not None and g.intersects(pt)
        ]
        if not under:
            return
        sel = [int(f) for f in layer.selection.tolist() if f in layer.gdf.index]
        self._fids = sel if under[0] in sel else under[:1]
        self._start = (event.x_map, event.y_map)

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Drop: one MoveFeatureCommand for the drag, snapped at the cursor."""
        layer, start, self._start = self.layer, self._start, None
        if layer is None or start is None:
            return
        xm, ym, _, _ = self.point(event, (layer.id, self._fids[0]))
        dx, dy = xm - start[0], ym - start[1]
        if dx == 0 and dy == 0:
            return
        geoms = moved(layer, self._fids, dx, dy, self.canvas.viewport.epsg)
        self.controller.push(MoveFeatureCommand(layer, geoms, self.tr("Move feature")))

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Arrow keys nudge the selection one pixel; consecutive nudges merge."""
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        layer = self.layer
        step = steps.get(Qt.Key(event.key()))
        if step is None or layer is None or not layer.selection.size:
            return False
        vp = self.canvas.viewport
        fids = [int(f) for f in layer.selection.tolist() if f in layer.gdf.index]
        d = NUDGE_PX * vp.mupp
        geoms = moved(layer, fids, step[0] * d, step[1] * d, vp.epsg)
        self.controller.push(
            MoveFeatureCommand(layer, geoms, self.tr("Nudge feature"), mergeable=True)
        )
        return True
