"""EditController: the GUI side of an edit session (tools, actions, questions).

Questions to the user (attribute form, override reason, merge attributes,
unsaved edits) go through replaceable handlers so tests answer them without
dialogs; by default they open the real dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from geo.crs import transform_xy
from geo.editing_ops import EditError, merge_polygons
from gui.editing.snapper import STORAGE_EPSG, Snapper, SnapSettings
from layers.editing.edit_session import EditingError, EditSession, TopologyBlockedError
from layers.editing.feature_commands import (
    ChangeAttributesCommand,
    DeleteFeaturesCommand,
    MergeFeaturesCommand,
    PasteFeaturesCommand,
)
from layers.editing.recovery import read_journal, recovered_edits
from layers.project import Project
from layers.undo import Command, MacroCommand
from layers.vector_layer import VectorLayer
from layers.zones.zone_fields import suggest_districts


def same_value(a: Any, b: Any) -> bool:
    """Return True if two attribute values are equal (all empties are equal).

    >>> same_value(float("nan"), None), same_value("", None), same_value(1, 1.0)
    (True, True, True)
    """

    def empty(v: Any) -> bool:
        if v is None or (isinstance(v, str) and not v.strip()):
            return True
        try:
            return bool(pd.isna(v))
        except (TypeError, ValueError):
            return False

    if empty(a) or empty(b):
        return empty(a) and empty(b)
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _save_project(project: Any, store: Any, user: str) -> Any:
    """Write the edits through db (imported on first save, not at start-up)."""
    from db.project_io import save_project

    return save_project(project, store, user)


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
        #: Saves the whole project (the window's save pipeline); None saves
        #: through the session alone (a controller without a window).
        self.save_requester: Callable[[], bool] | None = None

    # --- project -------------------------------------------------------------
    def set_project(self, project: Project | None, store: Any = None) -> None:
        """Follow the window's project (a new session; old edits were handled)."""
        if self.session is not None:
            self.session.close()
        self.project, self.store = project, store
        self.current_layer_id = None
        self.snapper.project = project
        self.session = None
        if project is not None:
            base = project.find("basemap")
            self.session = EditSession(
                project,
                store,
                self.user,
                base.gdf if base is not None else None,
                saver=_save_project,
            )
        self.state_changed.emit()

    def close_session(self, discarded: bool) -> None:
        """End the session of the project the window lets go of.

        ``discarded``: the planner chose to drop unsaved edits, so the crash
        journal goes too (it is kept only when ZonePlanner did not close).
        """
        session = self.session
        if session is None:
            return
        if discarded and session.journal is not None:
            session.journal.clear()
        session.close()
        self.session = None
        self.state_changed.emit()

    def recovery_journal(self) -> dict[str, Any] | None:
        """Return the crash journal beside the project file, if any."""
        path = self.project.meta.path if self.project else None
        return read_journal(path) if path else None

    def restore_recovery(self, doc: dict[str, Any]) -> list[str]:
        """Start editing the journal's layers and re-apply its edits (undoable)."""
        assert self.project is not None and self.session is not None
        commands, conflicts = recovered_edits(self.project, doc)
        for cmd in commands:
            self.session.start(cmd.layer)
            self.current_layer_id = cmd.layer.id
            self.session.push(cmd)
        self.state_changed.emit()
        return conflicts

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
        """Leave edit mode, asking to save or discard the layer's edits first."""
        if self.session is None or not self.session.is_editing(layer):
            return True
        buf = self.session.buffer(layer)
        if buf is not None and buf.modified:
            answer = (
                self.unsaved_handler(layer)
                if self.unsaved_handler
                else self._ask_unsaved(layer)
            )
            if answer == "save" and not self.save():
                return False
            if answer == "discard":
                self.session.discard(layer)
            if answer == "cancel":
                return False
        self.session.stop(layer)
        if self.current_layer_id == layer.id:
            self.current_layer_id = None
        self.state_changed.emit()
        return True

    def _ask_unsaved(self, layer: VectorLayer) -> str:
        box = QMessageBox.question(
            self.parent_widget,
            self.tr("Stop editing"),
            self.tr("Save the edits of %1?").replace("%1", layer.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(box, "cancel")

    # --- changes ---------------------------------------------------------------
    def say(self, text: str) -> None:
        """Show a status message."""
        self.message.emit(text)

    def push(self, cmd: Command) -> bool:
        """Push a feature edit into the edit buffer of the layer it edits.

        Returns False (and says why) if that layer is not in edit mode.
        """
        if self.session is None:
            return False
        try:
            self.session.push(cmd)
        except EditingError as exc:
            self.say(str(exc))
            return False
        return True

    def push_all(self, text: str, cmds: Sequence[Command]) -> bool:
        """Push commands as one undo step (per layer)."""
        if len(cmds) == 1:
            cmds[0].text = text
            return self.push(cmds[0])
        return bool(cmds) and self.push(MacroCommand(text, cmds))

    def ask_attributes(
        self, layer: VectorLayer, fid: int | None, geom: Any
    ) -> dict[str, Any] | None:
        """Return attributes from the layer's form (None: cancelled).

        Zones get the zone form, conversion cases the case form, any other
        layer the generic one; ``form_handler`` (tests) answers instead.
        """
        values: dict[str, Any] = {}
        if fid is not None:
            row = layer.gdf.loc[fid]
            values = {
                c: row[c] for c in layer.gdf.columns if c != layer.gdf.geometry.name
            }
        elif layer.source.table == "zones":
            kinds: Sequence[str | None] = layer.source.where.get("kind") or [None]
            values = {"kind": kinds[0], "boundary_status": "indicative"}
        base = self.project.find("basemap") if self.project else None
        suggested = (
            suggest_districts(geom, base.gdf)
            if layer.source.table == "zones" and base is not None and geom is not None
            else []
        )
        if self.form_handler is not None:
            return self.form_handler(layer, values, suggested)
        if layer.source.table == "conversion_cases":
            return self._ask_case(values, geom)
        if layer.source.table != "zones":
            from gui.editing.attribute_form_dialog import AttributeFormDialog

            numeric = {
                str(c)
                for c in layer.gdf.columns
                if c != layer.gdf.geometry.name
                and pd.api.types.is_numeric_dtype(layer.gdf[c])
            }
            form = AttributeFormDialog(values, numeric, self.parent_widget)
            return form.values() if form.exec() else None
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

    def _ask_case(self, values: dict[str, Any], geom: Any) -> dict[str, Any] | None:
        from geo.measure import geodesic_area
        from gui.cases.case_form import CaseFormDialog
        from layers.permissions import Permissions

        area = geodesic_area(geom).m2 if geom is not None else 0.0
        # The signed-in role decides which statuses are offered (greyed, not hidden).
        perms = Permissions.of(self.project.meta) if self.project else None
        dlg = CaseFormDialog(values, area, self.user, self.parent_widget, None, perms)
        if not dlg.exec():
            return None
        # changed_values() stamps status_date/status_by when the status changed.
        return {**dlg.values(), **dlg.changed_values()}

    def edit_attributes(self, fid: int, layer: VectorLayer | None = None) -> bool:
        """Open the form of feature ``fid`` of an edited layer; push the changes.

        ``layer`` defaults to the current edit layer; it must be in edit mode.
        Returns True if a :class:`ChangeAttributesCommand` was pushed.
        """
        layer = layer if layer is not None else self.edit_layer()
        if (
            layer is None
            or self.session is None
            or not self.session.is_editing(layer)
            or fid not in layer.gdf.index
        ):
            return False
        new = self.ask_attributes(layer, fid, layer.gdf.geometry.loc[fid])
        if not new:
            return False
        row = layer.gdf.loc[fid]
        changed = {
            k: v for k, v in new.items() if k not in row or not same_value(row[k], v)
        }
        if not changed:
            return False
        self.push(
            ChangeAttributesCommand(layer, fid, changed, self.tr("Edit attributes"))
        )
        return True

    def edit_feature_of(self, candidates: list[tuple[str, int]]) -> bool:
        """Open the form of the first candidate (layer id, fid) being edited.

        The map tools hand their double-clicked features here, top layer
        first; the current edit layer's come first, features of layers not in
        edit mode are skipped.
        """
        if self.project is None or self.session is None:
            return False
        # The layer being edited (current) wins over other edited layers.
        candidates = sorted(candidates, key=lambda c: c[0] != self.current_layer_id)
        for layer_id, fid in candidates:
            layer = self.project.find(layer_id)
            if layer is not None and self.session.is_editing(layer):
                return self.edit_attributes(int(fid), layer)
        return False

    def edit_attributes_at(
        self, layer: VectorLayer, x_map: float, y_map: float
    ) -> bool:
        """Open the form of ``layer``'s topmost feature at a display-CRS point."""
        from gui.tools.identify_tool import TOLERANCE_PX, tolerance_box_ll
        from layers.query.selection import fids_at_point

        vp = self.canvas.viewport
        lon, lat = transform_xy(x_map, y_map, vp.epsg, STORAGE_EPSG)
        box = tolerance_box_ll(x_map, y_map, vp.epsg, TOLERANCE_PX * vp.mupp)
        hits = fids_at_point(layer, float(lon), float(lat), box, limit=1)
        return bool(hits.size) and self.edit_attributes(int(hits[0]), layer)

    def save(self) -> bool:
        """Save all edits (through the window's pipeline when there is one)."""
        if self.save_requester is not None:
            return self.save_requester()
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
            except Exception as exc2:  # noqa: BLE001 - conflict, locked...: shown, nothing written
                self.say(str(exc2))
                return False
        except Exception as exc:  # noqa: BLE001 - any failure is shown; nothing written
            self.say(str(exc))
            return False
        self.say(self.tr("Edits saved"))
        return True

    def ask_override(self, text: str) -> str | None:
        """Return the planner's reason to save despite topology errors (None: no)."""
        return self._ask_override(text)

    def _ask_override(self, text: str) -> str | None:
        if self.override_handler is not None:
            return self.override_handler(text)
        reason, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Save with topology errors"),
            text + "\n\n" + self.tr("Reason (recorded with the save):"),
        )
        return reason.strip() if ok else None

    def cancel_edits(self) -> bool:
        """Discard unsaved edits of every edited layer (the GUI has asked)."""
        if self.session is None:
            return False
        self.session.discard()
        return True

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
            self.parent_widget,
            self.tr("Merge features"),
            self.tr("Keep the attributes of:"),
            names,
            0,
            False,
        )
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
