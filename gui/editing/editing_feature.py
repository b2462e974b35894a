"""Zone editing in the window: toolbar, menus, docks, tools, save checks.

:class:`EditingFeature` adds the editing toolbar and tools through the window
interface and takes part in every save (:meth:`EditingFeature.saving`): a save
with topology errors is refused unless the planner gives a reason, which is
recorded; after a save the edit buffers are empty and the journal is gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from gui.interface import AppInterface, Feature, SaveCancelledError, SaveRequest
from gui.permissions import RoleGate, apply_to, layer_why_not
from layers.editing import topology
from layers.editing.edit_session import TopologyBlockedError
from layers.project import Project
from layers.undo import Command


class EditingFeature(Feature):
    """The editing toolbar, tools, docks and save checks of one window."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        self.controller = EditController(iface.canvas, iface.main_widget(), iface.user)
        self.controller.save_requester = iface.save_project
        c = self.controller
        canvas = iface.canvas
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
        owner = iface.main_widget()
        self.validation_dock = ValidationDock(c, owner)
        self.history_dock = HistoryDock(c, owner)
        # Editing panels take room from the map; they appear when editing starts.
        area = Qt.DockWidgetArea
        iface.add_dock(self.validation_dock, area.BottomDockWidgetArea, visible=False)
        iface.add_dock(self.history_dock, area.RightDockWidgetArea, visible=False)
        self._build_actions()
        c.message.connect(self._on_controller_message)
        c.state_changed.connect(self._on_controller_state_changed)
        iface.events().current_layer_changed.connect(
            self._on_events_current_layer_changed
        )
        iface.feature(RoleGate).role_changed.connect(self._on_gate_role_changed)
        self._connect_workspace_tools()
        iface.add_save_participant(self)

    def _connect_workspace_tools(self) -> None:
        """Double-click with select/identify opens the form of an edited feature."""
        from gui.workspace_feature import WorkspaceFeature

        ws = self.iface.feature(WorkspaceFeature)
        for tool in (ws.select_tool, ws.identify_tool):
            tool.features_double_clicked.connect(self.controller.edit_feature_of)

    def _action(
        self,
        key: str,
        text: str,
        slot: Any,
        shortcut: Any = None,
        checkable: bool = False,
    ) -> QAction:
        act = QAction(text, self.iface.main_widget())
        act.setObjectName(f"action_edit_{key}")
        act.setCheckable(checkable)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.actions[key] = act
        self.iface.register_action(f"edit_{key}", act)
        return act

    def _build_actions(self) -> None:
        w, c = self.iface, self.controller
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
            "save",
            QCoreApplication.translate("Editing", "Save edits"),
            lambda: self.iface.save_project(),
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
            bar.addAction(w.action(key))
        for tool in self.tools.values():
            w.add_map_tool(tool, toolbar="editing")
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

    # --- project lifecycle ------------------------------------------------------
    def project_opened(self, project: Project) -> None:
        """Start a fresh edit session; offer the crash journal if there is one."""
        c = self.controller
        c.set_project(project, self.iface.store)
        self.history_dock.set_project(project)
        self._on_controller_state_changed()
        doc = c.recovery_journal()
        if not doc:
            return
        title = QCoreApplication.translate("Editing", "Recover unsaved edits")
        question = QCoreApplication.translate(
            "Editing", "ZonePlanner closed with unsaved edits (%1). Restore them?"
        ).replace("%1", str(doc.get("written_at")))
        owner = self.iface.main_widget()
        if (
            QMessageBox.question(owner, title, question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        conflicts = c.restore_recovery(doc)
        if conflicts:
            QMessageBox.warning(owner, title, "\n".join(conflicts))

    def project_closing(self, project: Project) -> None:
        """End the session; edits left unsaved now were discarded by the planner."""
        self.controller.close_session(discarded=project.has_unsaved_edits)

    def project_saved(self, project: Project) -> None:
        """Save into the (possibly new) file from now on; refresh the history."""
        session = self.controller.session
        if session is not None:
            session.set_store(self.iface.store, project.meta.path)
        self.controller.store = self.iface.store
        self.history_dock.refresh()
        self._on_controller_state_changed()  # Save As: the file is one's own

    @contextmanager
    def saving(self, request: SaveRequest) -> Iterator[None]:
        """Refuse a save with topology errors unless the planner gives a reason."""
        session = self.controller.session
        if session is None or not session.layers:
            yield
            return
        reason = None
        issues = session.issues()
        if topology.has_errors(issues):
            reason = self.controller.ask_override(str(TopologyBlockedError(issues)))
            if not reason:
                self.controller.say(
                    QCoreApplication.translate(
                        "Editing", "Not saved: topology errors remain"
                    )
                )
                raise SaveCancelledError("topology errors remain")
        with session.checked_save(reason):
            yield

    def push_edit(self, cmd: Command) -> bool:
        """Push a feature edit into its layers' buffers, starting editing as needed."""
        c, project = self.controller, self.iface.project
        for layer_id in cmd.feature_layer_ids():
            layer = project.find(layer_id)
            if layer is None or not c.start_editing(layer):
                return False
        return c.push(cmd)

    # --- slots ---------------------------------------------------------------
    def _on_controller_message(self, text: str) -> None:
        self.iface.show_message(text, 8000)

    def _on_events_current_layer_changed(self, _layer: object) -> None:
        self._on_controller_state_changed()

    def _on_gate_role_changed(self, _role: str) -> None:
        self._on_controller_state_changed()  # the toggle follows the new role

    def _on_controller_state_changed(self) -> None:
        layer = self._current()
        editing = bool(
            layer
            and self.controller.session
            and self.controller.session.is_editing(layer)
        )
        self.actions["toggle"].setChecked(editing)
        # A layer the role may not change cannot be put in edit mode: say why.
        perms = self.iface.feature(RoleGate).permissions
        why = "" if editing or layer is None else layer_why_not(perms, layer)
        apply_to(self.actions["toggle"], why)
        if editing and not self.validation_dock.isVisible():
            self.validation_dock.show()
        if editing and not self.history_dock.isVisible():
            self.history_dock.show()  # follows the selected zone from now on

    def _on_snap_toggled(self, on: bool) -> None:
        self.controller.snapper.settings.enabled = bool(on)

    def _on_topo_toggled(self, on: bool) -> None:
        self.controller.snapper.settings.topological = bool(on)

    def _current(self) -> Any:
        return self.iface.current_layer()

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
                self.iface.main_widget(),
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
        ImportZonesDialog(self.controller, self.iface.main_widget()).exec()

    def export_zones(self) -> None:
        """Open the export dialog."""
        ExportZonesDialog(self.controller, self.iface.main_widget()).exec()
