"""EditController: the GUI side of an edit session (tools, actions, questions).

Questions to the user (attribute form, override reason, merge attributes,
unsaved edits) go through replaceable handlers so tests answer them without
dialogs; by default they open the real dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import geopandas as gpd
import shapely
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from geo.editing_ops import EditError, merge_polygons
from gui.editing.snapper import Snapper, SnapSettings
from layers.editing.commands import (
    ChangeAttributesCommand,
    DeleteFeaturesCommand,
    MergeFeaturesCommand,
    PasteFeaturesCommand,
)
from layers.editing.edit_session import EditingError, EditSession, TopologyBlockedError
from layers.editing.recovery import RestoreRecoveredEditsCommand, read_journal
from layers.project import Project
from layers.undo import Command, MacroCommand
from layers.vector_layer import VectorLayer
from layers.zones.schema import suggest_districts


class EditController(QObject):
    """Hold the edit session of the shown project and act for the tools.

    Signals
    -------
    message(str)
        Status text for the user.
    state_changed()
        Editing started/stopped or the edit layer changed.
    """

    message = Signal(str)
    state_changed = Signal()

    def __init__(
        self, canvas: Any, parent: QWidget | None = None, user: str = ""
    ) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.parent_widget = parent
        self.user = user
        self.project: Project | None = None
        self.store: Any = None
        self.session: EditSession | None = None
        self.snapper = Snapper(None, SnapSettings())
        self.current_layer_id: str | None = None
        self.clipboard: gpd.GeoDataFrame | None = None
        # Replaceable questions (tests set these; None opens the dialog).
        self.form_handler: (
            Callable[[VectorLayer, dict[str, Any], Any], dict[str, Any] | None] | None
        ) = None
        self.override_handler: Callable[[str], str | None] | None = None
        self.merge_handler: Callable[[VectorLayer, list[int]], int | None] | None = None
        self.unsaved_handler: Callable[[VectorLayer], str] | None = None

    # --- project -------------------------------------------------------------
    def set_project(self, project: Project | None, store: Any = None) -> None:
        """Follow the window's project (a new session; old edits were handled)."""
        self.project, self.store = project, store
        self.current_layer_id = None
        self.snapper.project = project
        self.session = None
        if project is not None:
            base = project.find("basemap")
            self.session = EditSession(
                project, store, self.user, base.gdf if base is not None else None
            )
        self.state_changed.emit()

    def recovery_journal(self) -> dict[str, Any] | None:
        """Return the crash journal beside the project file, if any."""
        path = self.project.meta.path if self.project else None
        return read_journal(path) if path else None

    def restore_recovery(self, doc: dict[str, Any]) -> list[str]:
        """Start editing the journal's layers and re-apply its edits (undoable)."""
        assert self.project is not None and self.session is not None
        for layer_id in doc.get("layers", {}):
            layer = self.project.find(layer_id)
            if layer is not None:
                self.session.start(layer)
                self.current_layer_id = layer.id
        cmd = RestoreRecoveredEditsCommand(self.project, doc)
        self.project.undo_stack.push(cmd)
        self.state_changed.emit()
        return cmd.conflicts

    # --- editing state -------------------------------------------------------
    def editable_layers(self) -> list[VectorLayer]:
        """Return the layers in edit mode."""
        return list(self.session.layers.values()) if self.session else []

    def edit_layer(self) -> VectorLayer | None:
        """Return the layer the tools edit (the current one, if in edit mode)."""
        if self.session is None or self.current_layer_id is None:
            return None
        return self.session.layers.get(self.current_layer_id)

    def start_editing(self, layer: VectorLayer) -> bool:
        """Put ``layer`` in edit mode and make it current."""
        if self.session is None:
            return False
        try:
            self.session.start(layer)
        except EditingError as exc:
            self.say(str(exc))
            return False
        self.current_layer_id = layer.id
        self.state_changed.emit()
        return True

    def stop_editing(self, layer: VectorLayer) -> bool:
        """Leave edit mode, asking to save or discard unsaved edits first."""
        if self.session is None or not self.session.is_editing(layer):
            return True
        if self.project is not None and self.project.dirty:
            answer = (
                self.unsaved_handler(layer)
                if self.unsaved_handler
                else self._ask_unsaved(layer)
            )
            if answer == "save" and not self.save():
                return False
            if answer == "discard":
                self.session.discard()
            if answer == "cancel":
                return False
        self.session.stop(layer)
        if self.current_layer_id == layer.id:
            self.current_layer_id = None
        self.state_changed.emit()
        return True

    def _ask_unsaved(self, layer: VectorLayer) -> str:
        box = QMessageBox.question(
            self.parent_widget, self.tr("Stop editing"),
            self.tr("Save the edits of %1?").replace("%1", layer.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(box, "cancel")  # fmt: skip

    # --- changes ---------------------------------------------------------------
    def say(self, text: str) -> None:
        """Show a status message."""
        self.message.emit(text)

    def push(self, cmd: Command) -> None:
        """Push one command on the project's undo stack."""
        if self.project is not None:
            self.project.undo_stack.push(cmd)

    def push_all(self, text: str, cmds: list[Command]) -> None:
        """Push commands as one undo step."""
        if len(cmds) == 1:
            cmds[0].text = text
            self.push(cmds[0])
        elif cmds:
            self.push(MacroCommand(text, cmds))

    def ask_attributes(
        self, layer: VectorLayer, fid: int | None, geom: Any
    ) -> dict[str, Any] | None:
        """Return attributes from the form (None: cancelled)."""
        values: dict[str, Any] = {}
        if fid is not None:
            row = layer.gdf.loc[fid]
            values = {
                c: row[c] for c in layer.gdf.columns if c != layer.gdf.geometry.name
            }
        else:
            kinds = layer.source.where.get("kind") or [None]
            values = {"kind": kinds[0], "boundary_status": "indicative"}
        base = self.project.find("basemap") if self.project else None
        suggested = (
            suggest_districts(geom, base.gdf)
            if base is not None and geom is not None
            else []
        )
        if self.form_handler is not None:
            return self.form_handler(layer, values, suggested)
        from gui.editing.zone_form_dialog import ZoneFormDialog

        codes = {
            c
            for lyr in self.editable_layers()
            for c in lyr.gdf.get("code", [])
            if isinstance(c, str)
        }
        codes.discard(values.get("code"))
        dlg = ZoneFormDialog(values, suggested, codes, self.parent_widget)
        return dlg.values() if dlg.exec() else None

    def edit_attributes(self, fid: int) -> None:
        """Open the form for a feature of the edit layer; push the changes."""
        layer = self.edit_layer()
        if layer is None or fid not in layer.gdf.index:
            return
        new = self.ask_attributes(layer, fid, layer.gdf.geometry.loc[fid])
        if new:
            row = layer.gdf.loc[fid]
            changed = {k: v for k, v in new.items() if k not in row or row[k] != v}
            if changed:
                self.push(
                    ChangeAttributesCommand(
                        layer, fid, changed, self.tr("Edit attributes")
                    )
                )

    def save(self) -> bool:
        """Save all edits; ask for an override reason if topology blocks it."""
        if self.session is None:
            return False
        try:
            self.session.save()
        except TopologyBlockedError as exc:
            reason = self._ask_override(str(exc))
            if not reason:
                self.say(self.tr("Not saved: topology errors remain"))
                return False
            try:
                self.session.save(override_reason=reason)
            except Exception as exc2:  # conflict, locked... shown, nothing written
                self.say(str(exc2))
                return False
        except Exception as exc:
            self.say(str(exc))
            return False
        self.say(self.tr("Edits saved"))
        return True

    def _ask_override(self, text: str) -> str | None:
        if self.override_handler is not None:
            return self.override_handler(text)
        reason, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Save with topology errors"),
            text + "\n\n" + self.tr("Reason (recorded with the save):"),
        )  # fmt: skip
        return reason.strip() if ok else None

    def cancel_edits(self) -> bool:
        """Discard unsaved edits (the GUI has asked)."""
        return bool(self.session and self.session.discard())

    def _selected(self) -> tuple[VectorLayer | None, list[int]]:
        layer = self.edit_layer()
        if layer is None:
            return None, []
        return layer, [int(f) for f in layer.selection.tolist() if f in layer.gdf.index]

    def delete_selected(self) -> None:
        """Delete the selected features of the edit layer."""
        layer, fids = self._selected()
        if layer is None or not fids:
            self.say(self.tr("Select features of the layer being edited"))
            return
        layer.set_selection([])
        self.push(DeleteFeaturesCommand(layer, fids, self.tr("Delete features")))

    def merge_selected(self) -> None:
        """Merge the selected features; the user picks whose attributes stay."""
        layer, fids = self._selected()
        if layer is None or len(fids) < 2:
            self.say(self.tr("Select at least two features to merge"))
            return
        keep = (
            self.merge_handler(layer, fids)
            if self.merge_handler
            else self._ask_keep(layer, fids)
        )
        if keep is None:
            return
        try:
            merged = merge_polygons(list(layer.gdf.geometry.loc[fids]))
        except EditError as exc:
            self.say(str(exc))
            return
        layer.set_selection([keep])
        self.push(
            MergeFeaturesCommand(
                layer, fids, keep, merged, text=self.tr("Merge features")
            )
        )

    def _ask_keep(self, layer: VectorLayer, fids: list[int]) -> int | None:
        names = [
            f"{layer.gdf.at[f, 'code'] if 'code' in layer.gdf else f} {layer.gdf.at[f, 'name_zh'] if 'name_zh' in layer.gdf else ''}"
            for f in fids
        ]
        item, ok = QInputDialog.getItem(
            self.parent_widget, self.tr("Merge features"),
            self.tr("Keep the attributes of:"), names, 0, False,
        )  # fmt: skip
        return fids[names.index(item)] if ok else None

    def copy_selected(self) -> None:
        """Copy the selected features of the current layer (any layer)."""
        layer = self.edit_layer() or (
            self.project.find(self.current_layer_id)
            if self.project and self.current_layer_id
            else None
        )
        if layer is None or not layer.selection.size:
            self.say(self.tr("Nothing selected to copy"))
            return
        fids = [f for f in layer.selection.tolist() if f in layer.gdf.index]
        self.clipboard = layer.gdf.loc[fids].copy()
        self.say(self.tr("%n feature(s) copied").replace("%n", str(len(fids))))

    def paste(self) -> None:
        """Paste copied features into the edit layer."""
        layer = self.edit_layer()
        if layer is None or self.clipboard is None or self.clipboard.empty:
            self.say(self.tr("Start editing a layer and copy features first"))
            return
        polys = self.clipboard[
            self.clipboard.geometry.apply(
                lambda g: isinstance(g, shapely.Polygon | shapely.MultiPolygon)
            )
        ]
        self.push(PasteFeaturesCommand(layer, polys, self.tr("Paste features")))
