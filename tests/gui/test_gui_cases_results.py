"""The results panel, the report reusing its evaluation, re-evaluation differences,
the case form's new fields, and the Cases menu's imports in the real window."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
import shapely

import db.store as db_store
from layers.demo.case_register import build_demo_cases


@pytest.fixture
def window(tmp_path: Path, qapp):
    from db.project_io import load_project

    store = db_store.ProjectStore.create(tmp_path / "p.gpkg")
    store.insert_features("conversion_cases", build_demo_cases(None, None, None), "t")
    project = load_project(store)
    pushed = []

    def push(cmd):
        pushed.append(cmd)
        cmd.redo()
        return True

    win = SimpleNamespace(
        project=project,
        store=store,
        user="王工",
        push_feature_edit=push,
        show_message=lambda *a: None,
        pushed=pushed,
    )
    yield win
    store.close()


@pytest.fixture
def docks(window, qtbot):
    from gui.cases.case_dock import CaseListDock
    from gui.cases.results_dock import EvaluationResultsDock

    d = CaseListDock(window)
    r = EvaluationResultsDock()
    qtbot.addWidget(d)
    qtbot.addWidget(r)
    d.set_project(window.project)
    return d, r


def _select(dock, case_no: str) -> int:
    gdf = dock._layer.gdf
    fid = int(gdf.index[gdf["case_no"] == case_no][0])
    dock.select_fid(fid)
    return fid


def _show(dock, results, ev):
    known = dock.latest(dock.current_fid())
    results.show_evaluation(ev, known.diff if known else None)
    return results.view.toPlainText()


def test_gui_cases_results_panel_shows_every_rule(docks):
    dock, results = docks
    _select(dock, "ZH-2026-010")  # 海淀: land ownership unknown, facilities unknown
    text = _show(dock, results, dock.evaluate_current())
    for rid in ("R1", "R2", "R3", "R4", "R5", "R6", "R7"):
        assert rid in text
    assert "A person must supply" in text and "fill in the land owned" in text
    assert "Decided by" in text and "Clause (二十二)" in text
    assert "可采取协议出让方式供地" in text  # the clause quote, verbatim
    assert "待核实" in text  # the sample catalogue edition is marked


def test_gui_cases_report_reuses_the_shown_evaluation(docks, window, tmp_path):
    import pypdf

    dock, _ = docks
    fid = _select(dock, "ZH-2026-008")
    ev = dock.evaluate_current()
    assert window.store.count("evaluations") == 1
    pdf = dock.report_current(str(tmp_path / "a.pdf"))
    assert window.store.count("evaluations") == 1  # no second record
    text = re.sub(
        r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    )
    assert f"总体结论：不通过（{ev.overall}）" in text
    from layers.editing.feature_commands import ChangeAttributesCommand

    cmd = ChangeAttributesCommand(dock._layer, fid, {"project_facilities": "none"})
    window.push_feature_edit(cmd)
    dock.report_current(str(tmp_path / "b.pdf"))
    assert window.store.count("evaluations") == 2  # the case changed: evaluated once


def test_gui_cases_reevaluation_shows_the_difference(docks, window):
    from layers.editing.feature_commands import ChangeAttributesCommand

    dock, results = docks
    fid = _select(dock, "ZH-2026-008")
    _show(dock, results, dock.evaluate_current())
    cmd = ChangeAttributesCommand(
        dock._layer, fid, {"project_facilities": "none", "far": 2.0}
    )
    window.push_feature_edit(cmd)
    text = _show(dock, results, dock.evaluate_current())
    assert "Changes since the previous evaluation" in text
    assert "R4: FAIL → PASS" in text and "project_facilities" in text
    again = _show(dock, results, dock.evaluate_current())
    assert "No change since the previous evaluation." in again


def test_gui_cases_results_panel_in_chinese(docks, qtbot):
    from gui import i18n

    dock, results = docks
    before = i18n.current_language() or "en"
    i18n.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: results.windowTitle() == "评估结果")
        _select(dock, "ZH-2026-005")
        text = _show(dock, results, dock.evaluate_current())
        assert "需人工补充或核实" in text and "判定依据" in text
        assert "请填写现状建筑面积(existing_gfa_m2)" in text
    finally:
        i18n.set_language(before)


def test_gui_cases_form_asks_title_and_catalogue_inputs(docks):
    from gui.cases.case_form import CaseFormDialog

    dock, _ = docks
    fid = _select(dock, "ZH-2026-005")
    clauses = dock.rules().thresholds("R5")["location_clauses"]
    dlg = CaseFormDialog(dock._case(fid), 109_121.4, "王工", None, clauses)
    c = dlg.combos
    c["applicant_is_industrial"].setCurrentIndex(
        c["applicant_is_industrial"].findData(1)
    )
    c["land_right_type"].setCurrentIndex(c["land_right_type"].findData("allocated"))
    c["location_clause"].setCurrentIndex(c["location_clause"].findData("(八)"))
    dlg.edits["remaining_term_years"].setText("17.5")
    dlg.edits["title_cert_no"].setText("京(2020)通州区不动产权第0001号")
    dlg.facility_checks["trading_market"].setChecked(True)
    changed = dlg.changed_values()
    assert changed["applicant_is_industrial"] == 1
    assert changed["land_right_type"] == "allocated"
    assert changed["remaining_term_years"] == 17.5
    assert changed["project_facilities"] == "trading_market"
    assert changed["location_clause"] == "(八)"
    assert dlg.validate() is None
    dlg.facility_checks["none"].setChecked(True)
    assert "None of these" in dlg.validate()
    dlg.facility_checks["none"].setChecked(False)
    dlg.edits["indicator_far_max"].setText("2.5")
    assert dlg.validate() == "Control indicators typed on the case need their source"


def test_gui_cases_register_shows_land_title(docks):
    dock, _ = docks
    row = dock._fids.index(_select(dock, "ZH-2026-003"))
    cells = [dock.model.item(row, c).text() for c in range(dock.model.columnCount())]
    assert cells[5:] == [
        "Allocated (划拨)",
        "",
        "京(2017)石景山区不动产权第0004411号",
        "SJS-0103-0008",
    ]


def test_gui_cases_window_imports_catalogue_and_regulatory(
    qtbot, tmp_path, monkeypatch, dialogs
):
    """In the real window: Cases ▸ Import catalogue / 控规, evaluate, see them."""
    from PySide6.QtWidgets import QDialog

    from db.demo_project import write_demo_project
    from gui.cases.cases_feature import CasesFeature
    from gui.cases.catalogue_dialog import CatalogueDialog
    from gui.cases.regulatory_dialog import RegulatoryImportDialog
    from gui.main_window import MainWindow

    path = write_demo_project(tmp_path / "demo.gpkg", n_enterprises=200)
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.events().project_opened, timeout=20000):
        w.files.open_project(Path(path))
    feat = w.feature(CasesFeature)
    assert [a.objectName() for a in feat.menu.actions() if a.objectName()][-2:] == [
        "action_case_catalogue",
        "action_case_regulatory",
    ]
    cat = tmp_path / "bureau.csv"
    cat.write_text(
        "edition,in_force_from,area_name,area_adcodes,gbt4754_prefix,level,text_zh,"
        "source\n2018,2018-09-26,全市,110115,7320,限制,测试限制条目,局文件\n",
        encoding="utf-8",
    )

    def run_catalogue(dlg: CatalogueDialog) -> int:
        dlg.path.setText(str(cat))
        assert dlg.check()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CatalogueDialog, "exec", run_catalogue)
    w.action("case_catalogue").trigger()
    parcel = w.project.find("cases").gdf.geometry.iloc[0]  # ZH-2026-001, 亦庄
    reg = tmp_path / "kg.geojson"
    box = shapely.buffer(parcel.envelope, 0.001).envelope
    reg.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": shapely.geometry.mapping(box),
                        "properties": {
                            "地块编码": "KG-9",
                            "控规名称": "测试控规",
                            "容积率": 1.0,
                        },
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )

    def run_regulatory(dlg: RegulatoryImportDialog) -> int:
        dlg.path.setText(str(reg))
        assert dlg.preview()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegulatoryImportDialog, "exec", run_regulatory)
    w.action("case_regulatory").trigger()
    assert "KG-9" in w.project.find("regulatory").gdf["parcel_code"].tolist()
    feat.dock.select_fid(int(w.project.find("cases").gdf.index[0]))
    feat.dock.evaluate_current()
    text = feat.results.view.toPlainText()
    assert "测试限制条目" in text and "KG-9" in text and "测试控规" in text
    assert not dialogs.texts("critical")
