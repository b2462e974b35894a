"""Shared fixtures for the workspace tests: a small in-memory project (EPSG:4490).

Imported by tests/gui/test_gui_docks*.py and test_gui_tools*.py (pytest puts
this folder on sys.path; there is no package __init__).
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu
from shapely.geometry import box

from layers.project import Project
from layers.style import LayerStyle
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

#: 海淀园 test polygon (lon/lat): a 0.1 x 0.1 degree box north-west of the centre.
HAIDIAN_BOX = (116.25, 39.95, 116.35, 40.05)
JINRONGJIE_BOX = (116.35, 39.905, 116.365, 39.925)
CBD_BOX = (116.44, 39.90, 116.48, 39.93)


def make_zones() -> VectorLayer:
    """Return three zones with Chinese names, kinds and a numeric field."""
    gdf = gpd.GeoDataFrame(
        {
            "code": ["Z01", "F01", "F02"],
            "name_zh": ["海淀园", "金融街", "CBD"],
            "name_en": ["Haidian Park", "Financial Street", "CBD"],
            "kind": ["zgc_park", "functional_area", "functional_area"],
            "jobs": [120000.0, 80000.0, np.nan],
        },
        geometry=[box(*HAIDIAN_BOX), box(*JINRONGJIE_BOX), box(*CBD_BOX)],
        crs=4490,
    )
    return VectorLayer("Zones", gdf, "polygon", LayerStyle(label_field="name_zh"))


def make_districts() -> VectorLayer:
    """Return two fake districts covering the zones."""
    gdf = gpd.GeoDataFrame(
        {"adcode": ["110108", "110102"], "name_zh": ["海淀区", "西城区"]},
        geometry=[box(116.0, 39.9, 116.35, 40.2), box(116.35, 39.85, 116.4, 39.95)],
        crs=4490,
    )
    return VectorLayer("Districts", gdf, "polygon")


def make_enterprises(n: int = 400, seed: int = 7) -> VectorLayer:
    """Return ``n`` enterprise points spread over central Beijing."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(116.2, 116.5, n)
    y = rng.uniform(39.85, 40.1, n)
    gdf = gpd.GeoDataFrame(
        {
            "name": [f"企业{i:04d}" for i in range(n)],
            "category": rng.choice(["01", "03", "04", "07"], n),
            "employees": rng.integers(1, 500, n),
            "revenue_wan": rng.uniform(10, 9000, n).round(1),
        },
        geometry=gpd.points_from_xy(x, y),
        crs=4490,
    )
    return VectorLayer("Enterprises", gdf, "point")


def make_project() -> Project:
    """Return a project: Enterprises, Zones, Districts (top to bottom)."""
    project = Project()
    for lyr in (make_districts(), make_zones(), make_enterprises()):
        project.add_layer(lyr)
    return project


class FakeCanvas(QObject):
    """The part of MapCanvas the workspace uses, without rendering."""

    viewport_changed = Signal(object)
    cursor_moved = Signal(float, float)

    def __init__(self, project: Project) -> None:
        super().__init__()
        from geo.crs import transform_xy

        cx, cy = transform_xy(116.35, 39.95, 4490, project.display_epsg)
        self.viewport = Viewport(
            project.display_epsg, float(cx), float(cy), 20.0, 800, 600
        )
        self.overlays: list[Any] = []
        self.zoomed_to: list[Any] = []
        self.refreshes = 0

    def setCursor(self, cursor: Any) -> None:
        self.cursor = cursor

    def unsetCursor(self) -> None:
        self.cursor = None

    def visible_extent_ll(self) -> tuple[float, float, float, float]:
        return (116.2, 39.8, 116.5, 40.1)

    def add_overlay(self, fn: Any) -> None:
        self.overlays.append(fn)

    def remove_overlay(self, fn: Any) -> None:
        if fn in self.overlays:
            self.overlays.remove(fn)

    def zoom_to_extent_ll(self, bbox: Any) -> None:
        self.zoomed_to.append(tuple(bbox))

    def zoom_to_layer(self, layer: Any) -> None:
        self.zoomed_to.append(layer.extent_ll())

    def zoom_to_selection(self) -> None:
        self.zoomed_to.append("selection")

    def refresh(self) -> None:
        self.refreshes += 1

    def update(self) -> None:
        self.refreshes += 1


class FakeWindow(QMainWindow):
    """A minimal :class:`gui.interface.AppInterface` with only the workspace.

    Proves features need nothing of the window beyond the interface; the
    canvas is a :class:`FakeCanvas` that records zooms instead of rendering.
    """

    def __init__(self, project: Project) -> None:
        super().__init__()
        from gui.interface import WindowEvents

        self._project = project
        self._canvas = FakeCanvas(project)
        self._events = WindowEvents(self)
        self._menus: dict[str, QMenu] = {}
        self._actions: dict[str, Any] = {}
        self._features: list[Any] = []
        self.tools: list[Any] = []
        self.active_tool: Any = None
        self.messages: list[str] = []
        self.statusBar()

    @property
    def project(self) -> Project:
        return self._project

    @property
    def store(self) -> Any:
        return None

    @property
    def user(self) -> str:
        return "tester"

    @property
    def canvas(self) -> Any:
        return self._canvas

    @property
    def workspace(self) -> Any:
        from gui.workspace_feature import WorkspaceFeature

        return self.feature(WorkspaceFeature)

    def events(self) -> Any:
        return self._events

    def feature(self, cls: type) -> Any:
        return next(f for f in self._features if isinstance(f, cls))

    def current_layer(self) -> Any:
        return self.workspace.active_layer()

    def set_current_layer(self, layer_id: str) -> None:
        self.workspace.layer_tree.set_current_layer(layer_id)

    def push_feature_edit(self, cmd: Any) -> bool:
        return False

    def main_widget(self) -> QMainWindow:
        return self

    def add_dock(self, dock: Any, area: Any, *, visible: bool = True) -> None:
        self.addDockWidget(area, dock)
        dock.setVisible(visible)

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]

    def add_menu(self, name: str) -> QMenu:
        return self.menu(name)

    def toolbar(self, name: str) -> Any:
        return self.addToolBar(name)

    def register_action(self, key: str, action: Any) -> None:
        self._actions[key] = action

    def action(self, key: str) -> Any:
        return self._actions[key]

    def add_map_tool(
        self, tool: Any, toolbar: str = "tools", *, in_menu: bool = True
    ) -> None:
        self.tools.append(tool)

    def set_map_tool(self, tool: Any) -> None:
        if self.active_tool is not None:
            self.active_tool.deactivate()
        self.active_tool = tool
        tool.activate()

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.messages.append(text)
        self.statusBar().showMessage(text, timeout_ms)

    def show_error(self, title: str, text: str) -> None:
        self.messages.append(text)

    def progress(self) -> Any:
        raise NotImplementedError

    def add_save_participant(self, participant: Any) -> None:
        pass

    def save_project(self) -> bool:
        return False


def map_event(
    canvas: Any,
    lon: float,
    lat: float,
    button: Any = None,
    modifiers: Any = None,
) -> Any:
    """Return a MapMouseEvent at a lon/lat point, pixels from ``canvas.viewport``."""
    from PySide6.QtCore import Qt

    from geo.crs import transform_xy
    from gui.map_tool import MapMouseEvent

    vp = canvas.viewport
    x, y = transform_xy(lon, lat, 4490, vp.epsg)
    px, py = vp.map_to_px(x, y)
    button = Qt.MouseButton.LeftButton if button is None else button
    return MapMouseEvent(
        float(px),
        float(py),
        float(x),
        float(y),
        button,
        modifiers or Qt.KeyboardModifier.NoModifier,
        button,
        vp.epsg,
    )


@pytest.fixture
def fake_window(qtbot: Any) -> FakeWindow:
    """Return a FakeWindow on make_project(), shown, with the workspace installed."""
    from gui.permissions import RoleGate
    from gui.workspace_feature import WorkspaceFeature

    window = FakeWindow(make_project())
    qtbot.addWidget(window)
    # As in MainWindow.FEATURES: the role gate first, the workspace guards with it.
    for cls in (RoleGate, WorkspaceFeature):
        feature = cls(window, window)
        window._features.append(feature)
        feature.project_opened(window.project)
    window.resize(1200, 800)
    return window
