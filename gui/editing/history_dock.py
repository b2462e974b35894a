"""HistoryDock: the audit log of one zone, and "restore this version".

Reads ``zp_audit_log`` through the store (who, when, what, before/after with
geometry WKT). Restoring pushes an ordinary undoable edit (geometry +
attributes), saved like any other change: history is never rewritten. Each
row says what changed (fields, boundary, area); picking a row lists the fields
before and after (by their aliases) and the area change in m² and 亩. The
list is read again after every save.

The dock follows the selection: selecting exactly one zone on any zone layer
(select tool, identify, attribute table, search) shows that zone's history.
While the dock is hidden it only remembers the zone and reads the log when
it is shown.
"""

from __future__ import annotations

import json
from typing import Any

import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from geo.units import Lang, area_lines, format_area_change
from layers.editing.audit_diff import AuditDiff, audit_diff
from layers.editing.feature_commands import (
    BOOKKEEPING,
    ChangeAttributesCommand,
    ChangeGeometryCommand,
)
from layers.fields import display_value, field_label
from layers.fields.decoders import timestamp
from layers.undo import MacroCommand
from layers.zones.zone_fields import ZONE_FIELDS


def zone_history(store: Any, fid: int, table: str = "zones") -> list[dict[str, Any]]:
    """Return the audit rows of one feature, newest first (dicts)."""
    rows = store.read_table(
        "zp_audit_log", where={"table_name": [table], "row_fid": [int(fid)]}
    )
    out = []
    for _, r in rows.iloc[::-1].iterrows():
        out.append(
            {k: r[k] for k in ("at", "user", "action", "before_json", "after_json")}
        )
    return out


def restore_command(layer: Any, fid: int, version_json: str) -> MacroCommand:
    """Return an undoable edit setting a feature back to an audited version."""
    data = json.loads(version_json)
    wkt = data.get("geom") or data.get("geometry") or data.get("wkt")
    cmds: list[Any] = []
    if wkt:
        cmds.append(ChangeGeometryCommand(layer, {fid: shapely.from_wkt(wkt)}))
    attrs = {k: v for k, v in data.items() if k in ZONE_FIELDS and k not in BOOKKEEPING}
    if attrs:
        cmds.append(ChangeAttributesCommand(layer, fid, attrs))
    return MacroCommand(f"Restore version of fid {fid}", cmds)


class HistoryDock(QDockWidget):
    """List the saved changes of the selected zone; restore one as a new edit."""

    #: Tables whose layers the dock follows (zone history).
    TABLES = ("zones",)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("dock_history")
        self.controller = controller
        self.fid: int | None = None
        self.layer: Any = None
        self.rows: list[dict[str, Any]] = []
        self.project: Any = None
        self._followed: list[Any] = []
        self._pending: tuple[int | None, Any] | None = None
        self.title = QLabel()
        self.title.setObjectName("history_title")
        self.title.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Changes")]
        )
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.details = QTreeWidget()
        self.details.setObjectName("history_details")
        self.details.setRootIsDecorated(False)
        self.details.setHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.clicked.connect(self.restore_current)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.title)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)
        lay.addWidget(self.restore_button)
        self.setWidget(body)
        self.visibilityChanged.connect(self._on_visibility_changed)
        self._show_title()

    # --- following the selection ---------------------------------------------
    def set_project(self, project: Any) -> None:
        """Follow the selection of ``project``'s zone layers (None: stop)."""
        if self.project is not None:
            self.project.layers_changed.disconnect(self._on_project_layers_changed)
        self.project = project
        self._pending = None
        self._follow_layers()
        if project is not None:
            project.layers_changed.connect(self._on_project_layers_changed)
        self.show_feature(None)

    def _follow_layers(self) -> None:
        for lyr in self._followed:
            lyr.selection_changed.disconnect(self._on_layer_selection_changed)
        self._followed = [
            lyr
            for lyr in (self.project.layers if self.project is not None else [])
            if lyr.source.table in self.TABLES
        ]
        for lyr in self._followed:
            lyr.selection_changed.connect(self._on_layer_selection_changed)

    def _on_project_layers_changed(self, _project: Any) -> None:
        self._follow_layers()

    def _on_layer_selection_changed(self, layer: Any) -> None:
        if layer.selection.size == 1:
            target: tuple[int | None, Any] = (int(layer.selection[0]), layer)
        elif layer is self.layer or self.layer is None:
            target = (None, layer)  # the shown zone was deselected
        else:
            return
        if self.isVisible():
            self.show_feature(*target)
        else:
            self._pending = target

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._pending is not None:
            pending, self._pending = self._pending, None
            self.show_feature(*pending)

    # --- showing -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the shown feature's history again (after a save wrote to it)."""
        if self.fid is not None:
            self.show_feature(self.fid, self.layer)

    def show_feature(self, fid: int | None, layer: Any = None) -> None:
        """List the audit rows of feature ``fid`` of ``layer`` (default: the
        edit layer). Unsaved features (fid <= 0) have no history yet."""
        self._pending = None
        self.fid = fid
        self.layer = layer if layer is not None else self.controller.edit_layer()
        self.tree.clear()
        store = self.controller.store
        table = (self.layer.source.table if self.layer is not None else None) or "zones"
        self.rows = (
            zone_history(store, fid, table)
            if store is not None and fid is not None and fid > 0
            else []
        )
        for i, r in enumerate(self.rows):
            diff = audit_diff(r["before_json"], r["after_json"])
            summary = self._summary(str(r["action"]), diff)
            item = QTreeWidgetItem(
                [
                    timestamp(r["at"], ""),
                    str(r["user"] or ""),
                    self._action_label(str(r["action"])),
                    summary,
                ]
            )
            item.setToolTip(3, summary)
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        self.details.clear()
        first = self.tree.topLevelItem(0)
        if self.rows and first is not None:
            self.tree.setCurrentItem(first)
        self._show_title()

    # --- what changed --------------------------------------------------------
    def _action_label(self, action: str) -> str:
        labels = {
            "insert": self.tr("Created"),
            "bulk_insert": self.tr("Imported"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
        }
        return labels.get(action, action)

    def _lang(self) -> str:
        from gui import i18n

        return i18n.current_language() or "en"

    def _table(self) -> str | None:
        return self.layer.source.table if self.layer is not None else "zones"

    def _summary(self, action: str, diff: AuditDiff) -> str:
        """Return the changed fields and the boundary/area change on one line."""
        lang = self._lang()
        parts = [field_label(self._table(), c.field, lang) for c in diff.fields]
        if action == "update" and diff.geometry_changed:
            text = self.tr("boundary")
            if diff.area_change_m2 is not None:
                zh: Lang = "zh" if lang.startswith("zh") else "en"
                text += f" ({format_area_change(diff.area_change_m2, zh)})"
            parts.append(text)
        if action != "update":
            return ""
        return "; ".join(parts) if parts else self.tr("no visible change")

    def show_details(self, index: int) -> None:
        """List the fields of change ``index`` before and after, and its area."""
        self.details.clear()
        if not 0 <= index < len(self.rows):
            return
        r = self.rows[index]
        diff = audit_diff(r["before_json"], r["after_json"])
        lang, table = self._lang(), self._table()
        for c in diff.fields:
            label = field_label(table, c.field, lang)
            row = QTreeWidgetItem(
                [
                    label,
                    display_value(table, c.field, c.before, lang),
                    display_value(table, c.field, c.after, lang),
                ]
            )
            row.setToolTip(0, c.field)
            self.details.addTopLevelItem(row)
        if diff.geometry_changed:
            self.details.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        self.tr("Vertices"),
                        str(diff.vertices_before or ""),
                        str(diff.vertices_after or ""),
                    ]
                )
            )
            self._area_rows(diff, lang)
        for col in range(3):
            self.details.resizeColumnToContents(col)

    def _area_rows(self, diff: AuditDiff, lang: str) -> None:
        zh: Lang = "zh" if lang.startswith("zh") else "en"
        before = area_lines(diff.area_before_m2, zh) if diff.area_before_m2 else []
        after = area_lines(diff.area_after_m2, zh) if diff.area_after_m2 else []
        for i in range(max(len(before), len(after))):
            label = self.tr("Area") if i == 0 else ""
            self.details.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        label,
                        before[i] if i < len(before) else "",
                        after[i] if i < len(after) else "",
                    ]
                )
            )
        if diff.area_change_m2 is not None:
            change = QTreeWidgetItem(
                [
                    self.tr("Area change"),
                    "",
                    format_area_change(diff.area_change_m2, zh),
                ]
            )
            self.details.addTopLevelItem(change)

    def _on_tree_current_item_changed(self, item: Any, _previous: Any = None) -> None:
        if item is not None:
            self.show_details(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _show_title(self) -> None:
        layer, fid = self.layer, self.fid
        if fid is None or layer is None or fid not in layer.gdf.index:
            self.title.setText(self.tr("Select one zone to see its history"))
            return
        row = layer.gdf.loc[fid]
        name = " ".join(
            str(row[c])
            for c in ("code", "name_zh")
            if c in row.index and isinstance(row[c], str)
        )
        if fid <= 0:
            self.title.setText(self.tr("%1: not saved yet").replace("%1", name))
        else:
            self.title.setText(name or f"#{fid}")

    def restore_current(self) -> None:
        """Restore the state after the selected change (before it, for a delete).

        The restore is an ordinary undoable edit; the zone's layer is put in
        edit mode first if it is not already.
        """
        item = self.tree.currentItem()
        layer = self.layer if self.layer is not None else self.controller.edit_layer()
        if (
            item is None
            or layer is None
            or self.fid is None
            or self.fid not in layer.gdf.index
        ):
            self.controller.say(self.tr("Select a zone and pick a version"))
            return
        session = self.controller.session
        if session is None or (
            not session.is_editing(layer) and not self.controller.start_editing(layer)
        ):
            return  # the controller said why (read-only...)
        row = self.rows[item.data(0, Qt.ItemDataRole.UserRole)]
        version = row["after_json"] or row["before_json"]
        if version:
            self.controller.push(restore_command(layer, self.fid, version))
