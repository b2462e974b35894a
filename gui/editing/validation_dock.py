"""ValidationDock: topology and validation issues of the edited layers.

Refreshed on every change (the session's ``issues_changed``); double-click
zooms to an issue; "Repair" fixes an invalid geometry in one undoable step
and says what changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from geo.crs import transform_geometry
from layers.editing.topology import TopologyIssue, repair_command


class ValidationDock(QDockWidget):
    """List issues; zoom to one; repair invalid geometry with one click."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Validation"), parent)
        self.setObjectName("dock_validation")
        self.controller = controller
        self.issues: list[TopologyIssue] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Severity"), self.tr("Rule"), self.tr("Area m²"), self.tr("Issue")]
        )
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.repair_button = QPushButton(self.tr("Repair"))
        self.repair_button.clicked.connect(self.repair_current)
        self.refresh_button = QPushButton(self.tr("Check now"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.last_repair = ""
        body = QWidget()
        lay = QVBoxLayout(body)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.repair_button)
        lay.addLayout(row)
        lay.addWidget(self.tree)
        self.setWidget(body)
        controller.state_changed.connect(self._on_controller_state_changed)
        self._on_controller_state_changed()

    def _on_controller_state_changed(self) -> None:
        session = self.controller.session
        if session is not None:
            session.issues_changed.connect(self._on_session_issues_changed)
        self.refresh()

    def _on_session_issues_changed(self, issues: list[TopologyIssue]) -> None:
        self.show_issues(issues)

    def refresh(self) -> None:
        """Re-run the checks on the edited layers."""
        session = self.controller.session
        self.show_issues(session.issues() if session is not None else [])

    def show_issues(self, issues: list[TopologyIssue]) -> None:
        """Fill the list."""
        self.issues = list(issues)
        self.tree.clear()
        for i, issue in enumerate(self.issues):
            area = f"{issue.area_m2:,.0f}" if issue.area_m2 is not None else ""
            item = QTreeWidgetItem([issue.severity, issue.rule, area, issue.message])
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            self.tree.addTopLevelItem(item)
        errors = sum(1 for i in self.issues if i.severity == "error")
        self.summary.setText(
            self.tr("%1 error(s), %2 warning(s)")
            .replace("%1", str(errors))
            .replace("%2", str(len(self.issues) - errors))
        )

    def current_issue(self) -> TopologyIssue | None:
        """Return the selected issue."""
        item = self.tree.currentItem()
        return (
            None
            if item is None
            else self.issues[item.data(0, Qt.ItemDataRole.UserRole)]
        )

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        self.zoom_to(self.issues[item.data(0, Qt.ItemDataRole.UserRole)])

    def zoom_to(self, issue: TopologyIssue) -> None:
        """Centre the map on the issue (its area, or its location)."""
        canvas = self.controller.canvas
        epsg = canvas.viewport.epsg
        geom = issue.geometry
        if geom is None and issue.location is not None:
            import shapely

            geom = shapely.Point(issue.location)
        if geom is None:
            return
        b = transform_geometry(geom, 4490, epsg).buffer(50).bounds
        canvas.zoom_to_extent_map(b)

    def repair_current(self) -> None:
        """Repair the selected invalid geometry (one undo step); report the change."""
        issue = self.current_issue()
        if issue is None or not issue.repairable or self.controller.project is None:
            self.controller.say(self.tr("Select an invalid-geometry issue to repair"))
            return
        layer = self.controller.project.layer(issue.layer_id)
        cmd, what = repair_command(layer, issue)
        self.controller.push(cmd)
        self.last_repair = what
        self.controller.say(what)
