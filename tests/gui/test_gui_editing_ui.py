"""Editing UI: attribute form rules, validation dock, history restore, install."""

from __future__ import annotations

import sys
from pathlib import Path

import shapely
from editing_fixtures import edit_stack, make_canvas, make_controller, zones_project
from PySide6.QtCore import Qt

from gui.editing.history_dock import HistoryDock
from gui.editing.import_export_dialogs import ImportZonesDialog
from gui.editing.validation_dock import ValidationDock
from gui.editing.zone_form_dialog import ZoneFormDialog
from layers.editing.feature_commands import AddFeatureCommand, ChangeGeometryCommand

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "layers"))
from zones_fixtures import make_project_file


def test_gui_editing_form_enforces_required_fields_and_lists(qtbot):
    dlg = ZoneFormDialog({"kind": "zgc_park"}, ["110108"], {"ZGC-HD"})
    qtbot.addWidget(dlg)
    assert dlg.districts.text() == "110108"  # suggested from the geometry
    dlg.accept()
    assert dlg.result() == 0 and "code is required" in dlg.problems.text()
    dlg.code.setText("ZGC-HD")
    dlg.name_zh.setText("海淀园二期")
    dlg.accept()
    assert "already used" in dlg.problems.text()
    dlg.code.setText("ZGC-HD2")
    dlg.focus["03"].setChecked(True)
    dlg.accept()
    assert dlg.result() == 1
    v = dlg.values()
    assert (v["code"], v["kind"], v["focus_categories"], v["district_adcodes"]) == (
        "ZGC-HD2",
        "zgc_park",
        "03",
        "110108",
    )


def test_gui_editing_validation_dock_lists_overlap_and_repairs(qtbot):
    project = zones_project()
    canvas = make_canvas(project, qtbot)
    ctl = make_controller(project, canvas)
    dock = ValidationDock(ctl)
    qtbot.addWidget(dock)
    dock.refresh()
    layer = project.find("zgc_parks")
    attrs = {
        "code": "ZGC-X",
        "name_zh": "重叠",
        "kind": "zgc_park",
        "boundary_status": "indicative",
    }
    ctl.push(AddFeatureCommand(layer, shapely.box(116.34, 39.95, 116.37, 39.99), attrs))
    rules = [i.rule for i in dock.issues]
    assert rules.count("overlap") == 2 and dock.tree.topLevelItemCount() == len(
        dock.issues
    )
    bow = shapely.Polygon(
        [(116.3, 39.9), (116.31, 39.91), (116.31, 39.9), (116.3, 39.91)]
    )
    ctl.push(ChangeGeometryCommand(layer, {1: bow}))
    row = next(k for k, i in enumerate(dock.issues) if i.rule == "invalid")
    dock.tree.setCurrentItem(dock.tree.topLevelItem(row))
    dock.zoom_to(dock.issues[row])
    dock.repair_current()
    assert "Self-intersection" in dock.last_repair
    assert not any(i.rule == "invalid" for i in dock.issues)


def test_gui_editing_history_restore_is_a_new_undoable_edit(qtbot, tmp_path):
    from db.project_io import load_project
    from db.store import ProjectStore

    path = make_project_file(tmp_path / "p.gpkg")
    store = ProjectStore.open(path)
    try:
        project = load_project(store)
        canvas = make_canvas(project, qtbot)
        ctl = make_controller(project, canvas)
        ctl.store = ctl.session.store = store
        layer = project.find("zgc_parks")
        g0 = layer.gdf.geometry.loc[1]
        ctl.push(
            ChangeGeometryCommand(layer, {1: shapely.affinity.translate(g0, -0.01, 0)})
        )
        assert ctl.save()
        dock = HistoryDock(ctl)
        qtbot.addWidget(dock)
        dock.show_feature(1)
        assert [r["action"] for r in dock.rows] == ["update", "insert"]
        dock.tree.setCurrentItem(dock.tree.topLevelItem(1))  # the inserted version
        dock.restore_current()
        assert layer.gdf.geometry.loc[1].equals(g0) and project.dirty
        edit_stack(project).undo()
        assert not layer.gdf.geometry.loc[1].equals(g0)
    finally:
        store.close()


def test_gui_editing_import_dialog_pushes_one_undo_step(qtbot, tmp_path):
    from zones_fixtures import make_zones

    from layers.zones.zone_export import export_zones

    project = zones_project()
    canvas = make_canvas(project, qtbot)
    ctl = make_controller(project, canvas)
    new = make_zones().iloc[[0]].assign(code="ZGC-NEW2", name_zh="新园二")
    src = export_zones(new, tmp_path / "n.geojson")
    dlg = ImportZonesDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(src))
    assert dlg.preview() and dlg.table.item(0, 1).text() == "新园二"
    dlg.accept()
    layer = project.find("zgc_parks")
    assert "ZGC-NEW2" in layer.gdf["code"].tolist()
    edit_stack(project).undo()
    assert "ZGC-NEW2" not in layer.gdf["code"].tolist()


def test_gui_editing_feature_on_main_window(qtbot, tmp_path):
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.editing.editing_feature import EditingFeature
    from gui.main_window import MainWindow

    path = make_project_file(tmp_path / "p.gpkg")
    store = ProjectStore.open(path)
    project = load_project(store)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_project(project, store)
    ui = w.feature(EditingFeature)
    assert w.toolbar("editing").actions()
    assert ui.controller.project is project
    layer = project.find("zgc_parks")
    assert ui.controller.start_editing(layer)
    ui.controller.push(
        ChangeGeometryCommand(layer, {1: shapely.box(116.25, 39.93, 116.34, 40.03)})
    )
    w.set_current_layer(layer.id)
    assert "Change geometry" in w.action("undo").text()
    assert w.save_project() and not project.dirty
    assert not w.action("undo").isEnabled()  # nothing to undo past a save
    w.show_project(project, None)
    store.close()
    assert Qt.DockWidgetArea.BottomDockWidgetArea == w.dockWidgetArea(
        ui.validation_dock
    )


def test_gui_editing_import_dialog_generates_codes(qtbot, tmp_path):
    import geopandas as gpd

    project = zones_project()
    ctl = make_controller(project, make_canvas(project, qtbot))
    src = tmp_path / "lize.geojson"
    gpd.GeoDataFrame(
        {"名称": ["丽泽南区", "丽泽北区"], "类型": ["zgc_park", "zgc_park"]},
        geometry=[
            shapely.box(116.30, 39.86, 116.305, 39.865),
            shapely.box(116.31, 39.86, 116.315, 39.865),
        ],
        crs="EPSG:4490",
    ).to_file(src, driver="GeoJSON", engine="pyogrio")
    dlg = ImportZonesDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(src))
    assert not dlg.preview()
    assert "2 of 2 zone(s) have no code (first: 丽泽南区)" in dlg.info.text()
    dlg.accept()
    assert dlg.result() == 0  # nothing pushed
    dlg.code_prefix.setText("LZ-")
    assert dlg.preview()
    assert "丽泽南区 → LZ-001, 丽泽北区 → LZ-002" in dlg.info.text()
    dlg.accept()
    assert {"LZ-001", "LZ-002"} <= set(project.find("zgc_parks").gdf["code"])
