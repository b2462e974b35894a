"""Add the enterprise register to a MainWindow: menus, docks, map tool, watcher."""

from __future__ import annotations

import getpass
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gui.enterprises.add_tool import AddEnterpriseTool
from gui.enterprises.register_dock import RegisterDock
from gui.enterprises.stats_dock import StatisticsDock, hidden_zones, project_frames
from layers.enterprises.assignment import ZoneAssignmentWatcher


def project_basemap(window: Any) -> Any:
    """Return the basemap frame of the window's project (or the shipped one)."""
    return project_frames(window.project)[2]


def existing_for(window: Any) -> pd.DataFrame:
    """Return credit code -> (fid, row_version) of the saved enterprises."""
    from layers.enterprises.importer import existing_codes

    store = getattr(window, "store", None)
    if store is not None:
        return existing_codes(store.read_table("enterprises"))
    layer = window.project.find("enterprises")
    return existing_codes(layer.gdf[layer.gdf.index > 0] if layer is not None else None)


def _baselines(project: Any) -> dict | None:
    try:
        from db import project_io
    except ImportError:  # pragma: no cover
        return None
    # db.project_io keeps the load/save baseline per layer; a direct import is
    # a save of the enterprises table, so its baseline moves with it.
    return getattr(project_io, "_BASELINES", {}).get(project)


def enterprises_dirty(window: Any) -> bool:
    """Return True if the enterprises layer has unsaved edits."""
    layer = window.project.find("enterprises")
    base = _baselines(window.project)
    if layer is None or base is None or layer.id not in base:
        return False
    return base[layer.id][1] != layer.revision


def write_import(window: Any, result: Any) -> dict[str, int]:
    """Write an ImportResult via the window's store, then reload the layer."""
    from layers.enterprises.importer import apply_import

    store = window.store
    if store is None:
        raise RuntimeError("save the project to a file before importing")
    if enterprises_dirty(window):
        raise RuntimeError("save or undo the unsaved enterprise edits first")
    zones = project_frames(window.project, store)[1]
    counts = apply_import(store, result, getpass.getuser(), zones=zones)
    layer = window.project.find("enterprises")
    if layer is not None:
        fresh = store.read_table("enterprises")
        layer.set_frame(fresh)
        base = _baselines(window.project)
        if base is not None and layer.id in base:
            base[layer.id] = (fresh.copy(), layer.revision)
    try:
        window.project.settings.update(store.read_settings())
    except Exception:  # noqa: BLE001 - only the export header uses these
        pass
    return counts


class EnterprisesPlugin(QObject):
    """Holds the docks, actions and the zone-assignment watcher of one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: ZoneAssignmentWatcher | None = None
        self.register_dock = RegisterDock(window)
        self.stats_dock = StatisticsDock(window)
        window.add_dock(self.register_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        window.add_dock(self.stats_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.register_dock.hide()
        self.stats_dock.hide()
        self.add_tool = AddEnterpriseTool(window.canvas, window)
        window.add_tool(self.add_tool, toolbar="editing")
        menu = window.menu("layer")
        self.import_action = QAction(self.tr("Import enterprises…"), self)
        self.import_action.triggered.connect(self.open_wizard)
        menu.addAction(self.import_action)
        tools = window.menu("tools")
        self.choropleth_action = QAction(
            self.tr("Choropleth of zones by enterprise density"), self
        )
        self.choropleth_action.triggered.connect(
            lambda: self.stats_dock.apply_choropleth()
        )
        self.density_action = QAction(self.tr("Enterprise density map"), self)
        self.density_action.triggered.connect(lambda: self.stats_dock.apply_density())
        for a in (self.choropleth_action, self.density_action):
            tools.addAction(a)
        window.project_loaded.connect(self._on_window_project_loaded)
        if window.project is not None:
            self._on_window_project_loaded(window.project)

    def _on_window_project_loaded(self, project: Any) -> None:
        if self.watcher is not None:
            self.watcher.disconnect()
            self.watcher = None
        ent = project.find("enterprises")
        zone_layers = [lyr for lyr in project.layers if lyr.source.table == "zones"]
        store = getattr(self.window, "store", None)
        _, zones, base = project_frames(project, store)
        if ent is not None and zone_layers and zones is not None:
            self.watcher = ZoneAssignmentWatcher(
                ent, zone_layers, extra_zones=hidden_zones(project, store)
            )
        self.register_dock.set_layer(ent, zones, base)
        self.stats_dock.set_project(project)

    def open_wizard(self) -> None:
        from gui.enterprises.import_wizard import ImportWizard

        if self.window.store is None:
            QMessageBox.information(
                self.window,
                self.tr("Import enterprises"),
                self.tr("Save the project to a file first."),
            )
            return
        ImportWizard(self.window).exec()


def install(window: Any) -> EnterprisesPlugin:
    """Add the enterprise menus, docks and map tool to ``window``."""
    plugin = EnterprisesPlugin(window)
    window.enterprises = plugin
    return plugin
