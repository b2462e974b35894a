"""Map tools: the base class and the frozen mouse event the canvas hands them.

The canvas converts every Qt mouse event into a :class:`MapMouseEvent` carrying
both the pixel point and the map point (display CRS), so tools never do
viewport maths and can be tested by constructing events by hand (STYLE.md §3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCursor, QIcon, QKeyEvent, QPainter

from layers.viewport import Viewport

if TYPE_CHECKING:
    from gui.map_canvas import MapCanvas

Overlay = Callable[[QPainter, Viewport], None]


@dataclass(frozen=True)
class MapMouseEvent:
    """A mouse event on the canvas in pixels and in display-CRS metres.

    Attributes
    ----------
    x_px, y_px : float
        Widget pixels (logical), y down.
    x_map, y_map : float
        The same point in the display CRS (``epsg``), metres.
    buttons : Qt.MouseButton
        Buttons held during the event.
    modifiers : Qt.KeyboardModifier
        Keyboard modifiers held.
    button : Qt.MouseButton
        The button that caused a press/release (NoButton for moves).
    epsg : int
        The display CRS of ``x_map``/``y_map``.
    """

    x_px: float
    y_px: float
    x_map: float
    y_map: float
    buttons: Qt.MouseButton
    modifiers: Qt.KeyboardModifier
    button: Qt.MouseButton = Qt.MouseButton.NoButton
    epsg: int = 4548


class MapTool(QObject):
    """Base of every map tool: a checkable action, a cursor and event handlers.

    Subclasses override the ``canvas_*`` handlers. Rubber bands are overlays
    added through :meth:`add_rubber_band`; :meth:`deactivate` removes them.

    Parameters
    ----------
    canvas : MapCanvas
        The canvas the tool works on.
    text : str
        Translated action text.
    icon : QIcon, optional
        Action icon.
    cursor : Qt.CursorShape
        Cursor shown while the tool is active.
    """

    def __init__(
        self,
        canvas: MapCanvas,
        text: str = "",
        icon: QIcon | None = None,
        cursor: Qt.CursorShape = Qt.CursorShape.ArrowCursor,
    ) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.action = QAction(icon or QIcon(), text or type(self).__name__, self)
        # A default name (action_vertex_tool …) by which gui.icons finds its icon;
        # tools with several instances set their own.
        self.action.setObjectName(f"action_{_snake(type(self).__name__)}")
        self.action.setCheckable(True)
        self.cursor = QCursor(cursor)
        self._rubber_bands: list[Overlay] = []
        self.active = False

    # --- life cycle ----------------------------------------------------
    def activate(self) -> None:
        """Become the canvas's tool: check the action, set the cursor."""
        self.active = True
        self.action.setChecked(True)
        self.canvas.setCursor(self.cursor)

    def deactivate(self) -> None:
        """Stop being the tool: remove rubber bands, uncheck the action."""
        self.active = False
        for band in self._rubber_bands:
            self.canvas.remove_overlay(band)
        self._rubber_bands.clear()
        self.action.setChecked(False)
        self.canvas.update()

    # --- rubber bands --------------------------------------------------
    def add_rubber_band(self, draw: Overlay) -> Overlay:
        """Show ``draw(painter, viewport)`` over the map until deactivation."""
        self._rubber_bands.append(draw)
        self.canvas.add_overlay(draw)
        return draw

    def remove_rubber_band(self, draw: Overlay) -> None:
        """Remove one rubber band added by :meth:`add_rubber_band`."""
        if draw in self._rubber_bands:
            self._rubber_bands.remove(draw)
            self.canvas.remove_overlay(draw)

    # --- events (override) -------------------------------------------
    def canvas_press_event(self, event: MapMouseEvent) -> None:
        """Handle a mouse press."""

    def canvas_move_event(self, event: MapMouseEvent) -> None:
        """Handle a mouse move (with or without buttons)."""

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Handle a mouse release."""

    def canvas_double_click_event(self, event: MapMouseEvent) -> None:
        """Handle a double click."""

    def key_press_event(self, event: QKeyEvent) -> bool:
        """Handle a key; return True if consumed (Esc cancels a sketch)."""
        return False


def _snake(name: str) -> str:
    """Return a CamelCase class name in snake_case.

    >>> _snake("AddPolygonTool")
    'add_polygon_tool'
    """
    import re

    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
