"""The layout designer: page preview, add/delete/arrange items, properties, export.

:class:`LayoutWindow` edits one :class:`~layers.printing.layout.PrintLayout`
through its own :class:`~layers.undo.UndoStack` (layout edits do not interleave
with map edits): adding an item (toolbar or *Add item* menu, then drag a
rectangle on the page or click), moving, resizing, deleting, raising and
lowering, and every property change are commands of
:mod:`layers.printing.layout_commands`. "Save to project" stores the layout in
``project.layouts`` through one undoable command on the project's stack, so
saving the project persists it; closing with changes not saved asks. Every
export runs the glyph preflight first and warns before a box reaches paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QGraphicsView,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from gui import file_dialogs
from gui.icons import Decorator
from gui.printing.export_dialog import ExportLayoutDialog, confirm_written
from gui.printing.exporters import export_layout
from gui.printing.item_properties import LayoutItemPropertiesWidget
from gui.printing.items_panel import LayoutItemsList
from gui.printing.layout_actions import LayoutActions
from gui.printing.layout_scene import LayoutScene
from gui.printing.page_plan import RenderContext
from gui.printing.preflight import MissingGlyph, describe, preflight
from gui.printing.prop_editors import image_filter
from layers.printing.item_props import new_item
from layers.printing.layout import LayoutItem, PrintLayout
from layers.printing.layout_commands import (
    AddLayoutItemCommand,
    MoveLayoutItemCommand,
    SaveLayoutCommand,
    align_items,
    remove_items,
    reorder_items,
)
from layers.project import Project
from layers.undo import Command, UndoStack


class LayoutWindow(QMainWindow):
    """A print layout designer for one layout of a project."""

    def __init__(
        self,
        project: Project,
        layout: PrintLayout,
        parent: QWidget | None = None,
        view_extent: tuple[float, float, float, float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.project = project
        self.print_layout = layout
        self.undo_stack = UndoStack()
        self._saved = project.layouts.get(layout.name) or layout.to_dict()
        self._pending_add: str | None = None
        self.scene = LayoutScene(layout, project)
        self.scene.view_extent = view_extent
        self.scene.geometry_requested.connect(self._on_scene_geometry_requested)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.placement_requested.connect(self._on_scene_placement_requested)
        self.scene.placement_cancelled.connect(self._end_adding)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setCentralWidget(self.view)
        self.properties = LayoutItemPropertiesWidget(
            self.push, layout, project, self._start_folder
        )
        self.properties_dock = self._dock("layout_properties", self.properties, True)
        self.items_list = LayoutItemsList(layout, self.push)
        self.items_list.selection_requested.connect(self.select)
        self.items_dock = self._dock("layout_items", self.items_list, False)
        self.resizeDocks(
            [self.properties_dock, self.items_dock], [600, 220], Qt.Orientation.Vertical
        )
        layout.item_changed.connect(self._on_layout_item_changed)
        layout.items_changed.connect(self._on_layout_items_changed)
        self.undo_stack.index_changed.connect(lambda _s: self._update_actions())
        self.actions_ = LayoutActions(self)
        self.named_actions = self.actions_.named
        self.undo_action = self.named_actions["undo"]
        self.redo_action = self.named_actions["redo"]
        self.align_actions = self.actions_.align
        self.add_actions = self.actions_.add
        self.properties.show_item(None)
        self.retranslate_ui()
        Decorator(self)  # icons, shortcut tooltips (again after a language switch)
        self._update_actions()
        self.resize(1280, 860)
        self.zoom_to_page()

    def _dock(self, name: str, widget: QWidget, scroll: bool) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(widget)
            widget = area
        dock.setWidget(widget)
        dock.setMinimumWidth(300)  # room for the property editors
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self._update_title()
        self.properties_dock.setWindowTitle(self.tr("Item properties"))
        self.items_dock.setWindowTitle(self.tr("Items"))
        self.actions_.retranslate()
        self.properties.show_item(self.properties.item)
        self.items_list.rebuild(self.scene.selected_ids())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        title = self.tr("Print layout – %1").replace("%1", self.print_layout.name)
        self.setWindowTitle(title + (" *" if self.is_modified() else ""))

    def _update_actions(self) -> None:
        self.actions_.update(self.scene.selected_ids())
        self._update_title()

    # --- editing -----------------------------------------------------------
    def push(self, cmd: Command) -> None:
        """Apply ``cmd`` to the layout through the window's undo stack."""
        self.undo_stack.push(cmd)

    def is_modified(self) -> bool:
        """Return True if the layout differs from what the project holds."""
        return bool(self.print_layout.to_dict() != self._saved)

    def start_adding(self, key: str) -> None:
        """Add an item of menu entry ``key``: the next drag or click places it."""
        if key == "grid":  # drawn on a map: nothing to place
            selected = [
                i
                for i in self.scene.selected_ids()
                if self.print_layout.item(i).kind == "map"
            ]
            extra: dict[str, Any] = {"map_id": selected[-1]} if selected else {}
            self.add_item(key, **extra)
            return
        self._pending_add = key
        self.scene.begin_placement()
        self.view.setCursor(Qt.CursorShape.CrossCursor)
        self.statusBar().showMessage(
            self.tr(
                "Drag a rectangle on the page (or click) to place the item; "
                "Esc cancels."
            )
        )

    def _end_adding(self) -> None:
        self._pending_add = None
        self.view.unsetCursor()
        self.statusBar().clearMessage()
        self.actions_.update(self.scene.selected_ids())

    def _on_scene_placement_requested(self, rect: tuple[float, ...]) -> None:
        key = self._pending_add
        self._end_adding()
        if key is None:
            return
        x, y, w, h = rect
        self.add_item(key, (x, y), (w, h) if w and h else None)

    def add_item(
        self,
        key: str,
        at_mm: tuple[float, float] | None = None,
        size_mm: tuple[float, float] | None = None,
        **props: Any,
    ) -> LayoutItem | None:
        """Add an item of menu entry ``key`` (one undo step) and select it.

        A picture asks for its file first (unless ``path`` is given); a new
        map shows the map window's current view.
        """
        if key == "picture" and "path" not in props:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Picture"), self._start_folder(), image_filter()
            )
            if not path:
                return None
            file_dialogs.remember_folder(path)
            props["path"] = path
        if key == "map" and "extent" not in props and self.scene.view_extent:
            props["extent"] = list(self.scene.view_extent)
        try:
            item = new_item(self.print_layout, key, at_mm, size_mm, **props)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Add item"), self._add_error(str(exc)))
            return None
        self.push(AddLayoutItemCommand(self.print_layout, item))
        self.select([item.id])
        return item

    def _add_error(self, message: str) -> str:
        if "needs a map item" in message:
            return self.tr("Add a map first: a coordinate grid is drawn on a map.")
        return message

    def delete_selected(self) -> None:
        """Delete the selected items (one undo step; a map takes its grids)."""
        cmd = remove_items(self.print_layout, self.scene.selected_ids())
        if cmd is not None:
            self.push(cmd)

    def arrange(self, move: str) -> None:
        """Raise, lower, bring to front or send to back the selected items."""
        ids = self.scene.selected_ids()
        cmd = reorder_items(self.print_layout, ids, move)
        if cmd is not None:
            self.push(cmd)
            self.select(ids)

    def align(self, mode: str) -> None:
        """Align the selected items (one undo step)."""
        cmd = align_items(self.print_layout, self.scene.selected_ids(), mode)
        if cmd is not None:
            self.push(cmd)

    def select(self, item_ids: list[str]) -> None:
        """Select the given items in the preview."""
        self.scene.clearSelection()
        for i in item_ids:
            if i in self.scene.overlays:
                self.scene.overlays[i].setSelected(True)

    def _start_folder(self) -> str:
        return file_dialogs.start_path(self.project.meta.path)

    def showEvent(self, event: Any) -> None:
        """Fit the page once the view has its real size."""
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            QTimer.singleShot(0, self.zoom_to_page)

    def zoom_to_page(self) -> None:
        """Fit the whole page in the view."""
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def save_to_project(self) -> None:
        """Store the layout in the project (undoable on the project's stack)."""
        data = self.print_layout.to_dict()
        self.project.undo_stack.push(
            SaveLayoutCommand(self.project, self.print_layout.name, data)
        )
        self._saved = data
        self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing with changes that are not saved to the project."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Print layout"),
                self.tr("Save the changes to layout “%1” in the project?").replace(
                    "%1", self.print_layout.name
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_to_project()
        self.scene.cancel_placement()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        """Esc cancels placing an item from anywhere in the window."""
        if event.key() == Qt.Key.Key_Escape and self.scene.placing:
            self.scene.cancel_placement()
            return
        super().keyPressEvent(event)

    # --- model and scene events -------------------------------------------
    def _on_scene_geometry_requested(self, item_id: str, rect: Any) -> None:
        item = self.print_layout.item(item_id)
        if not item.locked and item.kind != "grid":
            self.push(MoveLayoutItemCommand(self.print_layout, item_id, tuple(rect)))
        else:
            self.scene.sync_item(item)

    def _on_layout_item_changed(self, item: LayoutItem) -> None:
        self.scene.sync_item(item)
        if self.properties.item is item:
            self.properties.update_values()
        self._update_title()

    def _on_layout_items_changed(self, _layout: PrintLayout) -> None:
        self.scene.rebuild()
        self.items_list.rebuild(self.scene.selected_ids())
        shown = self.properties.item
        if shown is not None and shown not in self.print_layout.items:
            self.properties.show_item(None)
        self._update_actions()

    def _on_scene_selection_changed(self) -> None:
        try:
            ids = self.scene.selected_ids()
        except RuntimeError:  # the scene's items are going away with the window
            return
        item = self.print_layout.item(ids[0]) if len(ids) == 1 else None
        if item is not self.properties.item:
            self.properties.show_item(item)
        self.items_list.select_ids(ids)
        self.actions_.update(ids)

    # --- export ------------------------------------------------------------
    def show_preflight(self) -> list[MissingGlyph]:
        """Run the glyph check and show the result; return the issues."""
        issues = preflight(
            self.print_layout,
            RenderContext(self.project, 96.0, view_extent=self.scene.view_extent),
        )
        if issues:
            QMessageBox.warning(
                self,
                self.tr("Glyph check"),
                self.tr(
                    "These characters are missing from the bundled fonts and "
                    "will print as boxes:"
                )
                + "\n"
                + describe(issues),
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Glyph check"),
                self.tr("The bundled fonts can show every text."),
            )
        return issues

    def export_to(
        self,
        path: str | Path,
        dpi: float | None = None,
        confirm: Callable[[list[MissingGlyph]], bool] | None = None,
    ) -> bool:
        """Preflight, ask when glyphs are missing, then export; True if written."""
        ctx = RenderContext(
            self.project, float(dpi or 300), view_extent=self.scene.view_extent
        )
        issues = preflight(self.print_layout, ctx)
        if issues:
            ask = confirm or self._confirm_missing
            if not ask(issues):
                return False
        export_layout(self.print_layout, self.project, Path(path), dpi=dpi, ctx=ctx)
        return True

    def _confirm_missing(self, issues: list[MissingGlyph]) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Missing glyphs"),
            self.tr(
                "These characters are missing from the bundled fonts and "
                "will print as boxes:"
            )
            + "\n"
            + describe(issues)
            + "\n\n"
            + self.tr("Export anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_dialog(self) -> Path | None:
        """Ask for format, resolution and file; export; say where it went."""
        dialog = ExportLayoutDialog(
            self.print_layout.name, self.project.meta.path, self
        )
        if dialog.exec() != ExportLayoutDialog.DialogCode.Accepted:
            return None
        path = dialog.path
        try:
            written = self.export_to(path, dpi=dialog.dpi)
        except OSError as exc:
            from gui.write_failure import show_write_failure

            show_write_failure(self, path, exc)
            return None
        if not written:
            return None
        confirm_written(self, path)
        return path
