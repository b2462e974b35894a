"""The layout designer: page preview, item properties, align, undo, export.

:class:`LayoutWindow` edits one :class:`~layers.printing.layout.PrintLayout` through
its own :class:`~layers.undo.UndoStack` (layout edits do not interleave with
map edits). "Save to project" stores the layout in ``project.layouts`` through
one undoable command on the project's stack, so saving the project persists
it. Every export runs the glyph preflight first and warns before a box
reaches paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from gui.printing.exporters import export_layout
from gui.printing.layout_scene import LayoutScene
from gui.printing.page_plan import RenderContext
from gui.printing.preflight import describe, preflight
from layers.printing.layout import LayoutItem, PrintLayout
from layers.printing.layout_commands import (
    ALIGN_MODES,
    MoveLayoutItemCommand,
    SetLayoutItemPropertyCommand,
    align_items,
)
from layers.project import Project
from layers.undo import Command, UndoStack


class SaveLayoutCommand(Command):
    """Store a layout in ``project.layouts`` (undo restores the previous one)."""

    def __init__(self, project: Project, name: str, data: dict[str, Any]) -> None:
        self.project = project
        self.name = name
        self.before = project.layouts.get(name)
        self.after = data
        self.text = f"Save layout {name}"

    def redo(self) -> None:
        self.project.layouts[self.name] = self.after

    def undo(self) -> None:
        if self.before is None:
            self.project.layouts.pop(self.name, None)
        else:
            self.project.layouts[self.name] = self.before


class LayoutItemPropertiesWidget(QWidget):
    """Edit the selected item's geometry (mm), lock and simple properties."""

    def __init__(self, push: Callable[[Command], None], layout: PrintLayout) -> None:
        super().__init__()
        self._push = push
        self._layout = layout
        self._item: LayoutItem | None = None
        self.form = QFormLayout(self)
        self.editors: dict[str, QWidget] = {}

    def show_item(self, item: LayoutItem | None) -> None:
        """Rebuild the form for ``item`` (or clear it)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self._item = item
        if item is None:
            return
        for i, key in enumerate(("x_mm", "y_mm", "w_mm", "h_mm")):
            spin = QDoubleSpinBox()
            spin.setRange(-2000.0, 2000.0)
            spin.setDecimals(1)
            spin.setValue(item.rect_mm[i])
            spin.editingFinished.connect(
                lambda k=i, s=spin: self._geometry(k, s.value())
            )
            self._add(key, spin)
        lock = QCheckBox()
        lock.setChecked(item.locked)
        lock.toggled.connect(lambda v: self._set("locked", bool(v)))
        self._add("locked", lock)
        from layers.printing.item_kinds import ITEM_DEFAULTS

        for key, default in ITEM_DEFAULTS[item.kind].items():
            value = item.prop(key)
            if isinstance(default, bool):
                box = QCheckBox()
                box.setChecked(bool(value))
                box.toggled.connect(lambda v, k=key: self._set(k, bool(v)))
                self._add(key, box)
            elif isinstance(default, int | float):
                spin = QDoubleSpinBox()
                spin.setRange(0.0, 1e9)
                spin.setDecimals(2)
                spin.setValue(float(value or 0))
                cast = int if isinstance(default, int) else float
                spin.editingFinished.connect(
                    lambda k=key, s=spin, c=cast: self._set(k, c(s.value()))
                )
                self._add(key, spin)
            elif isinstance(default, str):
                edit = QLineEdit(str(value or ""))
                edit.editingFinished.connect(
                    lambda k=key, e=edit: self._set(k, e.text())
                )
                self._add(key, edit)

    def _add(self, key: str, widget: QWidget) -> None:
        self.editors[key] = widget
        self.form.addRow(key, widget)

    def _geometry(self, index: int, value: float) -> None:
        if self._item is None:
            return
        rect = list(self._item.rect_mm)
        if abs(rect[index] - value) > 1e-6:
            rect[index] = value
            self._push(MoveLayoutItemCommand(self._layout, self._item.id, tuple(rect)))

    def _set(self, key: str, value: Any) -> None:
        if self._item is None:
            return
        current = (
            getattr(self._item, key)
            if key in ("locked", "visible")
            else self._item.prop(key)
        )
        if current != value:
            self._push(
                SetLayoutItemPropertyCommand(self._layout, self._item.id, key, value)
            )


class LayoutWindow(QMainWindow):
    """A print layout designer for one layout of a project."""

    def __init__(
        self, project: Project, layout: PrintLayout, parent: QWidget | None = None,
        view_extent: tuple[float, float, float, float] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.project = project
        self.layout = layout
        self.undo_stack = UndoStack()
        self.scene = LayoutScene(layout, project)
        self.scene.view_extent = view_extent
        self.scene.geometry_requested.connect(self._on_scene_geometry_requested)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setCentralWidget(self.view)
        self.properties = LayoutItemPropertiesWidget(self.push, layout)
        self.properties_dock = dock = QDockWidget(self)
        dock.setObjectName("layout_properties")
        dock.setWidget(self.properties)
        # Empty until an item is selected; keep room for the form anyway.
        dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        layout.item_changed.connect(self._on_layout_item_changed)
        layout.items_changed.connect(lambda _lay: self.scene.rebuild())
        self.undo_stack.index_changed.connect(lambda _s: self._update_actions())
        self._build_actions()
        self.retranslate_ui()
        self.resize(1280, 860)
        self.zoom_to_page()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(
            self.tr("Print layout – %1").replace("%1", self.layout.name)
        )
        self.properties_dock.setWindowTitle(self.tr("Properties"))
        self.toolbar.setWindowTitle(self.tr("Layout"))
        texts = {
            "undo": self.tr("Undo"),
            "redo": self.tr("Redo"),
            "left": self.tr("Align left"),
            "center": self.tr("Center horizontally"),
            "right": self.tr("Align right"),
            "top": self.tr("Align top"),
            "middle": self.tr("Center vertically"),
            "bottom": self.tr("Align bottom"),
            "zoom_in": self.tr("Zoom in"),
            "zoom_out": self.tr("Zoom out"),
            "zoom_page": self.tr("Whole page"),
            "preflight": self.tr("Glyph check"),
            "export": self.tr("Export…"),
            "save": self.tr("Save to project"),
        }
        for key, act in self.named_actions.items():
            act.setText(texts.get(key, key))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- actions ---------------------------------------------------------
    def _action(
        self, key: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        act = QAction(key, self)
        act.setObjectName(f"layout_{key}")
        self.named_actions[key] = act
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    def _build_actions(self) -> None:
        self.named_actions: dict[str, QAction] = {}
        self.toolbar = tb = self.addToolBar("")
        tb.setObjectName("layout_toolbar")
        self.undo_action = self._action(
            "undo", self.undo_stack.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            "redo", self.undo_stack.redo, QKeySequence.StandardKey.Redo
        )
        self.align_actions = {m: self._action(m, lambda m=m: self.align(m))
                              for m in ALIGN_MODES}  # fmt: skip
        acts = [self.undo_action, self.redo_action, None, *self.align_actions.values(), None,
                self._action("zoom_in", lambda: self.view.scale(1.25, 1.25), QKeySequence.StandardKey.ZoomIn),
                self._action("zoom_out", lambda: self.view.scale(0.8, 0.8), QKeySequence.StandardKey.ZoomOut),
                self._action("zoom_page", self.zoom_to_page), None,
                self._action("preflight", self.show_preflight),
                self._action("export", self.export_dialog),
                self._action("save", self.save_to_project)]  # fmt: skip
        for act in acts:
            if act is None:
                tb.addSeparator()
            else:
                tb.addAction(act)
                self.addAction(act)
        self._update_actions()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.can_undo())
        self.redo_action.setEnabled(self.undo_stack.can_redo())

    # --- editing -----------------------------------------------------------
    def push(self, cmd: Command) -> None:
        """Apply ``cmd`` to the layout through the window's undo stack."""
        self.undo_stack.push(cmd)

    def align(self, mode: str) -> None:
        """Align the selected items (one undo step)."""
        cmd = align_items(self.layout, self.scene.selected_ids(), mode)
        if cmd is not None:
            self.push(cmd)

    def select(self, item_ids: list[str]) -> None:
        """Select the given items in the preview."""
        self.scene.clearSelection()
        for i in item_ids:
            self.scene.overlays[i].setSelected(True)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
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
        self.project.undo_stack.push(
            SaveLayoutCommand(self.project, self.layout.name, self.layout.to_dict())
        )

    def _on_scene_geometry_requested(self, item_id: str, rect: Any) -> None:
        if not self.layout.item(item_id).locked:
            self.push(MoveLayoutItemCommand(self.layout, item_id, tuple(rect)))
        else:
            self.scene.sync_item(self.layout.item(item_id))

    def _on_layout_item_changed(self, item: LayoutItem) -> None:
        self.scene.sync_item(item)
        ids = self.scene.selected_ids()
        if ids == [item.id]:
            self.properties.show_item(item)

    def _on_scene_selection_changed(self) -> None:
        try:
            ids = self.scene.selected_ids()
        except RuntimeError:  # the scene's items are going away with the window
            return
        self.properties.show_item(self.layout.item(ids[0]) if len(ids) == 1 else None)

    # --- export ------------------------------------------------------------
    def show_preflight(self) -> list:
        """Run the glyph check and show the result; return the issues."""
        issues = preflight(
            self.layout,
            RenderContext(self.project, 96.0, view_extent=self.scene.view_extent),
        )
        if issues:
            QMessageBox.warning(
                self,
                self.tr("Glyph check"),
                self.tr(
                    "These characters are missing from the bundled fonts and will "
                    "print as boxes:"
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
        self, path: str | Path, dpi: float | None = None,
        confirm: Callable[[list], bool] | None = None,
    ) -> bool:  # fmt: skip
        """Preflight, ask when glyphs are missing, then export; True if written."""
        ctx = RenderContext(
            self.project, float(dpi or 300), view_extent=self.scene.view_extent
        )
        issues = preflight(self.layout, ctx)
        if issues:
            ask = confirm or self._confirm_missing
            if not ask(issues):
                return False
        export_layout(self.layout, self.project, Path(path), dpi=dpi, ctx=ctx)
        return True

    def _confirm_missing(self, issues: list) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Missing glyphs"),
            self.tr("These characters are missing from the bundled fonts and "
                    "will print as boxes:")
            + "\n" + describe(issues) + "\n\n" + self.tr("Export anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def export_dialog(self) -> None:
        """Ask for a file (.pdf/.png/.svg) and export the page."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export layout"), f"{self.layout.name}.pdf",
                                              "PDF (*.pdf);;PNG 300 dpi (*.png);;SVG (*.svg)")  # fmt: skip
        if path:
            try:
                self.export_to(path)
            except OSError as exc:
                from gui.write_failure import show_write_failure

                show_write_failure(self, path, exc)
