"""The Chinese UI has no English left: a walk over every widget of the window
(docks shown, demo project open), the layout window and every dialog fails on
a visible ASCII-only string that is one of the app's translatable strings.
Qt's own dialogs speak Chinese too (qtbase_zh_CN ships with PySide6)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from i18n_walk import english_leak, leaks, visible_strings
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QWidget

import db.demo_project as db_demo
from gui import i18n


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("walk") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=500)
    return path


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


@pytest.fixture
def window(qtbot, chinese, demo_path, tmp_path) -> Any:
    from gui.main_window import MainWindow

    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_path, path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.files.open_project(path, background=False)
    for dock in w.findChildren(QDockWidget):
        dock.show()
    qtbot.waitUntil(lambda: w.menu("file").title() == "文件(&F)")
    yield w
    w.close()


def _walk(widget: QWidget, qtbot: Any) -> list[tuple[str, str]]:
    qtbot.addWidget(widget)
    widget.show()
    found = leaks(widget)
    widget.close()
    return found


def test_i18n_walk_detects_an_english_leak(qtbot, chinese) -> None:
    label = QLabel("Export web map")  # a translatable source shown untranslated
    qtbot.addWidget(label)
    assert leaks(label) == [("QLabel:", "Export web map")]
    assert not english_leak("EPSG:4548") and not english_leak("导出网页地图…")


def test_i18n_main_window_docks_and_menus_are_chinese(window, qtbot) -> None:
    from gui.cases.case_dock import CaseListDock
    from gui.workspace_feature import WorkspaceFeature

    # Fill the panels that show data: a case with its timeline, a zone with its
    # history, identify results.
    cases = window.findChild(CaseListDock)
    cases.view.selectRow(0)
    window.project.find("zgc_parks").set_selection(
        [int(window.project.find("zgc_parks").gdf.index[0])]
    )
    ws = window.feature(WorkspaceFeature)
    parks = window.project.find("zgc_parks")
    pt = parks.gdf.geometry.iloc[0].representative_point()
    from geo.crs import transform_xy
    from gui.tools.identify_tool import identify

    x, y = transform_xy(pt.x, pt.y, 4490, window.project.display_epsg)
    ws.identify_dock.show_results(
        identify(window.project, float(x), float(y), window.project.display_epsg, 5.0)
    )
    strings = visible_strings(window)
    assert len(strings) > 200
    assert cases.timeline.count() > 0
    rows = [cases.timeline.item(i).text() for i in range(cases.timeline.count())]
    assert not any("received" in r or "REVIEW" in r for r in rows), rows
    assert leaks(window) == []


def test_i18n_every_dialog_is_chinese(window, qtbot) -> None:
    from gui.cases.case_dock import CaseListDock
    from gui.cases.case_form import CaseFormDialog
    from gui.cases.catalogue_dialog import CatalogueDialog
    from gui.cases.regulatory_dialog import RegulatoryImportDialog
    from gui.cases.rules_dialog import RulesDialog
    from gui.database.connect_dialog import OpenDatabaseDialog
    from gui.database.database_feature import CheckoutDialog
    from gui.dialogs.select_by_expression_dialog import SelectByExpressionDialog
    from gui.dialogs.settings_dialog import SettingsDialog
    from gui.dialogs.style_dialog import StyleDialog
    from gui.editing.attribute_form_dialog import AttributeFormDialog
    from gui.editing.editing_feature import EditingFeature
    from gui.editing.import_export_dialogs import ExportZonesDialog, ImportZonesDialog
    from gui.editing.zone_form_dialog import ZoneFormDialog
    from gui.enterprises.form_dialog import EnterpriseFormDialog
    from gui.enterprises.import_wizard import ImportWizard
    from gui.printing.export_dialog import ExportLayoutDialog
    from gui.printing.layout_window import LayoutWindow
    from gui.web_export_dialog import WebExportDialog
    from gui.zones.as_of_feature import POLICY_DATE, AsOfDialog
    from layers.cases.rules import load_rules
    from layers.printing.layout import load_template
    from layers.undo import UndoStack

    project = window.project
    parks = project.find("zgc_parks")
    ctl = window.feature(EditingFeature).controller
    case = project.find("cases").gdf.iloc[0].to_dict()
    zone = parks.gdf.iloc[0].drop(labels=["geometry"]).to_dict()
    cases = window.findChild(CaseListDock)
    rules = cases.rules()
    dialogs: list[QWidget] = [
        SettingsDialog(QSettings()),
        StyleDialog(parks, UndoStack()),
        SelectByExpressionDialog(project.find("enterprises")),
        ExportLayoutDialog("版面", project.meta.path),
        LayoutWindow(project, load_template("A4 portrait case map")),
        WebExportDialog(project),
        ImportZonesDialog(ctl),
        ExportZonesDialog(ctl),
        ZoneFormDialog(zone, ["110108"]),
        AttributeFormDialog({"name": "甲", "floors": 3}, {"floors"}),
        EnterpriseFormDialog({}, set()),
        CaseFormDialog(case, 150000.0, "planner"),
        RulesDialog(load_rules(), set()),
        ImportWizard(window),
        CatalogueDialog(
            cases.catalogue(rules), rules.inputs("R4"), str(project.meta.path)
        ),
        RegulatoryImportDialog(str(project.meta.path)),
        OpenDatabaseDialog(),
        CheckoutDialog(),
        _conflict_dialog(parks),
        AsOfDialog(POLICY_DATE),
    ]
    found = {type(d).__name__: _walk(d, qtbot) for d in dialogs}
    assert {k: v for k, v in found.items() if v} == {}


def _conflict_dialog(parks: Any) -> QWidget:
    """Return the conflict dialog for a zone both sides renamed."""
    from db.remote_changes import FeatureConflict
    from gui.database.conflict_dialog import ConflictDialog

    base = parks.gdf.iloc[0].copy()
    mine, theirs = base.copy(), base.copy()
    mine["name_zh"], theirs["name_zh"] = "我的名称", "他们的名称"
    theirs["updated_by"] = "zhang.san"
    fid = int(parks.gdf.index[0])
    return ConflictDialog(
        FeatureConflict("zones", "zgc_parks", fid, base, mine, theirs), 2
    )


def test_i18n_qt_own_dialogs_use_qtbase_chinese(qtbot, chinese) -> None:
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [t for _, t in visible_strings(dialog)]
    assert any("查找范围" in t for t in texts)
    assert any("文件类型" in t for t in texts)
    dialog.close()


def test_i18n_no_wrapper_hides_strings_from_lupdate() -> None:
    """lupdate reads self.tr("…") and translate("Context", "…") calls only: a
    helper such as _tr("…") or an alias tr = QCoreApplication.translate keeps
    its strings out of the translation files, so they stay English."""
    import re

    gui = Path(__file__).resolve().parents[2] / "gui"
    wrapper = re.compile(
        r"^\s*def _tr\(|^\s*(?!translate\b)\w+\s*=\s*QCoreApplication\.translate\s*$",
        re.M,
    )
    offenders = [
        str(p.relative_to(gui.parent))
        for p in sorted(gui.rglob("*.py"))
        if wrapper.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_i18n_import_wizard_every_page_is_chinese(window, qtbot) -> None:
    """File, preview, columns, coordinates and the validation page of a GBK
    register with bad rows: no English left on any of them."""
    from gui.enterprises.import_wizard import ImportWizard

    data = Path(__file__).resolve().parents[1] / "data" / "enterprises"
    wizard = ImportWizard(window, str(data / "gbk_gcj02.csv"))
    qtbot.addWidget(wizard)
    wizard.show()
    found: dict[int, list[tuple[str, str]]] = {}
    for _ in range(3):
        found[wizard.currentId()] = leaks(wizard)
        wizard.next()
    found[wizard.currentId()] = leaks(wizard)
    with qtbot.waitSignal(wizard.validated, timeout=20000):
        wizard.next()
    assert wizard.currentId() == wizard.pageIds()[-1]
    assert wizard.problem_model.rowCount() > 0  # the file's bad rows are listed
    found[wizard.currentId()] = leaks(wizard)
    assert {k: v for k, v in found.items() if v} == {}
    wizard.close()
