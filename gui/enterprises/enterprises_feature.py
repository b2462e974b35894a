"""The enterprise register in the window: menus, docks, map tool, zone watcher."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gui.enterprises.add_tool import AddEnterpriseTool
from gui.enterprises.register_dock import RegisterDock
from gui.enterprises.stats_dock import StatisticsDock, hidden_zones, project_frames
from gui.interface import AppInterface, Feature
from layers.enterprises.assignment import ZoneAssignmentWatcher
from layers.project import Project


class EnterprisesFeature(Feature):
    """Holds the docks, actions and the zone-assignment watcher of one window."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        self.watcher: ZoneAssignmentWatcher | None = None
        self.register_dock = RegisterDock(iface)
        self.stats_dock = StatisticsDock(iface)
        area = Qt.DockWidgetArea
        iface.add_dock(self.register_dock, area.BottomDockWidgetArea, visible=False)
        iface.add_dock(self.stats_dock, area.RightDockWidgetArea, visible=False)
        self.add_tool = AddEnterpriseTool(iface.canvas, iface)
        iface.add_map_tool(self.add_tool, toolbar="editing")
        self.import_action = QAction(self.tr("Import enterprises…"), self)
        self.import_action.setObjectName("action_import_enterprises")
        self.import_action.triggered.connect(self.open_wizard)
        iface.menu("layer").addAction(self.import_action)
        iface.register_action("import_enterprises", self.import_action)
        self.choropleth_action = QAction(
            self.tr("Choropleth of zones by enterprise density"), self
        )
        self.choropleth_action.triggered.connect(
            lambda: self.stats_dock.apply_choropleth()
        )
        self.density_action = QAction(self.tr("Enterprise density map"), self)
        self.density_action.triggered.connect(lambda: self.stats_dock.apply_density())
        for key, a in (
            ("choropleth", self.choropleth_action),
            ("density_map", self.density_action),
        ):
            a.setObjectName(f"action_{key}")
            iface.menu("tools").addAction(a)
            iface.register_action(key, a)

    def project_opened(self, project: Project) -> None:
        """Watch the new project's zones; point the docks at its register."""
        if self.watcher is not None:
            self.watcher.disconnect()
            self.watcher = None
        ent = project.find("enterprises")
        zone_layers = [lyr for lyr in project.layers if lyr.source.table == "zones"]
        store = self.iface.store
        _, zones, base = project_frames(project, store)
        if ent is not None and zone_layers and zones is not None:
            self.watcher = ZoneAssignmentWatcher(
                ent, zone_layers, extra_zones=hidden_zones(project, store)
            )
        self.register_dock.set_layer(ent, zones, base)
        self.stats_dock.set_project(project)

    def project_closing(self, project: Project) -> None:
        """Stop watching the project's zones."""
        if self.watcher is not None:
            self.watcher.disconnect()
            self.watcher = None

    def open_wizard(self) -> None:
        """Open the import wizard (the project must live in a file)."""
        from gui.enterprises.import_wizard import ImportWizard

        if self.iface.store is None:
            QMessageBox.information(
                self.iface.main_widget(),
                self.tr("Import enterprises"),
                self.tr("Save the project to a file first."),
            )
            return
        ImportWizard(self.iface).exec()
