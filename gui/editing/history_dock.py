"""HistoryDock: the audit log of one zone, and "restore this version".

Reads ``zp_audit_log`` through the store (who, when, what, before/after with
geometry WKT). Restoring pushes an ordinary undoable edit (geometry +
attributes), saved like any other change: history is never rewritten.
"""

from __future__ import annotations

import json
from typing import Any

import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.editing.commands import (
    BOOKKEEPING,
    ChangeAttributesCommand,
    ChangeGeometryCommand,
)
from layers.undo import MacroCommand
from layers.zones.schema import ZONE_FIELDS


def zone_history(store: Any, fid: int, table: str = "zones") -> list[dict[str, Any]]:
    """Return the audit rows of one feature, newest first (dicts)."""
    log = store.read_table("zp_audit_log")
    rows = log[(log["table_name"] == table) & (log["row_fid"] == fid)]
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

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("dock_history")
        self.controller = controller
        self.fid: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action")])
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.clicked.connect(self.restore_current)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.tree)
        lay.addWidget(self.restore_button)
        self.setWidget(body)

    def show_feature(self, fid: int | None) -> None:
        """List the audit rows of ``fid`` (a saved feature of the edit layer)."""
        self.fid = fid
        self.tree.clear()
        store = self.controller.store
        self.rows = (
            zone_history(store, fid)
            if store is not None and fid is not None and fid > 0
            else []
        )
        for i, r in enumerate(self.rows):
            item = QTreeWidgetItem(
                [str(r["at"]), str(r["user"] or ""), str(r["action"])]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            self.tree.addTopLevelItem(item)

    def restore_current(self) -> None:
        """Restore the state after the selected change (before it, for a delete)."""
        item = self.tree.currentItem()
        layer = self.controller.edit_layer()
        if item is None or layer is None or self.fid not in layer.gdf.index:
            self.controller.say(
                self.tr("Start editing the zone's layer and pick a version")
            )
            return
        row = self.rows[item.data(0, Qt.ItemDataRole.UserRole)]
        version = row["after_json"] or row["before_json"]
        if version:
            self.controller.push(restore_command(layer, self.fid, version))
