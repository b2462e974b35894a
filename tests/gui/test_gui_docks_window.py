"""The workspace in the real MainWindow on the demo project (integration)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyproj
import pytest
import shapely
from PySide6.QtCore import QModelIndex, Qt
from workspace_fixtures import map_event

from db.demo_project import write_demo_project
from geo.crs import transform_xy
from geo.measure import geodesic_area
from gui import i18n
from gui.dialogs.style_dialog import MODES
from gui.main_window import MainWindow
from gui.workspace_feature import WorkspaceFeature


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_project(
        tmp_path_factory.mktemp("demo") / "demo.gpkg", n_enterprises=2000
    )


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Any:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.files.open_project(demo_path, background=False)
    yield w


def test_workspace_in_main_window_demo_project(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    ws = window.feature(WorkspaceFeature)
    project = window.project
    tree = ws.layer_tree.model
    names = [tree.index(r, 0).data() for r in range(tree.rowCount())]
    assert names == [lyr.name for lyr in project.layers] and len(names) == 9
    # Toggle and reorder through the dock model; undo the move.
    ents = project.find("enterprises")
    ents_at = project.layers.index(ents)
    tree.setData(
        tree.index_of_layer(ents.id),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not ents.visible
    tree.setData(
        tree.index_of_layer(ents.id),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    data = tree.mimeData([tree.index_of_layer(ents.id)])
    tree.dropMimeData(data, Qt.DropAction.MoveAction, len(names), 0, QModelIndex())
    assert project.layers[-1] is ents
    project.undo_stack.undo()
    assert project.layers[ents_at] is ents
    # Style change from the dialog, undone.
    parks = project.find("zgc_parks")
    before = parks.style
    dialog = ws.open_style_dialog(parks.id)
    dialog.mode.setCurrentIndex(MODES.index("single"))
    assert parks.style.mode == "single"
    dialog.close()
    project.undo_stack.undo()
    assert parks.style == before
    # Identify 海淀园 at a point inside it.
    fid = int(parks.gdf.index[parks.gdf["name_zh"] == "海淀园"][0])
    geom = parks.gdf.geometry.loc[fid]
    pt = shapely.point_on_surface(geom)
    results = ws.identify_tool.identify_at(map_event(window.canvas, pt.x, pt.y))
    hit = next(r for r in results if r.layer_id == parks.id)
    assert hit.title == "海淀园"
    assert hit.area.m2 == pytest.approx(geodesic_area(geom).m2)
    # Search by pinyin initials flies there and selects it.
    ws.search.search_now("hdy")
    with qtbot.waitSignal(ws.search.feature_chosen):
        ws.search.choose(0)
    assert parks.selection.tolist() == [fid] and ws.active_layer() is parks
    # Rectangle select on enterprises; the attribute table follows.
    ws.layer_tree.set_current_layer(ents.id)
    ws.open_attribute_table(ents.id)
    x, y = transform_xy([116.25, 116.45], [39.85, 40.0], 4490, project.display_epsg)
    sel = ws.select_tool.select_rectangle(x[0], y[0], x[1], y[1])
    assert sel.size > 50
    table = ws.attribute_table
    assert (
        sorted(table.model.fids_of_rows(table.selected_rows()).tolist()) == sel.tolist()
    )
    # Measure 10 km.
    tool = ws.measure_tools[0]
    window.set_map_tool(tool)
    lon1, lat1, _ = pyproj.Geod(ellps="GRS80").fwd(116.4, 39.9, 30.0, 10_000.0)
    for lon, lat in ((116.4, 39.9), (lon1, lat1)):
        ev = map_event(window.canvas, lon, lat)
        tool.canvas_press_event(ev)
        tool.canvas_release_event(ev)
    tool.canvas_double_click_event(ev)
    assert tool.length.m == pytest.approx(10_000.0, rel=0.005)
    # Switch language: the main window's menus and the docks follow.
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.menu("file").title() == "文件(&F)")
    assert ws.layer_tree.windowTitle() == "图层"
    window.canvas.zoom_to_layer(parks)
    with qtbot.waitSignal(window.canvas.render_finished, timeout=10000):
        window.canvas.render_now()
    out = tmp_path / "workspace.png"
    assert window.grab().save(str(out))
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.menu("file").title() == "&File")
