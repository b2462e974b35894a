"""Case dock, case form and rules dialog on a demo project file."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

import db.store as db_store
from layers.demo.case_register import build_demo_cases


@pytest.fixture
def window(tmp_path: Path, qapp):
    from db.project_io import load_project

    store = db_store.ProjectStore.create(tmp_path / "p.gpkg")
    store.insert_features("conversion_cases", build_demo_cases(None, None, None), "t")
    project = load_project(store)

    def push_feature_edit(cmd) -> bool:
        project.open_edit_buffer(cmd.layer).push(cmd)
        return True

    win = SimpleNamespace(
        project=project,
        store=store,
        push_feature_edit=push_feature_edit,
        show_message=lambda text, timeout_ms=5000: None,
    )
    yield win
    store.close()


@pytest.fixture
def dock(window, qtbot):
    from gui.cases.case_dock import CaseListDock

    d = CaseListDock(window)
    qtbot.addWidget(d)
    d.set_project(window.project)
    return d


def _select(dock, case_no: str) -> int:
    gdf = dock._layer.gdf
    fid = int(gdf.index[gdf["case_no"] == case_no][0])
    dock.select_fid(fid)
    return fid


def test_gui_cases_dock_lists_and_filters(dock):
    assert dock.model.rowCount() == 12
    dock.status_filter.setCurrentIndex(dock.status_filter.findData("approved"))
    assert dock.model.rowCount() == 3
    dock.status_filter.setCurrentIndex(0)
    dock.district_filter.setCurrentIndex(dock.district_filter.findData("110112"))
    shown = {dock.model.item(r, 0).text() for r in range(dock.model.rowCount())}
    assert shown == {"ZH-2026-005", "ZH-2026-009"}  # 009 straddles 朝阳/通州


def test_gui_cases_dock_evaluate_saves_and_shows_timeline(dock, window, qtbot):
    fid = _select(dock, "ZH-2026-008")
    with qtbot.waitSignal(dock.evaluation_done) as blocker:
        dock.evaluate_current()
    assert blocker.args[0].overall == "FAIL"
    assert window.store.count("evaluations") == 1
    fail = QCoreApplication.translate("CaseLabels", "Fail")
    assert dock.model.item(dock._fids.index(fid), 4).text() == fail
    items = [dock.timeline.item(i).text() for i in range(dock.timeline.count())]
    # Worded in the UI language (the report keeps its Chinese wording).
    evaluated = QCoreApplication.translate("CaseListDock", "Evaluated: %1 (rules %2)")
    assert any(evaluated.split("%1")[0] + fail in t for t in items)
    received = QCoreApplication.translate("CaseListDock", "Received")
    assert any(received in t for t in items)


def test_gui_cases_form_edit_is_one_undo_step(dock, window):
    from gui.cases.case_form import CaseFormDialog

    fid = _select(dock, "ZH-2026-005")
    case = dock._case(fid)
    dlg = CaseFormDialog(case, 109_121.4, "王工")
    dlg.edits["existing_gfa_m2"].setText("60000")
    dlg.combos["status"].setCurrentIndex(dlg.combos["status"].findData("under_review"))
    changed = dlg.changed_values()
    assert changed["existing_gfa_m2"] == 60000.0
    assert changed["status"] == "under_review" and changed["status_by"] == "王工"
    assert "applicant_name" not in changed
    dlg.override.setChecked(True)
    dlg.area_edit.setText("100000")
    assert dlg.validate() == QCoreApplication.translate(
        "CaseFormDialog", "An overridden site area needs both the area and a reason"
    )
    dlg.reason_edit.setText("以土地证面积为准")
    assert dlg.validate() is None
    from layers.editing.feature_commands import ChangeAttributesCommand

    assert window.push_feature_edit(
        ChangeAttributesCommand(dock._layer, fid, dlg.changed_values())
    )
    stack = window.project.edit_buffers["cases"].undo_stack
    assert dock._layer.gdf.loc[fid, "site_area_override_reason"] == "以土地证面积为准"
    ev = dock.evaluate_current()
    r2 = ev.outcome("R2")  # proposed 64,000 m² over the entered 60,000 m²
    assert r2.outcome == "REVIEW" and r2.values["increment_m2_value"] == 4000.0
    stack.undo()
    assert dock._layer.gdf.loc[fid, "status"] == "received"


def test_gui_cases_rules_dialog_records_new_version(dock, window):
    from gui.cases.rules_dialog import RulesDialog
    from layers.cases import evaluations as ev_mod

    rules = dock.rules()
    dlg = RulesDialog(rules, set(ev_mod.rules_versions(window.store)))
    dlg.set_value("R2", "hard_cap_increment_pct", 10)
    dlg.note.setText("收紧增量上限")
    new = dlg.build()
    assert new.version != rules.version
    assert new.thresholds("R2")["hard_cap_increment_pct"] == 10
    ev_mod.record_rules_version(window.store, new, "王工", "收紧增量上限")
    _select(dock, "ZH-2026-002")
    assert dock.evaluate_current().outcome("R2").outcome == "FAIL"
    assert set(ev_mod.rules_versions(window.store)) == {rules.version, new.version}


def test_gui_cases_feature_adds_dock_and_follows_project(window, qtbot):
    from gui.cases.cases_feature import CasesFeature
    from gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    dock = win.feature(CasesFeature).dock
    assert dock in win.findChildren(type(dock))
    assert dock.model.rowCount() == 0
    win.show_project(window.project, None)
    assert dock.model.rowCount() == 12
    menu = win.menu("cases")
    assert menu.title() == QCoreApplication.translate("CasesMenu", "&Cases")
    bar = win.menuBar().actions()
    assert bar.index(menu.menuAction()) == bar.index(win.menu("help").menuAction()) - 1


def test_gui_cases_ui_in_chinese(dock, window, qtbot):
    """With the zh_CN translator the case UI reads as it did before i18n."""
    from gui import i18n
    from gui.cases.case_form import CaseFormDialog
    from gui.cases.rules_dialog import RulesDialog
    from gui.main_window import MainWindow

    before = i18n.current_language() or "en"
    i18n.set_language("zh_CN")
    try:
        # Qt posts LanguageChange to top-level widgets: let it arrive.
        qtbot.waitUntil(lambda: dock.windowTitle() == "工业用地转换案例")
        assert dock.status_filter.itemText(0) == "全部状态"
        assert dock.status_filter.itemText(1) == "已受理"
        assert dock.buttons["report"].text() == "报告 PDF"
        headers = [
            dock.model.horizontalHeaderItem(i).text()
            for i in range(dock.model.columnCount())
        ]
        assert headers == [
            "案件编号",
            "申请单位",
            "所在区",
            "状态",
            "评估结论",
            "土地权利性质",
            "剩余年限(年)",
            "不动产权证号",
            "宗地编码",
        ]
        fid = _select(dock, "ZH-2026-008")
        dock.evaluate_current()
        assert dock.model.item(dock._fids.index(fid), 4).text() == "不通过"
        dlg = CaseFormDialog(dock._case(fid), 1000.0, "王工")
        dlg.override.setChecked(True)
        assert "理由" in dlg.validate()
        rules = RulesDialog(dock.rules(), set())
        assert rules.windowTitle().startswith("规则设置（当前版本")
        win = MainWindow()
        qtbot.addWidget(win)
        menu = win.menu("cases")
        assert menu.title() == "案例(&C)"
        i18n.set_language("en")
        assert menu.title() == "&Cases"
        qtbot.waitUntil(
            lambda: dock.windowTitle() == "Industrial-land conversion cases"
        )
        assert dock.buttons["report"].text() == "Report PDF"
    finally:
        i18n.set_language(before)


def test_gui_cases_dock_buttons_have_icons_and_chinese_tooltips(dock, qtbot):
    from gui import i18n

    i18n.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: dock.windowTitle() == "工业用地转换案例")
        for key, button in dock.buttons.items():
            assert not button.icon().isNull(), key
            tip = button.toolTip()
            assert tip and not tip.isascii(), (key, tip)
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: dock.buttons["edit"].toolTip().isascii())
