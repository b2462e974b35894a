"""Layer tree, style dialog and bookmarks docks driven through their models."""

# ruff: noqa: F811  (fake_window is a fixture imported from workspace_fixtures)
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from workspace_fixtures import FakeWindow, fake_window  # noqa: F401

from gui.dialogs.style_dialog import MODES, StyleDialog
from gui.workspace_feature import WorkspaceFeature


def _ws(window: FakeWindow) -> Any:
    return window.feature(WorkspaceFeature)


def test_layer_tree_toggle_visibility(fake_window: FakeWindow) -> None:
    tree = _ws(fake_window).layer_tree
    model = tree.model
    zones = fake_window.project.find("Zones")
    idx = model.index_of_layer(zones.id)
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(
        idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert zones.visible is False
    idx = model.index_of_layer(zones.id)
    assert idx.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert zones.visible is True


def test_layer_tree_drag_reorders_through_undo_stack(fake_window: FakeWindow) -> None:
    project = fake_window.project
    model = _ws(fake_window).layer_tree.model
    names = [lyr.name for lyr in project.layers]
    assert names == ["Enterprises", "Zones", "Districts"]
    data = model.mimeData([model.index(0, 0)])
    # Drop Enterprises below Districts (row 3 = after the last row).
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [lyr.name for lyr in project.layers] == ["Zones", "Districts", "Enterprises"]
    assert model.index(2, 0).data() == "Enterprises"
    assert project.undo_stack.count() == 1
    project.undo_stack.undo()
    assert [lyr.name for lyr in project.layers] == names
    assert model.index(0, 0).data() == "Enterprises"
    # Dropping onto a row takes that row's place.
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0))
    assert [lyr.name for lyr in project.layers][0] == "Districts"


def test_layer_tree_legend_and_opacity(fake_window: FakeWindow) -> None:
    ws = _ws(fake_window)
    zones = fake_window.project.find("Zones")
    from layers.style import categorized_style

    zones.set_style(categorized_style(zones.style, "kind", zones.gdf["kind"], {}))
    model = ws.layer_tree.model
    idx = model.index_of_layer(zones.id)
    assert model.rowCount(idx) == 2
    child = model.index(0, 0, idx)
    assert child.data() == "functional_area"
    assert not child.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.parent(child) == idx
    ws.layer_tree.set_current_layer(zones.id)
    ws.layer_tree.opacity_slider.setValue(40)
    assert zones.opacity == pytest.approx(0.4)
    menu = ws.layer_tree.context_menu(idx)
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 6


def test_style_dialog_live_change_then_undo(
    fake_window: FakeWindow, qtbot: Any
) -> None:
    project = fake_window.project
    zones = project.find("Zones")
    before = zones.style
    dialog = _ws(fake_window).open_style_dialog(zones.id)
    assert isinstance(dialog, StyleDialog)
    qtbot.addWidget(dialog)
    dialog.field.setCurrentText("kind")
    dialog.mode.setCurrentIndex(MODES.index("categorized"))
    assert zones.style.mode == "categorized" and zones.style.field == "kind"
    assert [c.value for c in zones.style.categories] == ["functional_area", "zgc_park"]
    dialog.alpha.setValue(80)
    dialog.label_size.setValue(14.0)
    assert zones.style.fill_alpha == pytest.approx(0.8)
    dialog.set_class_color(0, "#123456")
    assert zones.style.categories[0].color == "#123456"
    dialog.field.setCurrentText("jobs")
    dialog.mode.setCurrentIndex(MODES.index("graduated"))
    dialog.method.setCurrentIndex(2)  # natural breaks
    dialog.classes.setValue(2)
    assert zones.style.mode == "graduated" and zones.style.method == "jenks"
    assert len(zones.style.classes) == 2
    assert project.undo_stack.count() == 1  # live edits merged into one step
    dialog.accept()
    project.undo_stack.undo()
    assert zones.style == before


def test_style_dialog_cancel_reverts(fake_window: FakeWindow, qtbot: Any) -> None:
    zones = fake_window.project.find("Zones")
    before = zones.style
    dialog = StyleDialog(zones, fake_window.project.undo_stack, fake_window)
    qtbot.addWidget(dialog)
    dialog.outline_width.setValue(3.0)
    assert zones.style.outline_width == pytest.approx(3.0)
    dialog.reject()
    assert zones.style == before
    assert not fake_window.project.dirty


def test_bookmarks_dock_add_rename_delete_undo(fake_window: FakeWindow) -> None:
    dock = _ws(fake_window).bookmarks
    project = fake_window.project
    bm = dock.add_bookmark("中关村")
    assert bm is not None and project.bookmarks == [bm]
    assert dock.list.count() == 1 and dock.list.item(0).text() == "中关村"
    dock.list.setCurrentRow(0)
    dock.rename_bookmark("中关村科学城")
    assert project.bookmarks[0].name == "中关村科学城"
    dock.delete_bookmark()
    assert project.bookmarks == [] and dock.list.count() == 0
    project.undo_stack.undo()
    assert dock.list.item(0).text() == "中关村科学城"
    zoomed = fake_window.canvas.zoomed_to
    dock._on_list_item_double_clicked(dock.list.item(0))
    assert zoomed[-1] == (116.2, 39.8, 116.5, 40.1)


def test_add_layer_from_files_reprojects_and_reports_errors(
    fake_window: FakeWindow, tmp_path: Any
) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    from gui.dialogs.add_layer_dialog import (
        LayerFileError,
        list_file_layers,
        load_vector_file,
    )
    from layers.layer_commands import AddLayerCommand

    gk = gpd.GeoDataFrame(
        {"name": ["a"]}, geometry=[Point(447924.86, 4419435.96)], crs=4548
    )
    shp = tmp_path / "sites.shp"
    gk.to_file(shp)
    layer = load_vector_file(shp)
    x, y = layer.point_xy_ll()
    assert layer.read_only and layer.geometry_type == "point"
    assert (x[0], y[0]) == pytest.approx((116.391, 39.9075), abs=1e-6)
    gpkg = tmp_path / "two.gpkg"
    gk.to_file(gpkg, layer="pts")
    gk.to_crs(4326).to_file(gpkg, layer="pts_wgs")
    assert list_file_layers(gpkg) == ["pts", "pts_wgs"]
    assert load_vector_file(gpkg, "pts_wgs").name == "pts_wgs"
    project = fake_window.project
    project.undo_stack.push(AddLayerCommand(project, layer))
    assert fake_window.workspace.layer_tree.model.index(0, 0).data() == "sites"
    bad = tmp_path / "broken.geojson"
    bad.write_text("{not json")
    with pytest.raises(LayerFileError, match="broken.geojson"):
        load_vector_file(bad)


def test_select_by_expression_dialog_selects_and_reports_errors(
    fake_window: FakeWindow, qtbot: Any
) -> None:
    ents = fake_window.project.find("Enterprises")
    dialog = fake_window.workspace.open_select_by_expression(ents.id)
    qtbot.addWidget(dialog)
    dialog.set_expression("category = '04' and employees >= 250")
    selection = dialog.run()
    expected = ents.gdf.index[(ents.gdf.category == "04") & (ents.gdf.employees >= 250)]
    assert selection.tolist() == expected.tolist()
    dialog.set_expression("1; DROP TABLE enterprises")
    assert dialog.run() is None
    assert "position 2" in dialog.message.text()
    assert dialog.editor.textCursor().position() == 1
    assert ents.selection.tolist() == expected.tolist()  # unchanged
    dialog.mode.setCurrentIndex(2)  # remove from selection
    dialog.set_expression("employees >= 400")
    dialog.run()
    assert (ents.gdf.loc[ents.selection, "employees"] < 400).all()
