"""PanTool: drag to move the map (the default tool).

While dragging only the canvas's last image moves (no render); the release
settles the view, records it in the history and schedules one render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from gui.map_tool import MapMouseEvent, MapTool

if TYPE_CHECKING:
    from gui.map_canvas import MapCanvas


class PanTool(MapTool):
    """Drag with the left (or middle) button to pan."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(
            canvas,
            QCoreApplication.translate("PanTool", "Pan"),
            cursor=Qt.CursorShape.OpenHandCursor,
        )
        self.action.setObjectName("action_pan")
        self._last: tuple[float, float] | None = None
        self._moved = False

    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Start a drag."""
        if event.button in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._last = (event.x_px, event.y_px)
            self._moved = False
            self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Shift the view by the drag without rendering."""
        if self._last is None:
            return
        dx, dy = event.x_px - self._last[0], event.y_px - self._last[1]
        self._last = (event.x_px, event.y_px)
        if dx or dy:
            self._moved = True
            self.canvas.pan_by_px(dx, dy, record=False, render=False)

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Settle the view: record it and render once."""
        if self._last is None:
            return
        self.canvas_move_event(event)
        self._last = None
        self.canvas.setCursor(self.cursor)
        if self._moved:
            self.canvas.set_viewport(self.canvas.viewport, record=True)

    def deactivate(self) -> None:
        """Drop any drag in progress."""
        self._last = None
        super().deactivate()
