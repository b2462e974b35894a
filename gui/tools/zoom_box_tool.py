"""ZoomBoxTool: drag a rectangle to zoom in to it; a click zooms in by 2.

With Shift held the view zooms out so that the current view fits the box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from gui.map_tool import MapMouseEvent, MapTool, Overlay
from layers.viewport import Viewport

if TYPE_CHECKING:
    from gui.map_canvas import MapCanvas

MIN_DRAG_PX = 4.0


class ZoomBoxTool(MapTool):
    """Zoom to a dragged rectangle."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(
            canvas,
            QCoreApplication.translate("ZoomBoxTool", "Zoom to box"),
            cursor=Qt.CursorShape.CrossCursor,
        )
        self.action.setObjectName("action_zoom_box")
        self._start: MapMouseEvent | None = None
        self._end: MapMouseEvent | None = None
        self._band: Overlay | None = None

    def _draw_band(self, painter: QPainter, vp: Viewport) -> None:
        if self._start is None or self._end is None:
            return
        # map points, so the box stays on the map if the view moves meanwhile
        x0, y0 = vp.map_to_px(self._start.x_map, self._start.y_map)
        x1, y1 = vp.map_to_px(self._end.x_map, self._end.y_map)
        rect = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0)).normalized()
        pen = QPen(QColor("#1f5fbf"), 1.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QColor(31, 95, 191, 40))
        painter.drawRect(rect)

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Start the box."""
        if event.button == Qt.MouseButton.LeftButton:
            self._start = self._end = event
            if self._band is None:
                self._band = self.add_rubber_band(self._draw_band)

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Grow the box."""
        if self._start is not None:
            self._end = event
            self.canvas.update()

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Zoom to the box (or by 2 about a click)."""
        start, self._start, self._end = self._start, None, None
        self.canvas.update()
        if start is None:
            return
        shift = bool(event.modifiers & Qt.KeyboardModifier.ShiftModifier)
        if (
            max(abs(event.x_px - start.x_px), abs(event.y_px - start.y_px))
            < MIN_DRAG_PX
        ):
            self.canvas.zoom_by(0.5 if shift else 2.0, (event.x_px, event.y_px))
            return
        box = (
            min(start.x_map, event.x_map),
            min(start.y_map, event.y_map),
            max(start.x_map, event.x_map),
            max(start.y_map, event.y_map),
        )
        if shift:
            vp = self.canvas.viewport
            factor = min(
                (box[2] - box[0]) / (vp.width_px * vp.mupp),
                (box[3] - box[1]) / (vp.height_px * vp.mupp),
            )
            cx, cy = (box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0
            px = vp.map_to_px(cx, cy)
            self.canvas.zoom_by(max(factor, 1e-3), (float(px[0]), float(px[1])))
        else:
            self.canvas.zoom_to_extent_map(box)

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Esc cancels the box being dragged."""
        if event.key() == Qt.Key.Key_Escape and self._start is not None:
            self._start = self._end = None
            self.canvas.update()
            return True
        return False

    def deactivate(self) -> None:
        """Remove the box."""
        self._start = self._end = None
        self._band = None
        super().deactivate()
