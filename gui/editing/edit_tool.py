"""Bases of the editing map tools: snapping marker, target layer, sketching.

Tools read the :class:`~gui.editing.controller.EditController` for the layer
being edited, the snapper and the undo stack; they change the model only by
pushing commands through ``controller.push`` (STYLE.md section 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPolygonF

from geo.crs import transform_xy
from gui.editing.snapper import STORAGE_EPSG, SnapHit
from gui.map_tool import MapMouseEvent, MapTool
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

if TYPE_CHECKING:
    from gui.editing.controller import EditController

SKETCH_COLOR = QColor("#e31a1c")
SNAP_COLOR = QColor("#ff00ff")


class EditTool(MapTool):
    """A map tool that edits the controller's current layer, with snapping."""

    def __init__(self, canvas: Any, controller: EditController, text: str) -> None:
        super().__init__(canvas, text, cursor=Qt.CursorShape.CrossCursor)
        self.controller = controller
        self.snap_hit: SnapHit | None = None
        self._marker = self._draw_marker

    def activate(self) -> None:
        """Become the tool; show the snap marker overlay."""
        super().activate()
        self.add_rubber_band(self._marker)

    @property
    def layer(self) -> VectorLayer | None:
        """Return the layer being edited (None: tell the user to start editing)."""
        return self.controller.edit_layer()

    def point(
        self, event: MapMouseEvent, exclude: tuple[str, int] | None = None
    ) -> tuple[float, float, float, float]:
        """Return (x_map, y_map, lon, lat) of the event, snapped when in range."""
        vp = self.canvas.viewport
        hit = self.controller.snapper.snap(event.x_map, event.y_map, vp, exclude)
        self.snap_hit = hit
        if hit is not None:
            return hit.x_map, hit.y_map, hit.x_ll, hit.y_ll
        lon, lat = transform_xy(event.x_map, event.y_map, vp.epsg, STORAGE_EPSG)
        return event.x_map, event.y_map, float(lon), float(lat)

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Update the snap marker."""
        self.point(event)
        self.canvas.update()

    def _draw_marker(self, painter: QPainter, vp: Viewport) -> None:
        hit = self.snap_hit
        if hit is None:
            return
        x, y = vp.map_to_px(hit.x_map, hit.y_map)
        painter.setPen(QPen(SNAP_COLOR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if hit.kind == "vertex":
            painter.drawRect(int(x) - 5, int(y) - 5, 10, 10)
        else:
            painter.drawLine(int(x) - 5, int(y) - 5, int(x) + 5, int(y) + 5)
            painter.drawLine(int(x) - 5, int(y) + 5, int(x) + 5, int(y) - 5)


class SketchTool(EditTool):
    """Click vertices; right-click or Enter finishes, Backspace removes the last
    vertex, Esc cancels the sketch (not the tool)."""

    closed = False  # polygon sketch (True) or line sketch (False)
    min_points = 2

    def __init__(self, canvas: Any, controller: EditController, text: str) -> None:
        super().__init__(canvas, controller, text)
        self.points_map: list[tuple[float, float]] = []
        self.points_ll: list[tuple[float, float]] = []
        self._cursor_map: tuple[float, float] | None = None
        self._band = self._draw_sketch

    def activate(self) -> None:
        """Become the tool; show the sketch overlay."""
        super().activate()
        self.add_rubber_band(self._band)

    def deactivate(self) -> None:
        """Drop the sketch."""
        self.cancel_sketch()
        super().deactivate()

    def cancel_sketch(self) -> None:
        """Forget the vertices drawn so far."""
        self.points_map.clear()
        self.points_ll.clear()
        self.canvas.update()

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Left adds a vertex; right finishes."""
        if event.button == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button != Qt.MouseButton.LeftButton:
            return
        if self.layer is None:
            self.controller.say(self.tr("Start editing a layer first"))
            return
        xm, ym, xl, yl = self.point(event)
        self.points_map.append((xm, ym))
        self.points_ll.append((xl, yl))
        self.canvas.update()

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Follow the cursor with the rubber band."""
        xm, ym, _, _ = self.point(event)
        self._cursor_map = (xm, ym)
        self.canvas.update()

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Enter finishes, Backspace undoes a vertex, Esc cancels the sketch."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if key == Qt.Key.Key_Backspace and self.points_ll:
            self.points_map.pop()
            self.points_ll.pop()
            self.canvas.update()
            return True
        if key == Qt.Key.Key_Escape:
            self.cancel_sketch()
            return True
        return False

    def finish(self) -> None:
        """Hand a long-enough sketch to :meth:`sketch_finished`, then clear it."""
        pts = list(self.points_ll)
        self.cancel_sketch()
        if len(pts) < self.min_points:
            if pts:
                self.controller.say(self.tr("Too few vertices; sketch cancelled"))
            return
        layer = self.layer
        if layer is not None:
            self.sketch_finished(layer, pts)

    def sketch_finished(
        self, layer: VectorLayer, points_ll: list[tuple[float, float]]
    ) -> None:
        """Act on a finished sketch (lon/lat, EPSG:4490); override."""

    def _draw_sketch(self, painter: QPainter, vp: Viewport) -> None:
        pts = list(self.points_map)
        if not pts:
            return
        if self._cursor_map is not None:
            pts.append(self._cursor_map)
        poly = QPolygonF(
            [QPointF(*(float(v) for v in vp.map_to_px(x, y))) for x, y in pts]
        )
        painter.setPen(QPen(SKETCH_COLOR, 2))
        if self.closed and len(pts) > 2:
            painter.setBrush(QColor(227, 26, 28, 60))
            painter.drawPolygon(poly)
        else:
            painter.drawPolyline(poly)
