"""Identify, select and measure tools driven by synthetic MapMouseEvents."""

# ruff: noqa: F811  (fake_window is a fixture imported from workspace_fixtures)
from __future__ import annotations

from typing import Any

import numpy as np
import pyproj
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPainter
from workspace_fixtures import HAIDIAN_BOX, FakeWindow, fake_window, map_event  # noqa: F401

from geo.crs import transform_xy
from gui.tools.measure_tool import MeasureTool

GEOD = pyproj.Geod(ellps="GRS80")
LEFT = Qt.MouseButton.LeftButton


def _click(tool: Any, event: Any) -> None:
    tool.canvas_press_event(event)
    tool.canvas_release_event(event)


def test_identify_known_zone_name_and_area(fake_window: FakeWindow, qtbot: Any) -> None:
    ws = fake_window.workspace
    fake_window.set_map_tool(ws.identify_tool)
    event = map_event(fake_window.canvas, 116.30, 40.0)
    with qtbot.waitSignal(ws.identify_tool.features_identified) as blocker:
        _click(ws.identify_tool, event)
    results = blocker.args[0]
    zone = next(r for r in results if r.layer_name == "Zones")
    assert zone.title == "海淀园" and zone.attributes["code"] == "Z01"
    lon = [HAIDIAN_BOX[0], HAIDIAN_BOX[2], HAIDIAN_BOX[2], HAIDIAN_BOX[0]]
    lat = [HAIDIAN_BOX[1], HAIDIAN_BOX[1], HAIDIAN_BOX[3], HAIDIAN_BOX[3]]
    expected_m2 = abs(GEOD.polygon_area_perimeter(lon, lat)[0])
    assert zone.area is not None and zone.area.m2 == pytest.approx(
        expected_m2, rel=1e-6
    )
    assert zone.area.mu == pytest.approx(expected_m2 / (10000 / 15), rel=1e-6)
    assert "geodesic" in zone.area.method
    tree = ws.identify_dock.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert top == ["Zones", "Districts"]
    feature = tree.topLevelItem(0).child(0)
    assert feature.text(0) == "海淀园"
    # m², 公顷 (ha) and 亩 each on their own line.
    lines = [feature.child(i).text(1) for i in range(3)]
    assert lines[0].endswith("m²")
    assert lines[1].endswith(("ha", "公顷")) and "亩" in lines[2]
    # Hidden layers are not identified.
    fake_window.project.find("Zones").set_visible(False)
    names = [r.layer_name for r in ws.identify_tool.identify_at(event)]
    assert "Zones" not in names


def test_select_rectangle_by_drag_and_click_modifiers(fake_window: FakeWindow) -> None:
    ws = fake_window.workspace
    project, canvas = fake_window.project, fake_window.canvas
    ents = project.find("Enterprises")
    ws.layer_tree.set_current_layer(ents.id)
    tool = ws.select_tool
    fake_window.set_map_tool(tool)
    a = map_event(canvas, 116.30, 39.90)
    b = map_event(canvas, 116.40, 40.00)
    tool.canvas_press_event(a)
    tool.canvas_move_event(b)
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for overlay in canvas.overlays:
        overlay(painter, canvas.viewport)  # rubber band draws without error
    painter.end()
    tool.canvas_release_event(b)
    px, py = transform_xy(*ents.point_xy_ll(), 4490, canvas.viewport.epsg)
    inside = (px >= a.x_map) & (px <= b.x_map) & (py >= a.y_map) & (py <= b.y_map)
    assert ents.selection.tolist() == ents.gdf.index[inside].tolist()
    # Click on one point: replaces; Shift adds; Ctrl removes.
    fid = int(ents.gdf.index[0])
    lon, lat = ents.point_xy_ll()
    hit = map_event(canvas, float(lon[0]), float(lat[0]))
    _click(tool, hit)
    assert ents.selection.tolist() == [fid]
    shift = map_event(
        canvas,
        float(lon[1]),
        float(lat[1]),
        modifiers=Qt.KeyboardModifier.ShiftModifier,
    )
    _click(tool, shift)
    assert ents.selection.tolist() == [fid, int(ents.gdf.index[1])]
    ctrl = map_event(
        canvas,
        float(lon[0]),
        float(lat[0]),
        modifiers=Qt.KeyboardModifier.ControlModifier,
    )
    _click(tool, ctrl)
    assert ents.selection.tolist() == [int(ents.gdf.index[1])]


def test_select_by_location_enterprises_in_selected_zone(
    fake_window: FakeWindow,
) -> None:
    ws = fake_window.workspace
    zones = fake_window.project.find("Zones")
    ents = fake_window.project.find("Enterprises")
    zones.set_selection([0])
    target, fids = ws.select_by_location()
    assert target is ents
    x, y = ents.point_xy_ll()
    x0, y0, x1, y1 = HAIDIAN_BOX
    inside = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
    assert fids.tolist() == ents.gdf.index[inside].tolist() and fids.size > 0


def _measure_clicks(
    tool: MeasureTool, canvas: Any, pts: list[tuple[float, float]]
) -> None:
    for lon, lat in pts:
        ev = map_event(canvas, lon, lat)
        tool.canvas_press_event(ev)
        tool.canvas_release_event(ev)
    tool.canvas_double_click_event(ev)


def test_measure_distance_ten_km_geodesic(fake_window: FakeWindow, qtbot: Any) -> None:
    ws = fake_window.workspace
    tool = ws.measure_tools[0]
    fake_window.set_map_tool(tool)
    lon0, lat0 = 116.30, 39.90
    lon1, lat1, _ = GEOD.fwd(lon0, lat0, 60.0, 10_000.0)
    with qtbot.waitSignal(
        tool.measurement_changed, check_params_cb=lambda text: "10.00" in text
    ) as blocker:
        _measure_clicks(tool, fake_window.canvas, [(lon0, lat0), (lon1, lat1)])
    assert tool.finished and tool.length is not None
    assert tool.length.m == pytest.approx(10_000.0, rel=0.005)
    assert "10.00" in blocker.args[0]
    assert "10.00" in ws.measure_dock.result.text()
    # A third click after finishing starts a new sketch; Esc cancels it.
    ev = map_event(fake_window.canvas, 116.35, 39.95)
    tool.canvas_release_event(ev)
    assert len(tool.vertices_map) == 1
    esc = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
    )
    assert tool.key_press_event(esc)
    assert tool.vertices_map == [] and tool.length is None


def test_measure_area_of_known_box(fake_window: FakeWindow) -> None:
    tool = fake_window.workspace.measure_tools[1]
    fake_window.set_map_tool(tool)
    x0, y0, x1, y1 = HAIDIAN_BOX
    ring = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    _measure_clicks(tool, fake_window.canvas, ring)
    lon = np.array([p[0] for p in ring])
    lat = np.array([p[1] for p in ring])
    expected = abs(GEOD.polygon_area_perimeter(lon, lat)[0])
    assert tool.area is not None
    # Clicked edges are straight in the display CRS, not along meridians:
    # within 0.5% of the lon/lat box.
    assert tool.area.m2 == pytest.approx(expected, rel=0.005)
    assert "mu" in tool.text() or "亩" in tool.text()
