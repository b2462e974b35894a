"""MapCanvas: the map widget. Refresh schedules; a worker paints; stale is dropped.

Flow (STYLE.md §2.3): :meth:`MapCanvas.refresh` only starts a coalescing timer.
When it fires, the canvas freezes a :class:`~gui.render.snapshot.RenderSnapshot`
on the GUI thread and hands it to a one-thread pool; the job paints a QImage and
reports it with its request id, and results older than the newest request are
dropped. Between renders :meth:`paintEvent` draws the last image transformed to
the current view, so panning and wheel zoom move the old picture at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from gui.canvas_navigation import (
    CanvasNavigationMixin,
    reproject_viewport,
    scaled_viewport,
)
from gui.map_tool import MapMouseEvent, MapTool, Overlay
from gui.render.map_renderer import BACKGROUND_COLOR
from gui.render.render_job import RenderJob, RenderSignals, paint_to_image
from gui.render.snapshot import RenderSnapshot, build_snapshot
from gui.view_history import ViewHistory
from layers.project import Project
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

#: Beijing (Tiananmen) in EPSG:4548, the view before any project is loaded.
DEFAULT_CENTER_4548 = (447924.0, 4419436.0)
WHEEL_STEP = 1.25
_LAYER_EVENTS = (
    "features_changed",
    "style_changed",
    "visibility_changed",
    "opacity_changed",
    "selection_changed",
)


class MapCanvas(CanvasNavigationMixin, QWidget):
    """The map view of one project.

    Signals
    -------
    viewport_changed(Viewport)
        After every view change (pan, zoom, resize, CRS switch).
    cursor_moved(float, float)
        Cursor position in display-CRS metres.
    render_finished(float)
        A fresh image is shown; seconds spent painting it.
    """

    viewport_changed = Signal(object)
    cursor_moved = Signal(float, float)
    render_finished = Signal(float)
    history_changed = Signal()

    def __init__(
        self, project: Project | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 150)
        self.background = BACKGROUND_COLOR
        self.project: Project | None = None
        self._viewport = Viewport(4548, *DEFAULT_CENTER_4548, 100.0, 640, 480)
        self._needs_initial_fit = True
        self._image: QImage | None = None
        self._image_vp: Viewport | None = None
        self._request_id = 0
        self.painted_request_id = 0
        self.dropped_results = 0
        self.last_render_seconds = 0.0
        self._tool: MapTool | None = None
        self._overlays: list[Overlay] = []
        self._history = ViewHistory()
        self._layer_hooks: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # renders in order; the GIL allows no more
        self._signals = RenderSignals(self)
        self._signals.finished.connect(self._on_signals_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.render_now)
        if project is not None:
            self.set_project(project)

    # --- project -------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (or nothing) and zoom to its full extent."""
        if self.project is not None:
            self._unhook(self.project)
        self.project = project
        self._image = None
        self._history.clear()
        if project is None:
            self.refresh()
            return
        project.layers_changed.connect(self._on_project_layers_changed)
        project.crs_changed.connect(self._on_project_crs_changed)
        self._hook_layers()
        vp = reproject_viewport(self._viewport, project.display_epsg)
        self._viewport = vp
        self._needs_initial_fit = not self.isVisible()
        self.zoom_initial()

    def _unhook(self, project: Project) -> None:
        project.layers_changed.disconnect(self._on_project_layers_changed)
        project.crs_changed.disconnect(self._on_project_crs_changed)
        for layer in project.layers:
            for name in _LAYER_EVENTS:
                getattr(layer, name).disconnect(self._on_layer_changed)
        self._layer_hooks.clear()

    def _hook_layers(self) -> None:
        for layer in self.project.layers if self.project else ():
            for name in _LAYER_EVENTS:
                getattr(layer, name).connect(self._on_layer_changed)
            self._layer_hooks.add(layer.id)

    def _on_project_layers_changed(self, project: Project) -> None:
        self._hook_layers()
        self.refresh()

    def _on_layer_changed(self, layer: VectorLayer) -> None:
        self.refresh()

    def _on_project_crs_changed(self, epsg: int) -> None:
        self._history.clear()
        self._image = None
        self.set_viewport(reproject_viewport(self._viewport, int(epsg)))
        self.history_changed.emit()

    # --- viewport ------------------------------------------------------
    @property
    def viewport(self) -> Viewport:
        """Return the current view (logical widget pixels)."""
        return self._viewport

    def set_viewport(
        self,
        vp: Viewport,
        *,
        record: bool = True,
        merge: bool = False,
        render: bool = True,
    ) -> None:
        """Show ``vp``: record it in the history, schedule a render.

        ``render=False`` only moves the last image (drag in progress); ``merge``
        folds quick successive changes (wheel notches) into one history entry.
        """
        if vp != self._viewport:
            self._viewport = vp
            self.viewport_changed.emit(vp)
            self.update()
        if record:
            self._history.push(vp, merge=merge)
            self.history_changed.emit()
        if render:
            self.refresh(delay_ms=120 if merge else 0)

    def previous_view(self) -> None:
        """Go back to the previous view."""
        vp = self._history.back()
        if vp is not None:
            self.set_viewport(vp.with_size(self.width(), self.height()), record=False)
        self.history_changed.emit()

    def next_view(self) -> None:
        """Go forward to the next view."""
        vp = self._history.forward()
        if vp is not None:
            self.set_viewport(vp.with_size(self.width(), self.height()), record=False)
        self.history_changed.emit()

    def can_go_back(self) -> bool:
        """Return True if a previous view exists."""
        return self._history.can_go_back()

    def can_go_forward(self) -> bool:
        """Return True if a next view exists."""
        return self._history.can_go_forward()

    @property
    def scale_denominator(self) -> float:
        """Return N of the current scale 1:N."""
        return self._viewport.scale_denominator

    # --- rendering -----------------------------------------------------
    def refresh(self, delay_ms: int = 0) -> None:
        """Schedule a render; many calls before it starts make one render."""
        if not self._timer.isActive() or delay_ms > 0:
            self._timer.start(delay_ms)

    def _render_viewport(self) -> tuple[Viewport, float]:
        dpr = float(self.devicePixelRatioF()) or 1.0
        return scaled_viewport(self._viewport, dpr), dpr

    def freeze(self, vp: Viewport | None = None) -> RenderSnapshot:
        """Return the snapshot of the project for ``vp`` (default: the view)."""
        vp = vp or self._render_viewport()[0]
        if self.project is None:
            return RenderSnapshot(vp, ())
        return build_snapshot(self.project, vp)

    def render_now(self) -> int:
        """Freeze a snapshot, start painting it on the worker; return its id."""
        self._timer.stop()
        vp, dpr = self._render_viewport()
        snap = self.freeze(vp)
        self._request_id += 1
        job = RenderJob(
            self._request_id, snap, self._signals, self._latest_id, self.background, dpr
        )
        self._pool.start(job)
        return self._request_id

    def _latest_id(self) -> int:
        return self._request_id

    def _on_signals_finished(
        self, request_id: int, image: QImage | None, seconds: float, snap: object
    ) -> None:
        if request_id != self._request_id or image is None:
            self.dropped_results += 1
            return
        assert isinstance(snap, RenderSnapshot)
        self._image = image
        self._image_vp = scaled_viewport(snap.viewport, 1.0 / image.devicePixelRatio())
        self.painted_request_id = request_id
        self.last_render_seconds = seconds
        self.update()
        self.render_finished.emit(seconds)

    def wait_for_render(self) -> None:
        """Block until queued renders are painted (tests, screenshots)."""
        if self._timer.isActive():
            self.render_now()
        self._pool.waitForDone()

    def render_to_image(self, width: int, height: int) -> QImage:
        """Paint the current view at ``width`` x ``height`` synchronously."""
        vp = self._viewport.with_size(width, height)
        image = paint_to_image(self.freeze(vp), self.background)
        assert image is not None
        return image

    # --- painting ------------------------------------------------------
    def add_overlay(self, draw: Overlay) -> None:
        """Draw ``draw(painter, viewport)`` over the map on every paint."""
        if draw not in self._overlays:
            self._overlays.append(draw)
        self.update()

    def remove_overlay(self, draw: Overlay) -> None:
        """Stop drawing an overlay added by :meth:`add_overlay`."""
        if draw in self._overlays:
            self._overlays.remove(draw)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the last image moved/scaled to the current view, then overlays."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.background))
        vp, old = self._viewport, self._image_vp
        if self._image is not None and old is not None and old.epsg == vp.epsg:
            xmin, _, _, ymax = old.extent
            x0, y0 = vp.map_to_px(xmin, ymax)
            scale = old.mupp / vp.mupp
            target = QRectF(
                float(x0), float(y0), old.width_px * scale, old.height_px * scale
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale != 1)
            painter.drawImage(target, self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for draw in list(self._overlays):
            painter.save()
            draw(painter, vp)
            painter.restore()
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep centre and scale; fit the project on the first real size."""
        size = event.size()
        self._viewport = self._viewport.with_size(size.width(), size.height())
        if self._needs_initial_fit and self.project is not None:
            self._needs_initial_fit = False
            self.zoom_initial()
        else:
            self.viewport_changed.emit(self._viewport)
            self.refresh(delay_ms=60)

    # --- input -----------------------------------------------------------
    def set_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` the active map tool (deactivating the previous one)."""
        if tool is self._tool:
            return
        if self._tool is not None:
            self._tool.deactivate()
        self._tool = tool
        if tool is not None:
            tool.activate()
        else:
            self.unsetCursor()

    @property
    def tool(self) -> MapTool | None:
        """Return the active map tool."""
        return self._tool

    def map_event(
        self, event: QMouseEvent, button: Qt.MouseButton | None = None
    ) -> MapMouseEvent:
        """Return the frozen map event for a Qt mouse event."""
        pos: QPointF = event.position()
        x_map, y_map = self._viewport.px_to_map(pos.x(), pos.y())
        return MapMouseEvent(
            float(pos.x()),
            float(pos.y()),
            float(x_map),
            float(y_map),
            event.buttons(),
            event.modifiers(),
            event.button() if button is None else button,
            self._viewport.epsg,
        )

    def _dispatch(self, name: str, event: QMouseEvent) -> None:
        if self._tool is not None:
            getattr(self._tool, name)(self.map_event(event))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Forward to the tool as a MapMouseEvent."""
        self._dispatch("canvas_press_event", event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the cursor and forward to the tool."""
        me = self.map_event(event)
        self.cursor_moved.emit(me.x_map, me.y_map)
        if self._tool is not None:
            self._tool.canvas_move_event(me)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Forward to the tool as a MapMouseEvent."""
        self._dispatch("canvas_release_event", event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Forward to the tool as a MapMouseEvent."""
        self._dispatch("canvas_double_click_event", event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom about the cursor; one notch is a factor of 1.25."""
        steps = event.angleDelta().y() / 120.0
        if steps:
            pos = event.position()
            self.zoom_by(WHEEL_STEP**steps, (pos.x(), pos.y()), merge=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tool first; then arrows pan a quarter view and +/- zoom by 2."""
        if self._tool is not None and self._tool.key_press_event(event):
            return
        key = event.key()
        w, h = self.width() / 4.0, self.height() / 4.0
        pans: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Left: lambda: self.pan_by_px(w, 0),
            Qt.Key.Key_Right: lambda: self.pan_by_px(-w, 0),
            Qt.Key.Key_Up: lambda: self.pan_by_px(0, h),
            Qt.Key.Key_Down: lambda: self.pan_by_px(0, -h),
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
        }
        action = pans.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
