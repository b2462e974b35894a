"""The results panel, the PDF report and its map use the zones in force on the
case's application date (crafted dated zones, tests/factories/dated_zones.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import db.store as db_store
from tests.factories.dated_zones import dated_case, dated_zones

SG_LEFT_OUT_EN = (
    "新首钢高端产业综合服务区 (in force from 2016-11-22; 100% of the parcel) was "
    "not yet in force on the application date (2016-11-21): left out"
)
SG_LEFT_OUT_ZH = (
    "新首钢高端产业综合服务区（2016-11-22 起生效，占宗地 100%）：申请日尚未生效，未计入"
)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "dated.gpkg"
    with db_store.ProjectStore.create(path) as s:
        s.insert_features("zones", dated_zones(), "t")
        s.insert_features("conversion_cases", dated_case("T-SJS-1", "2016-11-21"), "t")
    return path


@pytest.fixture
def window(project_file, qtbot, dialogs):
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.events().project_opened, timeout=20000):
        w.files.open_project(project_file)
    return w


def _evaluate(window):
    from gui.cases.cases_feature import CasesFeature

    feat = window.feature(CasesFeature)
    feat.dock.select_fid(int(window.project.find("cases").gdf.index[0]))
    feat.dock.evaluate_current()
    return feat


def _pdf_text(path: Path) -> str:
    import pypdf

    raw = "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", "", raw)


def test_gui_cases_zones_as_of_results_panel_names_date_and_zone_left_out(window):
    feat = _evaluate(window)
    text = feat.results.view.toPlainText()
    assert (
        "Zones in force on 2016-11-21 (the application date); boundaries as "
        "currently saved"
    ) in text
    assert SG_LEFT_OUT_EN in text
    r5 = feat.results.evaluation.outcome("R5")
    assert r5.outcome == "N/A" and SG_LEFT_OUT_ZH in r5.message_zh


def test_gui_cases_zones_as_of_results_panel_in_chinese_and_difference(window, qtbot):
    from gui import i18n
    from layers.editing.feature_commands import ChangeAttributesCommand

    feat = _evaluate(window)
    before = i18n.current_language() or "en"
    i18n.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: feat.results.windowTitle() == "评估结果")
        text = feat.results.view.toPlainText()
        assert (
            "功能区：按 2016-11-21（申请受理日期）有效的范围；边界为当前保存的图形"
            in text
        )
        assert SG_LEFT_OUT_ZH in text
        fid = feat.dock.current_fid()
        cmd = ChangeAttributesCommand(
            feat.dock._layer, fid, {"received_date": "2016-11-22"}
        )
        window.push_feature_edit(cmd)
        feat.dock.select_fid(fid)
        feat.dock.evaluate_current()
        text = feat.results.view.toPlainText()
        assert "功能区有效日期: 2016-11-21 → 2016-11-22" in text
        assert "未计入的功能区（不在有效期内）: ['T-OLD', 'T-SG'] → ['T-OLD']" in text
        assert SG_LEFT_OUT_ZH not in text
        assert "R5: N/A → PASS" in text  # 新首钢 (crafted focus 04) now counts
    finally:
        i18n.set_language(before)


def test_gui_cases_zones_as_of_report_says_which_zones(window, tmp_path):
    feat = _evaluate(window)
    pdf = feat.dock.report_current(str(tmp_path / "r.pdf"))
    text = _pdf_text(pdf)
    for needle in (
        "功能区：按2016-11-21（申请受理日期）有效的范围；边界为当前保存的图形",
        re.sub(r"\s+", "", SG_LEFT_OUT_ZH),
        "功能区/园区（未计入）",
        "2016-11-22起生效，尚未生效",
        "有效至2015-06，已失效",
        "图中功能区为2016-11-21有效的范围（当前保存的图形）",
    ):
        assert needle in text, needle


def test_gui_cases_zones_as_of_report_map_draws_the_zones_of_that_date(window):
    from gui.cases.report_map import zones_on
    from gui.zones.as_of_feature import ZonesAsOfFeature

    def codes(project, day):
        view = zones_on(project, day)
        return sorted(
            code
            for lyr in view.layers
            if lyr.visible and lyr.source.where.get("kind") is not None
            for code in lyr.gdf["code"]
            if lyr.gdf is not None and "code" in lyr.gdf
        )

    project = window.project
    assert "T-SG" not in codes(project, "2016-11-21")
    assert "T-SG" in codes(project, "2016-11-22")
    assert codes(project, "2015-07-01") == ["T-EAST", "T-ZGC"]
    # The window's own as-of view (another date) gives way to the case's date.
    window.feature(ZonesAsOfFeature).show_as_of(__import__("datetime").date(2013, 1, 1))
    assert codes(project, "2016-11-22") == ["T-EAST", "T-SG", "T-ZGC"]
    assert zones_on(project, "") is project  # undated (older) facts: live layers


def test_gui_cases_zones_as_of_report_map_pixels_follow_the_date(window, qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from gui.cases import report_map
    from layers.cases.evaluations import ReportData
    from layers.cases.facts import SiteFacts

    feat = _evaluate(window)
    case = feat.dock._case(feat.dock.current_fid())

    def paint(day: str) -> QImage:
        facts = SiteFacts(1.0, "m", zones_date=day, zones_date_basis="received_date")
        rd = ReportData(case, facts, feat.results.evaluation, "t", "now")
        img = QImage(400, 300, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        report_map.draw_map(p, QRectF(0, 0, 400, 300), rd, window.project, "", 96)
        p.end()
        return img

    assert paint("2016-11-21") == paint("2016-11-21")
    assert paint("2016-11-21") != paint("2016-11-22")  # 新首钢 drawn from its day
