"""The enterprise import wizard as a planner meets it, in Chinese and English."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

import db.demo_project as db_demo
from gui import i18n
from gui.enterprises.import_texts import matches_template
from gui.enterprises.import_wizard import ImportWizard
from layers.enterprises.importer import (
    ImportOptions,
    ImportRejectedError,
    prepare_import,
)
from tests.factories.enterprise_registers import BAD_ROWS, planner_register
from tests.layers.enterprises_fixtures import DATA

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def project_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("wiz") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=300)
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
    yield win
    i18n.set_language("en")
    win.close()


def _validate(wiz: ImportWizard, qtbot) -> object:
    wiz._fill_mapping()
    wiz._fill_coords()
    with qtbot.waitSignal(wiz.validated, timeout=20000) as sig:
        wiz.start_validation()
    wiz.worker.wait()
    return sig.args[0]


def _labelled(w: QWidget) -> bool:
    if isinstance(w, QAbstractButton):
        return bool(w.text())
    if w.accessibleName():
        return True
    form = w.parentWidget().layout() if w.parentWidget() else None
    return isinstance(form, QFormLayout) and form.labelForField(w) is not None


def test_wizard_every_control_labelled_and_fits(window, qtbot, tmp_path) -> None:
    wiz = ImportWizard(window, str(planner_register(tmp_path / "r.csv")))
    qtbot.addWidget(wiz)
    unlabelled = [
        f"{type(w).__name__}:{w.objectName()}"
        for cls in (QLineEdit, QComboBox, QSpinBox, QTableView, QAbstractButton)
        for w in wiz.findChildren(cls)
        if w.isVisibleTo(wiz)
        or w.parentWidget() in [wiz.page(i) for i in wiz.pageIds()]
        if not _labelled(w)
        and not isinstance(w.parentWidget(), (QComboBox, QSpinBox))
        and w.objectName() not in ("qt_spinbox_lineedit",)
    ]
    assert unlabelled == []
    size = wiz.size()
    for i in wiz.pageIds():
        need = wiz.page(i).minimumSizeHint()
        assert need.width() <= size.width() and need.height() <= size.height(), i
    screen = wiz.screen().availableSize()
    assert size.width() <= screen.width() and size.height() <= screen.height()


def test_wizard_preview_one_numbering_file_rows(window, qtbot) -> None:
    wiz = ImportWizard(window, str(DATA / "gbk_gcj02.csv"))
    qtbot.addWidget(wiz)
    view = wiz.preview_page.preview
    assert view.verticalHeader().isHidden()  # no second, 1..n numbering
    model = wiz.preview_model
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["3", "4", "5"]
    wiz.header_spin.setValue(1)  # a wrong header row: numbering still the file's
    assert model.data(model.index(0, 0)) == "2"


def test_wizard_coordinate_choices_and_provider_hint(window, qtbot, tmp_path) -> None:
    wiz = ImportWizard(window, str(planner_register(tmp_path / "r.csv")))
    qtbot.addWidget(wiz)
    wiz._fill_mapping()
    wiz._fill_coords()
    labels = [wiz.coords_combo.itemText(i) for i in range(wiz.coords_combo.count())]
    for words in ("WGS84 / GPS", "高德", "腾讯", "百度", "CGCS2000", "Gauss–Krüger"):
        assert any(words in t for t in labels), words
    assert wiz.coords_combo.currentData() == "gcj02"  # the title names 高德
    hint = wiz.coords_page.hint.text()
    assert "高德" in hint and "GCJ-02" in hint and "坐标系" in hint  # per-row column


def test_wizard_point_layer_uses_the_files_crs(window, qtbot, tmp_path) -> None:
    import geopandas as gpd

    from tests.layers.enterprises_fixtures import truth

    t = truth()
    path = tmp_path / "firms.geojson"
    gpd.GeoDataFrame(
        {
            "企业名称": t["name"],
            "统一社会信用代码": t["credit_code"],
            "类别": t["category"],
        },
        geometry=gpd.points_from_xy(t["lon"], t["lat"]),
        crs="EPSG:4326",
    ).to_file(path, driver="GeoJSON", engine="pyogrio")
    wiz = ImportWizard(window, str(path))
    qtbot.addWidget(wiz)
    assert not wiz.encoding_combo.isEnabled()  # GIS files say their own encoding
    result = _validate(wiz, qtbot)
    assert wiz.coords_combo.currentData() is None  # "As the file says"
    assert result.n_good == 7 and len(result.bad_rows) == 0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_wizard_validation_page_in_the_ui_language(window, qtbot, tmp_path, lang):
    i18n.set_language(lang)
    wiz = ImportWizard(window, str(planner_register(tmp_path / "r.csv")))
    qtbot.addWidget(wiz)
    result = _validate(wiz, qtbot)
    assert sorted(result.bad_rows.tolist()) == sorted(BAD_ROWS)
    model = wiz.problem_model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
    ]
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    names = {r[1] for r in rows}
    assert {result.raw.grid.iloc[row - 1, 0] for row in BAD_ROWS} == names
    summary = wiz.summary.text()
    if lang == "zh_CN":
        assert all(CJK.search(h) for h in headers), headers
        for row in rows:  # field, severity and problem all read in Chinese
            assert CJK.search(row[2]) and CJK.search(row[4]) and CJK.search(row[5]), row
        assert summary.startswith("共 7 行") and "已选择" in summary
        assert not re.search(r"\b(rows|chosen|assumed|mapped)\b", summary)
        ind = wiz.validation_page.industry_model
        cats = [ind.data(ind.index(r, 3)) for r in range(ind.rowCount())]
        assert "04 金融服务" in cats and any("不属于生产性服务业" in c for c in cats)
    else:
        assert headers[:2] == ["Row", "Enterprise"]
        assert summary.startswith("7 rows: 4 to import")


def test_wizard_every_importer_message_has_a_template(tmp_path) -> None:
    """Every reason and note the importer words for these files is translatable."""
    from tests.layers.test_enterprises_coord_column import _register

    files = [
        (DATA / "gbk_gcj02.csv", ImportOptions(coords="gcj02")),
        (DATA / "gbk_gcj02.csv", ImportOptions(fix_swapped=True)),
        (DATA / "title_merged_gk.xlsx", ImportOptions(coords="EPSG:4548")),
        (planner_register(tmp_path / "r.csv"), None),
        (_register(tmp_path, "坐标系", ["xyz", "bd09mc", "", "高德"])[0], None),
    ]
    seen = set()
    for path, opts in files:
        r = prepare_import(path, opts)
        seen |= set(r.problems["reason"]) | set(r.notes) | set(r.assumptions)
        seen |= set(r.problems["severity"])
        seen |= set(r.industries["problem"]) - {""}
    missing = sorted(t for t in seen if not matches_template(t))
    assert missing == []
    assert len(seen) > 20  # the files above do produce most of the messages


def test_wizard_rejected_files_are_said_in_the_ui_language(window, qtbot, tmp_path):
    header_only = tmp_path / "header_only.csv"
    header_only.write_text("统一社会信用代码,名称,经度,纬度\n", encoding="utf-8")
    no_coords = tmp_path / "no_coords.csv"
    no_coords.write_text("名称,地址\n甲公司,北京\n", encoding="utf-8")
    expected = {header_only: "没有数据行", no_coords: "缺少必需的列"}
    i18n.set_language("zh_CN")
    try:
        for path, words in expected.items():
            with pytest.raises(ImportRejectedError) as info:
                prepare_import(path)
            assert matches_template(str(info.value)), str(info.value)
            wiz = ImportWizard(window, str(path))
            qtbot.addWidget(wiz)
            wiz.start_validation()
            qtbot.waitUntil(lambda w=wiz: "未导入" in w.summary.text(), timeout=10000)
            assert words in wiz.summary.text(), wiz.summary.text()
    finally:
        i18n.set_language("en")


def test_wizard_finish_says_what_happened(window, qtbot, tmp_path, monkeypatch) -> None:
    wiz = ImportWizard(window, str(planner_register(tmp_path / "r.csv")))
    qtbot.addWidget(wiz)
    _validate(wiz, qtbot)
    wiz.good_radio.setChecked(True)
    report = tmp_path / "problems.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "")
    )
    n0 = window.store.count("enterprises")
    wiz.accept()
    assert window.store.count("enterprises") == n0 + 4
    assert wiz.final_summary == (
        f"4 imported (4 new, 0 updated), 3 skipped. Report at {report}"
    )
    assert report.exists()
    box = window.findChild(QWidget, "import_summary")
    assert box is not None and box.text() == wiz.final_summary
    box.close()


def test_wizard_title_naming_an_epsg_code_preselects_it(window, qtbot) -> None:
    wiz = ImportWizard(window, str(DATA / "title_merged_gk.xlsx"))
    qtbot.addWidget(wiz)
    wiz._fill_mapping()
    wiz._fill_coords()
    assert wiz.coords_combo.currentData() == "EPSG:4548"  # "坐标：… (EPSG:4548)"
    assert "EPSG:4548" in wiz.coords_page.hint.text()
