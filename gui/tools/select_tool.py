"""SelectTool: select features of the active layer by click or by rectangle.

Shift adds to the selection, Ctrl removes from it. A drag shorter than a few
pixels is a click. Selection is not a model edit (as in QGIS): it goes straight
to :meth:`VectorLayer.set_selection`, not through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from geo.crs import transform_geometry, transform_xy
from gui.map_tool import MapMouseEvent, MapTool
from gui.tools.identify_tool import STORAGE_EPSG, TOLERANCE_PX, tolerance_box_ll
from layers.query.selection import fids_at_point, select_within
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

CLICK_PX = 4.0


def combine_selection(
    current: np.ndarray, hits: np.ndarray, modifiers: Qt.KeyboardModifier
) -> np.ndarray:
    """Return the new selection: replace, add (Shift) or remove (Ctrl)."""
    if modifiers & Qt.KeyboardModifier.ShiftModifier:
        return np.union1d(current, hits)
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        return np.setdiff1d(current, hits)
    return np.asarray(hits, dtype=np.int64)


def rectangle_ll(x0: float, y0: float, x1: float, y1: float, epsg: int) -> Any:
    """Return a display-CRS rectangle as an EPSG:4490 polygon (edges densified)."""
    rect = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    step = max(rect.length / 64.0, 1.0)
    return transform_geometry(shapely.segmentize(rect, step), epsg, STORAGE_EPSG)


class SelectTool(MapTool):
    """Click or drag a rectangle to select features of the active layer.

    Signals
    -------
    message(str)
        A short status message (e.g. "no active layer").
    features_double_clicked(list)
        ``[(layer_id, fid)]``: the active layer's topmost feature under a
        double click (empty list if none); editing opens its attribute form.
    """

    message = Signal(str)
    features_double_clicked = Signal(list)

    def __init__(
        self, canvas: Any, active_layer: Callable[[], VectorLayer | None]
    ) -> None:
        super().__init__(canvas, cursor=Qt.CursorShape.CrossCursor)
        self._active_layer = active_layer
        self._start: MapMouseEvent | None = None
        self._current: MapMouseEvent | None = None
        self.action.setObjectName("action_select")
        self._band = self._draw_band
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the action's text and tooltip in the current language."""
        self.action.setText(QCoreApplication.translate("SelectTool", "Select features"))
        self.action.setToolTip(
            QCoreApplication.translate(
                "SelectTool", "Click or drag a rectangle; Shift adds, Ctrl removes"
            )
        )

    def activate(self) -> None:
        """Become the tool and show the rubber band overlay."""
        super().activate()
        if self._band not in self._rubber_bands:
            self.add_rubber_band(self._band)

    # --- events ------------------------------------------------------------
    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Start a click or a rectangle."""
        if event.button == Qt.MouseButton.LeftButton or (
            event.buttons & Qt.MouseButton.LeftButton
        ):
            self._start = self._current = event

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Stretch the rectangle."""
        if self._start is not None:
            self._current = event
            self.canvas.update()

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Select by click or by the dragged rectangle."""
        start, self._start, self._current = self._start, None, None
        if start is None:
            return
        self.canvas.update()
        if max(abs(event.x_px - start.x_px), abs(event.y_px - start.y_px)) < CLICK_PX:
            self.select_at(event.x_map, event.y_map, event.modifiers)
        else:
            self.select_rectangle(
                start.x_map, start.y_map, event.x_map, event.y_map, event.modifiers
            )

    def canvas_double_click_event(self, event: MapMouseEvent) -> None:
        """Announce the active layer's feature under the cursor (left button)."""
        if event.button != Qt.MouseButton.LeftButton:
            return
        self._start = self._current = None
        layer = self._layer()
        if layer is None:
            return
        hits = self.fids_at(layer, event.x_map, event.y_map)
        self.features_double_clicked.emit([(layer.id, int(f)) for f in hits[:1]])

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Esc cancels a rectangle being dragged."""
        if event.key() == Qt.Key.Key_Escape and self._start is not None:
            self._start = self._current = None
            self.canvas.update()
            return True
        return False

    # --- selecting -----------------------------------------------------------
    def _layer(self) -> VectorLayer | None:
        layer = self._active_layer()
        if layer is None:
            self.message.emit(
                QCoreApplication.translate(
                    "SelectTool", "Choose a layer in the Layers panel first"
                )
            )
        return layer

    def select_at(
        self,
        x_map: float,
        y_map: float,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> np.ndarray:
        """Select the topmost feature at a display-CRS point; return the selection."""
        layer = self._layer()
        if layer is None:
            return np.empty(0, dtype=np.int64)
        hits = self.fids_at(layer, x_map, y_map)
        layer.set_selection(combine_selection(layer.selection, hits, modifiers))
        return layer.selection

    def fids_at(self, layer: VectorLayer, x_map: float, y_map: float) -> np.ndarray:
        """Return the topmost feature of ``layer`` at a display-CRS point (0 or 1 fid)."""
        vp = self.canvas.viewport
        lon, lat = transform_xy(x_map, y_map, vp.epsg, STORAGE_EPSG)
        box = tolerance_box_ll(x_map, y_map, vp.epsg, TOLERANCE_PX * vp.mupp)
        return fids_at_point(layer, float(lon), float(lat), box, limit=1)

    def select_rectangle(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> np.ndarray:
        """Select features intersecting a display-CRS rectangle; return the selection."""
        layer = self._layer()
        if layer is None:
            return np.empty(0, dtype=np.int64)
        rect = rectangle_ll(x0, y0, x1, y1, self.canvas.viewport.epsg)
        hits = select_within(layer.gdf, [rect], predicate="intersects")
        layer.set_selection(combine_selection(layer.selection, hits, modifiers))
        return layer.selection

    # --- rubber band ------------------------------------------------------------
    def _draw_band(self, painter: QPainter, viewport: Viewport) -> None:
        if self._start is None or self._current is None:
            return
        (x0, x1), (y0, y1) = viewport.map_to_px(
            np.array([self._start.x_map, self._current.x_map]),
            np.array([self._start.y_map, self._current.y_map]),
        )
        painter.save()
        painter.setPen(QPen(QColor(255, 140, 0), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 200, 0, 50))
        painter.drawRect(QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)))
        painter.restore()
