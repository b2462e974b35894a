"""The page preview: a QGraphicsScene in page millimetres.

The page itself is one pixmap painted by
:func:`gui.printing.layout_renderer.render_layout` (the print code, so the
preview is the print); each layout item gets a transparent
:class:`ItemOverlay` on top that the user selects, drags and resizes. A drag
ends in one :class:`~layers.printing.layout_commands.MoveLayoutItemCommand`; the scene
never changes the layout directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from gui.printing.item_labels import kind_label
from gui.printing.layout_renderer import (
    PageRecord,
    paint_page_background,
    render_layout,
)
from gui.printing.page_plan import RenderContext
from layers.printing.item_kinds import FOLLOWS_MAP
from layers.printing.layout import LayoutItem, PrintLayout
from layers.project import Project

HANDLE_MM = 3.0
MIN_SIZE_MM = 3.0
#: A click-and-release shorter than this (mm) places an item at its default size.
CLICK_MM = 2.0
#: Width of the band outside a map frame where a grid's labels are (mm).
GRID_BAND_MM = 6.0
Rect = tuple[float, float, float, float]


class ItemOverlay(QGraphicsRectItem):
    """A selectable, movable, resizable outline over one layout item (mm)."""

    def __init__(
        self, item: LayoutItem, on_geometry: Callable[[str, Rect], None]
    ) -> None:
        super().__init__(0, 0, item.w_mm, item.h_mm)
        self.follows_map = False
        self.locked = item.locked
        self.item_id = item.id
        self._on_geometry = on_geometry
        self._resizing = False
        self._press: QPointF | None = None
        self._start: Rect = item.rect_mm
        self.setPos(item.x_mm, item.y_mm)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setAcceptHoverEvents(True)
        self.sync(item)

    def sync(self, item: LayoutItem) -> None:
        """Follow the model's geometry and lock state."""
        # A grid follows its map: it is picked by its label band, never dragged.
        self.follows_map = item.kind in FOLLOWS_MAP
        self.locked = item.locked or self.follows_map
        self.prepareGeometryChange()
        if self.follows_map:
            b = GRID_BAND_MM
            self.setPos(item.x_mm - b, item.y_mm - b)
            self.setRect(0, 0, item.w_mm + 2 * b, item.h_mm + 2 * b)
        else:
            self.setPos(item.x_mm, item.y_mm)
            self.setRect(0, 0, item.w_mm, item.h_mm)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not self.locked)
        tip = f"{kind_label(item.kind)} {item.id}"
        if item.locked:
            tip += " – " + QCoreApplication.translate("LayoutProperties", "locked")
        self.setToolTip(tip)

    def shape(self) -> QPainterPath:
        """Return the clickable area: the whole item, or a grid's label band."""
        path = QPainterPath()
        path.addRect(self.rect())
        if self.follows_map:
            b = GRID_BAND_MM
            path.addRect(self.rect().adjusted(b, b, -b, -b))
            path.setFillRule(Qt.FillRule.OddEvenFill)
        return path

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        if not self.isSelected():
            return
        pen = QPen(QColor("#1565c0"), 0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect())
        if self.follows_map:
            b = GRID_BAND_MM
            painter.drawRect(self.rect().adjusted(b, b, -b, -b))
        if not self.locked:
            r = self.rect()
            painter.setBrush(QColor("#1565c0"))
            painter.drawRect(
                QRectF(
                    r.right() - HANDLE_MM, r.bottom() - HANDLE_MM, HANDLE_MM, HANDLE_MM
                )
            )

    def _in_handle(self, p: QPointF) -> bool:
        r = self.rect()
        return p.x() >= r.right() - HANDLE_MM and p.y() >= r.bottom() - HANDLE_MM

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._start = (
            self.pos().x(),
            self.pos().y(),
            self.rect().width(),
            self.rect().height(),
        )
        self._press = event.scenePos()
        self._resizing = (
            self.isSelected() and not self.locked and self._in_handle(event.pos())
        )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing and self._press is not None:
            d = event.scenePos() - self._press
            w = max(self._start[2] + d.x(), MIN_SIZE_MM)
            h = max(self._start[3] + d.y(), MIN_SIZE_MM)
            self.prepareGeometryChange()
            self.setRect(0, 0, w, h)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        new = (
            round(self.pos().x(), 2),
            round(self.pos().y(), 2),
            round(self.rect().width(), 2),
            round(self.rect().height(), 2),
        )
        self._resizing = False
        if new != tuple(round(v, 2) for v in self._start):
            self._on_geometry(self.item_id, new)


class LayoutScene(QGraphicsScene):
    """The page (rendered by the print code) plus one overlay per item."""

    geometry_requested = Signal(str, object)  # item id, (x, y, w, h) mm
    #: The user dragged (or clicked) where a new item goes: (x, y, w, h) mm;
    #: w and h are 0 after a click (the item's default size).
    placement_requested = Signal(object)
    placement_cancelled = Signal()

    def __init__(
        self, layout: PrintLayout, project: Project, dpi: float = 110.0
    ) -> None:
        super().__init__()
        self.layout = layout
        self.project = project
        self.dpi = dpi
        self.view_extent: tuple[float, float, float, float] | None = None
        self.last_record: PageRecord | None = None
        w, h = layout.page_size_mm
        self.setSceneRect(-10, -10, w + 20, h + 20)
        self.setBackgroundBrush(QColor("#8a8f96"))
        self._page = QGraphicsPixmapItem()
        self._page.setZValue(-1)
        self.addItem(self._page)
        self.overlays: dict[str, ItemOverlay] = {}
        self.placing = False
        self._place_start: QPointF | None = None
        self._band: QGraphicsRectItem | None = None
        self.rebuild()

    def rebuild(self, select: list[str] | None = None) -> None:
        """Repaint the page and recreate the overlays from the layout.

        The selection is kept (items that still exist), or set to ``select``.
        """
        keep = select if select is not None else self.selected_ids()
        self.blockSignals(True)
        try:
            for ov in self.overlays.values():
                self.removeItem(ov)
            self.overlays = {}
            for z, it in enumerate(self.layout.items):
                ov = ItemOverlay(it, lambda i, r: self.geometry_requested.emit(i, r))
                ov.setZValue(z + 1)
                self.addItem(ov)
                self.overlays[it.id] = ov
                ov.setSelected(it.id in keep)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()
        self.repaint_page()

    # --- placing a new item ------------------------------------------------
    def begin_placement(self) -> None:
        """Let the next drag (or click) on the page say where a new item goes."""
        self.placing = True

    def cancel_placement(self) -> None:
        """Leave placement mode without placing anything."""
        if self.placing:
            self._end_placement()
            self.placement_cancelled.emit()

    def _end_placement(self) -> None:
        self.placing = False
        self._place_start = None
        if self._band is not None:
            self.removeItem(self._band)
            self._band = None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Start the placement band, or select/drag as usual."""
        if not self.placing:
            super().mousePressEvent(event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            self.cancel_placement()
            return
        self._place_start = event.scenePos()
        self._band = QGraphicsRectItem(QRectF(self._place_start, self._place_start))
        pen = QPen(QColor("#1565c0"), 0)
        pen.setStyle(Qt.PenStyle.DashLine)
        self._band.setPen(pen)
        self._band.setZValue(10_000)
        self.addItem(self._band)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Follow the placement band."""
        if self.placing and self._band is not None and self._place_start:
            self._band.setRect(QRectF(self._place_start, event.scenePos()).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Finish placing: a dragged rectangle, or a click for the default size."""
        if not (self.placing and self._place_start is not None):
            super().mouseReleaseEvent(event)
            return
        r = QRectF(self._place_start, event.scenePos()).normalized()
        self._end_placement()
        if r.width() < CLICK_MM and r.height() < CLICK_MM:
            rect = (round(r.x(), 1), round(r.y(), 1), 0.0, 0.0)
        else:
            rect = (
                round(r.x(), 1),
                round(r.y(), 1),
                round(max(r.width(), MIN_SIZE_MM), 1),
                round(max(r.height(), MIN_SIZE_MM), 1),
            )
        self.placement_requested.emit(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels placing an item."""
        if self.placing and event.key() == Qt.Key.Key_Escape:
            self.cancel_placement()
            return
        super().keyPressEvent(event)

    def sync_item(self, item: LayoutItem) -> None:
        """Follow one changed item and repaint the page."""
        ov = self.overlays.get(item.id)
        if ov is not None:
            ov.sync(item)
        self.repaint_page()

    def repaint_page(self) -> None:
        """Render the page with the print renderer at the preview dpi."""
        w, h = self.layout.page_size_mm
        w_px, h_px = round(w / 25.4 * self.dpi), round(h / 25.4 * self.dpi)
        image = QImage(w_px, h_px, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        try:
            paint_page_background(painter, self.layout, self.dpi)
            ctx = RenderContext(self.project, self.dpi, view_extent=self.view_extent)
            self.last_record = render_layout(painter, self.layout, ctx)
        finally:
            painter.end()
        self._page.setPixmap(QPixmap.fromImage(image))
        self._page.setScale(25.4 / self.dpi)
        self.setSceneRect(-10, -10, w + 20, h + 20)

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected items, bottom to top."""
        order = {it.id: i for i, it in enumerate(self.layout.items)}
        ids = [
            ov.item_id
            for ov in self.overlays.values()
            if ov.isSelected() and ov.item_id in order
        ]
        return sorted(ids, key=order.__getitem__)
