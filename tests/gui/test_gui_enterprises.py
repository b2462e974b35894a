"""Enterprise GUI: import wizard, register dock, add tool, statistics, thematic maps."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt

import db.demo_project as db_demo
from gui.enterprises.enterprises_feature import EnterprisesFeature
from tests.layers.enterprises_fixtures import DATA, sha256


@pytest.fixture(scope="module")
def project_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("ent") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=1500)
    return path


@pytest.fixture
def window(qapp, qtbot, project_template, tmp_path):
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.main_window import MainWindow

    path = tmp_path / "p.gpkg"
    shutil.copy(project_template, path)
    store = ProjectStore.open(path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_project(load_project(store), store)
    win.resize(800, 600)
    yield win
    win.close()  # unsaved edits: the dialogs fixture answers Discard


class FakeForm:
    """Stands in for EnterpriseFormDialog (exec returns True, fixed values)."""

    def __init__(self, values, taken, parent=None, **over):
        from gui.enterprises.form_dialog import EnterpriseFormDialog

        self.dlg = EnterpriseFormDialog(values, taken, parent)
        base = {
            "name": "<b>新企业</b>",
            "credit_code": "91110108551385082Q",
            "employees": "12",
            "revenue_wan": "300",
            "founded": "2020年1月2日",
        }
        for f, v in {**base, **FakeForm.override}.items():
            self.dlg.edits[f].setText(v)

    override: dict[str, str] = {}

    def exec(self):
        from gui.enterprises.form_dialog import validate_values

        return not validate_values(self.dlg.raw_values(), self.dlg.taken_codes)

    def values(self):
        return self.dlg.values()


def test_gui_enterprises_import_wizard_good_rows(window, qtbot, tmp_path) -> None:
    from gui.enterprises.import_wizard import ImportWizard

    layer = window.project.find("enterprises")
    n0 = len(layer.gdf)
    wiz = ImportWizard(window, str(DATA / "gbk_gcj02.csv"))
    qtbot.addWidget(wiz)
    assert wiz.encoding_combo.currentText() == "gb18030"
    assert wiz.header_spin.value() == 2
    # One numbering, the file's: the first data line is line 3 of the file.
    assert wiz.preview_model.data(wiz.preview_model.index(0, 0)) == "3"
    assert wiz.preview_model.headerData(2, Qt.Orientation.Horizontal) == "企业名称"
    wiz._fill_mapping()
    assert wiz.field_combos["credit_code"].currentText() == "统一社会信用代码"
    wiz._fill_coords()
    wiz.set_coordinate_system("gcj02")
    with qtbot.waitSignal(wiz.validated, timeout=20000) as sig:
        wiz.start_validation()
    assert sig.args[0].bad_rows.tolist() == [10, 11, 12, 13, 14, 15]
    wiz.good_radio.setChecked(True)
    assert wiz.commit(str(tmp_path / "report.csv")) == {"inserted": 7, "updated": 0}
    assert len(layer.gdf) == n0 + 7 and (tmp_path / "report.csv").exists()
    assert window.store.count("enterprises") == n0 + 7
    wiz.worker.wait()


def test_gui_enterprises_import_nothing_and_cancel_leave_file(window, qtbot) -> None:
    from gui.enterprises.import_wizard import ImportWizard

    window.store.close()
    before = sha256(window.store.path)
    wiz = ImportWizard(window, str(DATA / "gbk_gcj02.csv"))
    qtbot.addWidget(wiz)
    wiz._fill_coords()
    wiz.set_coordinate_system("gcj02")
    with qtbot.waitSignal(wiz.validated, timeout=20000):
        wiz.start_validation()
    assert wiz.commit() is None  # "import nothing" is the default choice
    wiz.worker.wait()
    wiz.worker.cancelled = False
    wiz.cancel_validation()
    with qtbot.waitSignal(wiz.validated, timeout=20000) as sig:
        wiz.start_validation()
        wiz.cancel_validation()
    wiz.worker.wait()
    assert sig.args[0] is None or wiz.import_result is not None
    window.store.close()
    assert sha256(window.store.path) == before


def test_gui_enterprises_register_filter_edit_delete_export(window, tmp_path) -> None:
    dock = window.feature(EnterprisesFeature).register_dock
    layer = window.project.find("enterprises")
    n = len(layer.gdf)
    dock.category_combo.setCurrentIndex(dock.category_combo.findData("04"))
    dock.refresh()
    assert 0 < dock.model.rowCount() < n
    assert set(layer.gdf.loc[dock.model.frame.index, "category"]) == {"04"}
    dock.view.selectRow(0)
    fid = dock.selected_fids()[0]
    FakeForm.override = {
        "credit_code": layer.gdf.loc[fid, "credit_code"],
        "name": "改名=1+1",
    }
    assert dock.edit_selected(form_factory=FakeForm)
    assert layer.gdf.loc[fid, "name"] == "改名=1+1"
    dock.refresh()
    dock.view.selectRow(0)
    assert dock.delete_selected(confirm=False) == 1
    assert fid not in layer.gdf.index
    edits = window.project.edit_buffers["enterprises"].undo_stack
    assert edits.count() == 2  # the register's edits went to the edit buffer
    edits.undo()
    edits.undo()
    assert fid in layer.gdf.index and layer.gdf.loc[fid, "name"] != "改名=1+1"
    out = dock.export(tmp_path / "r.xlsx")
    from openpyxl import load_workbook

    assert load_workbook(out).active.max_row > 5
    FakeForm.override = {}


def test_gui_enterprises_add_by_click_is_undoable(window) -> None:
    from geo.crs import transform_xy
    from gui.enterprises.add_tool import AddEnterpriseTool
    from gui.map_tool import MapMouseEvent

    layer = window.project.find("enterprises")
    n = len(layer.gdf)
    tool = AddEnterpriseTool(window.canvas, window, form_factory=FakeForm)
    x, y = transform_xy(116.3174, 39.9760, 4490, window.project.display_epsg)
    ev = MapMouseEvent(
        0,
        0,
        float(x),
        float(y),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        window.project.display_epsg,
    )
    tool.canvas_release_event(ev)
    assert len(layer.gdf) == n + 1
    row = layer.gdf.loc[tool.last_command.fid]
    assert row["name"] == "<b>新企业</b>" and row["district_adcode"] == "110108"
    assert "ZGC-HD" in row["zone_codes"] and row["founded"] == "2020-01-02"
    window.project.edit_buffers["enterprises"].undo_stack.undo()
    assert len(layer.gdf) == n


def test_gui_enterprises_stats_chart_export(window, tmp_path) -> None:
    from matplotlib import font_manager

    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()  # a hidden statistics dock only marks itself stale
    dock.refresh()
    zones = window.project.find("zgc_parks")
    assert dock.model.rowCount() >= len(zones.gdf)
    t = dock.stats["zone"]
    ent = window.project.find("enterprises").gdf
    hd = ent["zone_codes"].str.split(";").map(lambda s: "ZGC-HD" in s).sum()
    assert t.loc["ZGC-HD", "count"] == hd
    dock.chart_combo.setCurrentIndex(1)
    dock.draw_chart()
    ax = dock.chart.figure.axes[0]
    fam = dock.chart.font_family
    assert "CJK" in fam or "SC" in fam or "Noto" in fam
    assert font_manager.findfont(fam, fallback_to_default=False)
    assert len(ax.patches) > 0
    out = dock.export(tmp_path / "s.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    assert {"by_zone", "by_district", "by_kind"} <= set(wb.sheetnames)
    head = " ".join(str(c.value) for r in wb["by_zone"].iter_rows(max_row=5) for c in r)
    assert "示意范围" in head and "synthetic" in head


def test_gui_enterprises_thematic_maps_drawn(window) -> None:
    from layers.enterprises.thematic import DENSITY_LAYER_ID
    from layers.style import RAMP

    dock = window.feature(EnterprisesFeature).stats_dock
    dock.show()  # a hidden statistics dock only marks itself stale
    dock.refresh()
    canvas = window.canvas
    ext = window.project.find("enterprises").extent_ll()
    canvas.zoom_to_extent_ll((116.1, 39.7, 116.7, 40.2))
    before = canvas.render_to_image(400, 300)
    dock.apply_choropleth("density_per_km2")
    parks = window.project.find("zgc_parks")
    assert (
        parks.style.mode == "graduated" and parks.style.field == "stat_density_per_km2"
    )
    dock.apply_density(2000.0)
    dens = window.project.find(DENSITY_LAYER_ID)
    assert dens is not None and dens.feature_count > 10
    after = canvas.render_to_image(400, 300)
    a = np.frombuffer(after.constBits(), np.uint8).reshape(300, -1)[:, : 400 * 4]
    b = np.frombuffer(before.constBits(), np.uint8).reshape(300, -1)[:, : 400 * 4]
    assert (a != b).mean() > 0.01  # the map visibly changed
    window.project.undo_stack.undo()
    window.project.undo_stack.undo()
    assert window.project.find(DENSITY_LAYER_ID) is None
    assert parks.style.mode == "categorized"
    assert ext is not None and RAMP


def test_gui_enterprises_watcher_keeps_hidden_umbrella_zone(window) -> None:
    import shapely

    layer = window.project.find("enterprises")
    before = layer.gdf["zone_codes"].copy()
    parks = window.project.find("zgc_parks")
    # Any zone edit triggers a recompute; the ZGC umbrella zone (no layer) stays.
    parks.touch()
    assert (layer.gdf["zone_codes"] == before).all()
    assert layer.gdf["zone_codes"].str.contains("ZGC-00").any()
    hd = parks.gdf.index[parks.gdf["code"] == "ZGC-HD"][0]
    parks.gdf.loc[hd, "geometry"] = shapely.box(0, 0, 0.001, 0.001)
    parks.touch()
    assert not layer.gdf["zone_codes"].str.contains("ZGC-HD").any()
