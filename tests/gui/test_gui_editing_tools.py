"""Editing tools driven by synthetic MapMouseEvents on a real canvas."""

from __future__ import annotations

import pytest
import shapely
from editing_fixtures import (
    LEFT,
    NONE,
    RIGHT,
    edit_stack,
    ev_ll,
    make_canvas,
    make_controller,
    zones_project,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from geo.measure import geodesic_areas_m2
from gui.editing.add_polygon_tool import AddPolygonTool
from gui.editing.line_tools import AddHoleTool, RemoveHoleTool, ReshapeTool, SplitTool
from gui.editing.move_feature_tool import MoveFeatureTool
from gui.editing.vertex_tool import VertexTool


def _key(key: Qt.Key) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def _setup(qtbot, tool_cls):
    project = zones_project()
    canvas = make_canvas(project, qtbot)
    ctl = make_controller(project, canvas)
    tool = tool_cls(canvas, ctl, "tool")
    canvas.set_tool(tool)
    return project, canvas, ctl, tool, project.find("zgc_parks")


def _click(tool, event) -> None:
    tool.canvas_press_event(event)
    tool.canvas_release_event(event)


def test_gui_editing_add_polygon_undo_redo_and_sketch_keys(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, AddPolygonTool)
    ctl.snapper.settings.enabled = False
    pts = [
        (116.43, 39.95),
        (116.45, 39.95),
        (116.45, 39.97),
        (116.44, 39.99),
        (116.43, 39.97),
    ]
    for lon, lat in pts:
        _click(tool, ev_ll(canvas, lon, lat))
    assert tool.key_press_event(_key(Qt.Key.Key_Backspace))  # drop the last vertex
    tool.canvas_press_event(ev_ll(canvas, 116.0, 40.0, RIGHT))
    assert len(layer.gdf) == 3 and edit_stack(project).undo_text() == "Add polygon"
    new = layer.gdf.iloc[-1]
    assert new["code"] == "ZGC-NEW" and new["name_zh"] == "新园"
    ring = list(new.geometry.geoms[0].exterior.coords)[:-1]
    assert len(ring) == 4
    for (x, y), (lon, lat) in zip(sorted(ring), sorted(pts[:4]), strict=True):
        assert abs(x - lon) < 2e-4 and abs(y - lat) < 2e-4  # within a pixel (20 m)
    edit_stack(project).undo()
    assert len(layer.gdf) == 2
    edit_stack(project).redo()
    assert len(layer.gdf) == 3
    _click(tool, ev_ll(canvas, 116.43, 39.95))
    assert tool.key_press_event(_key(Qt.Key.Key_Escape)) and tool.points_ll == []


def test_gui_editing_add_polygon_snaps_to_neighbour_vertex(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, AddPolygonTool)
    corner = (116.42, 40.03)  # park B's north-east corner
    tool.canvas_move_event(ev_ll(canvas, *corner, NONE, dx_px=4, dy_px=-3))
    assert tool.snap_hit is not None and tool.snap_hit.kind == "vertex"
    _click(tool, ev_ll(canvas, *corner, dx_px=4, dy_px=-3))
    _click(tool, ev_ll(canvas, 116.45, 40.03, dx_px=30))
    _click(tool, ev_ll(canvas, 116.45, 40.06))
    tool.key_press_event(_key(Qt.Key.Key_Return))
    coords = list(layer.gdf.geometry.iloc[-1].geoms[0].exterior.coords)
    assert corner in coords  # bit-identical to the neighbour's vertex


def test_gui_editing_vertex_drag_is_one_undo_step_and_topological(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, VertexTool)
    ctl.snapper.settings.enabled = False
    ctl.snapper.settings.topological = True
    shared = (116.35, 39.93)  # the parks' shared south corner
    before = [g.wkb for g in layer.gdf.geometry]
    tool.canvas_press_event(ev_ll(canvas, *shared, dx_px=2))
    for k in range(1, 6):
        tool.canvas_move_event(
            ev_ll(canvas, *shared, NONE, buttons=LEFT, dx_px=10 * k, dy_px=5 * k)
        )
    tool.canvas_release_event(ev_ll(canvas, *shared, dx_px=50, dy_px=25))
    assert (
        edit_stack(project).count() == 1
        and edit_stack(project).undo_text() == "Move vertex"
    )
    a, b = layer.gdf.geometry.loc[1], layer.gdf.geometry.loc[2]
    assert shared not in list(a.geoms[0].exterior.coords)
    moved = set(a.geoms[0].exterior.coords) & set(b.geoms[0].exterior.coords)
    assert len(moved) == 2  # still edge-matched: the shared edge moved on both
    assert not shapely.intersection(a, b).area > 1e-12
    edit_stack(project).undo()
    assert [g.wkb for g in layer.gdf.geometry] == before


def test_gui_editing_vertex_add_on_segment_and_delete(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, VertexTool)
    n0 = len(layer.gdf.geometry.loc[2].geoms[0].exterior.coords)
    tool.canvas_double_click_event(ev_ll(canvas, 116.42, 39.98, dx_px=2))  # east edge
    assert len(layer.gdf.geometry.loc[2].geoms[0].exterior.coords) == n0 + 1
    assert tool.key_press_event(_key(Qt.Key.Key_Delete))
    assert len(layer.gdf.geometry.loc[2].geoms[0].exterior.coords) == n0
    assert edit_stack(project).undo_text() == "Delete vertex"


def test_gui_editing_split_then_merge_areas_sum(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, SplitTool)
    ctl.snapper.settings.enabled = False
    area_b = geodesic_areas_m2([layer.gdf.geometry.loc[2]])[0]
    _click(tool, ev_ll(canvas, 116.385, 39.92))
    _click(tool, ev_ll(canvas, 116.385, 40.04))
    tool.key_press_event(_key(Qt.Key.Key_Return))
    assert len(layer.gdf) == 3
    new_fid = int(layer.gdf.index[-1])
    parts = geodesic_areas_m2(list(layer.gdf.geometry.loc[[2, new_fid]]))
    assert parts.sum() == pytest.approx(area_b, rel=1e-7)
    layer.set_selection([2, new_fid])
    ctl.merge_handler = lambda lyr, fids: 2
    ctl.merge_selected()
    assert len(layer.gdf) == 2
    assert geodesic_areas_m2([layer.gdf.geometry.loc[2]])[0] == pytest.approx(
        area_b, rel=1e-6
    )
    edit_stack(project).undo()
    edit_stack(project).undo()
    assert (
        len(layer.gdf) == 2
        and geodesic_areas_m2([layer.gdf.geometry.loc[2]])[0] == area_b
    )


def test_gui_editing_move_feature_and_nudges_merge(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, MoveFeatureTool)
    ctl.snapper.settings.enabled = False
    g0 = layer.gdf.geometry.loc[2]
    tool.canvas_press_event(ev_ll(canvas, 116.40, 40.0))
    tool.canvas_release_event(ev_ll(canvas, 116.40, 40.0, dx_px=10))
    dx = layer.gdf.geometry.loc[2].bounds[0] - g0.bounds[0]
    assert 0.002 < dx < 0.003  # 10 px * 20 m ≈ 200 m ≈ 0.00235°
    layer.set_selection([2])
    for _ in range(3):
        assert tool.key_press_event(_key(Qt.Key.Key_Up))
    assert edit_stack(project).count() == 2
    edit_stack(project).undo()
    edit_stack(project).undo()
    assert layer.gdf.geometry.loc[2].equals(g0)


def test_gui_editing_reshape_and_holes(qtbot):
    project, canvas, ctl, tool, layer = _setup(qtbot, ReshapeTool)
    ctl.snapper.settings.enabled = False
    area = geodesic_areas_m2([layer.gdf.geometry.loc[2]])[0]
    for lon, lat in [
        (116.38, 40.02),
        (116.38, 40.05),
        (116.40, 40.05),
        (116.40, 40.02),
    ]:
        _click(tool, ev_ll(canvas, lon, lat))
    tool.key_press_event(_key(Qt.Key.Key_Return))
    assert geodesic_areas_m2([layer.gdf.geometry.loc[2]])[0] - area == pytest.approx(
        3.8e6, rel=0.05
    )
    hole = AddHoleTool(canvas, ctl, "hole")
    canvas.set_tool(hole)
    for lon, lat in [(116.37, 39.95), (116.39, 39.95), (116.39, 39.97)]:
        _click(hole, ev_ll(canvas, lon, lat))
    hole.key_press_event(_key(Qt.Key.Key_Return))
    assert len(layer.gdf.geometry.loc[2].geoms[0].interiors) == 1
    remove = RemoveHoleTool(canvas, ctl, "remove")
    canvas.set_tool(remove)
    _click(remove, ev_ll(canvas, 116.385, 39.953))
    assert len(layer.gdf.geometry.loc[2].geoms[0].interiors) == 0
    assert edit_stack(project).undo_text() == "Remove hole"


def test_gui_editing_vertex_drag_draws_the_moving_outline(qtbot):
    from gui.editing.edit_tool import SNAP_COLOR

    project, canvas, ctl, tool, layer = _setup(qtbot, VertexTool)
    ctl.snapper.settings.enabled = False
    ctl.snapper.settings.topological = True
    shared = (116.35, 39.93)  # the parks' shared south corner
    tool.canvas_press_event(ev_ll(canvas, *shared, dx_px=2))
    to = ev_ll(canvas, *shared, NONE, buttons=LEFT, dx_px=60, dy_px=-40)
    tool.canvas_move_event(to)
    # Both parks follow the cursor before the button is released.
    outlines = tool.moving_outlines(to.x_map, to.y_map, canvas.viewport.epsg)
    assert len(outlines) == 2
    for geom in outlines:
        xy = shapely.get_coordinates(geom)
        assert (
            (abs(xy[:, 0] - to.x_map) < 1e-6) & (abs(xy[:, 1] - to.y_map) < 1e-6)
        ).any()
    image = canvas.grab().toImage()  # the canvas paints its tools' overlays
    # Pixels of the moving outline lie along the edge from the dragged vertex.
    coloured = [
        (x, y)
        for x in range(0, 800, 2)
        for y in range(0, 600, 2)
        if image.pixelColor(x, y).red() > 200
        and image.pixelColor(x, y).blue() > 200
        and image.pixelColor(x, y).green() < 120
    ]
    assert len(coloured) > 50 and SNAP_COLOR.name() == "#ff00ff"
    assert layer.gdf.geometry.loc[1].equals(
        project.find("zgc_parks").gdf.geometry.loc[1]
    )
    tool.canvas_release_event(to)
    assert tool.moving_outlines(to.x_map, to.y_map, canvas.viewport.epsg) == []
