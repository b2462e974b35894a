"""MeasureTool: geodesic distance (polyline) or area (polygon) by clicking the map.

Click to add vertices, double-click (or right-click) to finish, Esc to cancel
the sketch. Vertices are clicked in the display CRS and measured on the
CGCS2000 ellipsoid (geo.measure), so the result does not depend on the
display projection.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QPolygonF

from geo.crs import transform_xy
from geo.measure import AreaResult, LengthResult, geodesic_area, geodesic_length
from gui import i18n
from gui.map_tool import MapMouseEvent, MapTool
from layers.viewport import Viewport

STORAGE_EPSG = 4490
MODES = ("distance", "area")


class MeasureTool(MapTool):
    """Measure a polyline's length or a polygon's area, geodesically.

    Parameters
    ----------
    canvas : MapCanvas
        The canvas (for its viewport and overlays).
    mode : {"distance", "area"}
        What to measure.

    Signals
    -------
    measurement_changed(str)
        The formatted result, updated on every vertex and mouse move.
    """

    measurement_changed = Signal(str)

    def __init__(self, canvas: Any, mode: str = "distance") -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        super().__init__(canvas, cursor=Qt.CursorShape.CrossCursor)
        self.mode = mode
        self.vertices_map: list[tuple[float, float]] = []
        self._hover: tuple[float, float] | None = None
        self.finished = False
        self.length: LengthResult | None = None
        self.area: AreaResult | None = None
        self.action.setObjectName(f"action_measure_{mode}")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the action's text and tooltip in the current language."""
        if self.mode == "distance":
            self.action.setText(
                QCoreApplication.translate("MeasureTool", "Measure distance")
            )
        else:
            self.action.setText(
                QCoreApplication.translate("MeasureTool", "Measure area")
            )
        self.action.setToolTip(
            QCoreApplication.translate(
                "MeasureTool",
                "Click to add points, double-click to finish, Esc to cancel",
            )
        )

    # --- life cycle ------------------------------------------------------------
    def activate(self) -> None:
        """Become the tool and show the sketch overlay."""
        super().activate()
        self.add_rubber_band(self._draw_sketch)

    def deactivate(self) -> None:
        """Drop the sketch and its overlay."""
        self.reset()
        super().deactivate()

    def reset(self) -> None:
        """Cancel the sketch (the tool stays active)."""
        self.vertices_map.clear()
        self._hover = None
        self.finished = False
        self.length = self.area = None
        self.measurement_changed.emit("")
        self.canvas.update()

    # --- events -------------------------------------------------------------------
    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Left adds a vertex; right finishes."""
        if event.button == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
            return
        if self.finished:
            self.reset()
        self.vertices_map.append((event.x_map, event.y_map))
        self._update()

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Show the sketch up to the cursor."""
        if self.vertices_map and not self.finished:
            self._hover = (event.x_map, event.y_map)
            self._update()

    def canvas_double_click_event(self, event: MapMouseEvent) -> None:
        """Finish (the double-click's first release already added its vertex)."""
        self.finish()

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Esc cancels the sketch; Backspace removes the last vertex."""
        if event.key() == Qt.Key.Key_Escape and self.vertices_map:
            self.reset()
            return True
        if (
            event.key() == Qt.Key.Key_Backspace
            and self.vertices_map
            and not self.finished
        ):
            self.vertices_map.pop()
            self._update()
            return True
        return False

    def finish(self) -> None:
        """End the sketch and keep its final result shown."""
        self._hover = None
        self.finished = bool(self.vertices_map)
        self._update()

    # --- measuring --------------------------------------------------------------
    def _points_map(self) -> list[tuple[float, float]]:
        pts = list(self.vertices_map)
        if self._hover is not None and not self.finished:
            pts.append(self._hover)
        return pts

    def _update(self) -> None:
        self.measure(self._points_map())
        self.measurement_changed.emit(self.text())
        self.canvas.update()

    def measure(self, points_map: list[tuple[float, float]]) -> None:
        """Compute the geodesic length (and area) of display-CRS ``points_map``."""
        self.length = self.area = None
        if len(points_map) < 2:
            return
        xy = np.asarray(points_map, dtype=float)
        lon, lat = transform_xy(
            xy[:, 0], xy[:, 1], self.canvas.viewport.epsg, STORAGE_EPSG
        )
        ll = np.column_stack([lon, lat])
        if self.mode == "distance":
            self.length = geodesic_length(shapely.LineString(ll))
        elif len(ll) >= 3:
            ring = shapely.Polygon(np.vstack([ll, ll[:1]]))
            self.area = geodesic_area(ring)
            self.length = geodesic_length(ring.exterior)

    def text(self) -> str:
        """Return the current result formatted for the UI language ('' if none)."""
        zh = i18n.current_language() == "zh_CN"
        if self.mode == "area" and self.area is not None:
            area = self.area.format_zh() if zh else self.area.format_en()
            perim = (
                self.length.format_zh()
                if zh and self.length
                else (self.length.format_en() if self.length else "")
            )
            return QCoreApplication.translate(
                "MeasureTool", "Area {area}; perimeter {perimeter} ({method})"
            ).format(area=area, perimeter=perim, method=self.area.method)
        if self.mode == "distance" and self.length is not None:
            length = self.length.format_zh() if zh else self.length.format_en()
            return QCoreApplication.translate(
                "MeasureTool", "Distance {length} ({method})"
            ).format(length=length, method=self.length.method)
        return ""

    # --- overlay ---------------------------------------------------------------------
    def _draw_sketch(self, painter: QPainter, viewport: Viewport) -> None:
        pts = self._points_map()
        if not pts:
            return
        xy = np.asarray(pts, dtype=float)
        px, py = viewport.map_to_px(xy[:, 0], xy[:, 1])
        points = [QPointF(float(a), float(b)) for a, b in zip(px, py, strict=True)]
        poly = QPolygonF(points)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(220, 20, 60), 2.0)
        painter.setPen(pen)
        if self.mode == "area" and len(pts) >= 3:
            painter.setBrush(QColor(220, 20, 60, 50))
            painter.drawPolygon(poly)
        else:
            painter.drawPolyline(poly)
        painter.setBrush(QColor(255, 255, 255))
        for p in points:
            painter.drawEllipse(p, 3.0, 3.0)
        painter.restore()
