"""Install zone editing on the main window: toolbar, menus, docks, tools.

``install(window)`` needs the MainWindow hooks (menu, toolbar, add_dock,
add_tool, set_tool, canvas, project, store, project_loaded). It also routes
the window's Save through the edit session so topology is checked before
every save (see the report: a proper save hook on the window is wanted).
"""

from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from gui.editing.add_polygon_tool import AddPolygonTool
from gui.editing.controller import EditController
from gui.editing.history_dock import HistoryDock
from gui.editing.import_export_dialogs import ExportZonesDialog, ImportZonesDialog
from gui.editing.line_tools import AddHoleTool, RemoveHoleTool, ReshapeTool, SplitTool
from gui.editing.move_feature_tool import MoveFeatureTool
from gui.editing.validation_dock import ValidationDock
from gui.editing.vertex_tool import VertexTool


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


class EditingUi:
    """What :func:`install` created (kept on ``window.editing``)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.controller = EditController(window.canvas, window, getpass.getuser())
        c = self.controller
        canvas = window.canvas
        self.tools = {
            "add_polygon": AddPolygonTool(
                canvas, c, QCoreApplication.translate("Editing", "Add polygon")
            ),
            "vertex": VertexTool(
                canvas, c, QCoreApplication.translate("Editing", "Vertex tool")
            ),
            "move": MoveFeatureTool(
                canvas, c, QCoreApplication.translate("Editing", "Move feature")
            ),
            "split": SplitTool(
                canvas, c, QCoreApplication.translate("Editing", "Split features")
            ),
            "reshape": ReshapeTool(
                canvas, c, QCoreApplication.translate("Editing", "Reshape feature")
            ),
            "add_hole": AddHoleTool(
                canvas, c, QCoreApplication.translate("Editing", "Add hole")
            ),
            "remove_hole": RemoveHoleTool(
                canvas, c, QCoreApplication.translate("Editing", "Remove hole")
            ),
        }
        self.actions: dict[str, QAction] = {}
        self.validation_dock = ValidationDock(c, window)
        self.history_dock = HistoryDock(c, window)
        window.add_dock(self.validation_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        window.add_dock(self.history_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        # Editing panels take room from the map; they appear when editing starts.
        self.validation_dock.hide()
        self.history_dock.hide()
        self._build_actions()
        c.message.connect(self._on_controller_message)
        c.state_changed.connect(self._on_controller_state_changed)
        window.project_loaded.connect(self._on_window_project_loaded)
        self._connect_workspace_tools()
        self._on_window_project_loaded(window.project)

    def _connect_workspace_tools(self) -> None:
        """Double-click with select/identify opens the form of an edited feature."""
        ws = getattr(self.window, "workspace", None)
        for name in ("select_tool", "identify_tool"):
            tool = getattr(ws, name, None) if ws is not None else None
            signal = getattr(tool, "features_double_clicked", None)
            if signal is not None:
                signal.connect(self.controller.edit_feature_of)

    def _action(
        self,
        key: str,
        text: str,
        slot: Any,
        shortcut: Any = None,
        checkable: bool = False,
    ) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(f"action_edit_{key}")
        act.setCheckable(checkable)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.actions[key] = act
        return act

    def _build_actions(self) -> None:
        w, c = self.window, self.controller
        bar = w.toolbar("editing")
        menu = w.menu("edit")
        menu.addSeparator()
        toggle = self._action(
            "toggle",
            QCoreApplication.translate("Editing", "Toggle editing"),
            self.toggle_editing,
            checkable=True,
        )
        save = self._action(
            "save", QCoreApplication.translate("Editing", "Save edits"), c.save
        )
        cancel = self._action(
            "cancel",
            QCoreApplication.translate("Editing", "Cancel edits"),
            self.cancel_edits,
        )
        for a in (toggle, save, cancel):
            bar.addAction(a)
            menu.addAction(a)
        for key in ("undo", "redo"):
            if key in getattr(w, "actions", {}):
                bar.addAction(w.actions[key])
        for tool in self.tools.values():
            w.add_tool(tool, toolbar="editing")
        specs = [
            (
                "attributes",
                QCoreApplication.translate("Editing", "Edit attributes…"),
                self.edit_attributes,
                None,
            ),
            (
                "delete",
                QCoreApplication.translate("Editing", "Delete selected"),
                c.delete_selected,
                QKeySequence.StandardKey.Delete,
            ),
            (
                "merge",
                QCoreApplication.translate("Editing", "Merge selected…"),
                c.merge_selected,
                None,
            ),
            (
                "copy",
                QCoreApplication.translate("Editing", "Copy features"),
                c.copy_selected,
                QKeySequence.StandardKey.Copy,
            ),
            (
                "paste",
                QCoreApplication.translate("Editing", "Paste features"),
                c.paste,
                QKeySequence.StandardKey.Paste,
            ),
        ]
        for key, text, slot, sc in specs:
            a = self._action(key, text, slot, sc)
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            bar.addAction(a)
            menu.addAction(a)
        snap = self._action(
            "snap",
            QCoreApplication.translate("Editing", "Snapping"),
            self._on_snap_toggled,
            checkable=True,
        )
        snap.setChecked(c.snapper.settings.enabled)
        topo = self._action(
            "topological",
            QCoreApplication.translate("Editing", "Topological editing"),
            self._on_topo_toggled,
            checkable=True,
        )
        for a in (snap, topo):
            bar.addAction(a)
            menu.addAction(a)
        lm = w.menu("layer")
        lm.addAction(
            self._action(
                "import",
                QCoreApplication.translate("Editing", "Import zones…"),
                self.import_zones,
            )
        )
        lm.addAction(
            self._action(
                "export",
                QCoreApplication.translate("Editing", "Export zones…"),
                self.export_zones,
            )
        )

    # --- slots ---------------------------------------------------------------
    def _on_window_project_loaded(self, project: Any) -> None:
        c = self.controller
        c.set_project(project, getattr(self.window, "store", None))
        self.history_dock.set_project(project)
        if project is None:
            return
        doc = c.recovery_journal()
        if doc and getattr(self.window, "message_boxes_enabled", True):
            answer = QMessageBox.question(
                self.window, QCoreApplication.translate("Editing", "Recover unsaved edits"),
                QCoreApplication.translate("Editing", "ZonePlanner closed with unsaved edits (%1). Restore them?").replace("%1", str(doc.get("written_at"))),
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Yes:
                conflicts = c.restore_recovery(doc)
                if conflicts:
                    QMessageBox.warning(
                        self.window,
                        QCoreApplication.translate("Editing", "Recover unsaved edits"),
                        "\n".join(conflicts),
                    )

    def _on_controller_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _on_controller_state_changed(self) -> None:
        layer = self._current()
        editing = bool(
            layer
            and self.controller.session
            and self.controller.session.is_editing(layer)
        )
        self.actions["toggle"].setChecked(editing)
        if editing and not self.validation_dock.isVisible():
            self.validation_dock.show()
        if editing and not self.history_dock.isVisible():
            self.history_dock.show()  # follows the selected zone from now on

    def _on_snap_toggled(self, on: bool) -> None:
        self.controller.snapper.settings.enabled = bool(on)

    def _on_topo_toggled(self, on: bool) -> None:
        self.controller.snapper.settings.topological = bool(on)

    def _current(self) -> Any:
        return (
            self.window.current_layer()
            if hasattr(self.window, "current_layer")
            else None
        )

    def toggle_editing(self) -> None:
        """Start or stop editing the layer selected in the layer tree."""
        layer = self._current()
        c = self.controller
        if layer is None or c.session is None:
            return
        if c.session.is_editing(layer):
            c.stop_editing(layer)
        else:
            c.start_editing(layer)
        self._on_controller_state_changed()

    def cancel_edits(self) -> None:
        """Discard all unsaved edits after asking."""
        if (
            QMessageBox.question(
                self.window,
                QCoreApplication.translate("Editing", "Cancel edits"),
                QCoreApplication.translate("Editing", "Discard all unsaved edits?"),
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.controller.cancel_edits()

    def edit_attributes(self) -> None:
        """Open the form of the (first) selected feature of the edit layer."""
        layer = self.controller.edit_layer()
        if layer is not None and layer.selection.size:
            fid = int(layer.selection[0])
            self.history_dock.show_feature(fid, layer)
            self.controller.edit_attributes(fid, layer)

    def import_zones(self) -> None:
        """Open the import dialog."""
        ImportZonesDialog(self.controller, self.window).exec()

    def export_zones(self) -> None:
        """Open the export dialog."""
        ExportZonesDialog(self.controller, self.window).exec()


def install(window: Any) -> EditingUi:
    """Add the editing toolbar, tools, docks and menu entries to ``window``."""
    ui = EditingUi(window)
    window.editing = ui
    # Route File ▸ Save (and the close-with-unsaved-edits question) through the
    # edit session, so topology is checked and an override reason recorded.
    original = window.save_project

    def save_project() -> bool:
        if ui.controller.session is not None and ui.controller.editable_layers():
            return ui.controller.save()
        return original()

    window.save_project = save_project
    return ui
