"""Zones as of a date, the zone form's 4+N and date fields, sector statistics (window)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from db.demo_project import write_demo_project
from gui.editing.zone_form_dialog import ZoneFormDialog
from gui.enterprises.enterprises_feature import EnterprisesFeature
from gui.zones.as_of_feature import SUFFIX, AsOfDialog, ZonesAsOfFeature


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_project(
        tmp_path_factory.mktemp("asof") / "demo.gpkg", n_enterprises=1500
    )


@pytest.fixture
def window(qtbot: Any, demo_template: Path, tmp_path: Path) -> Any:
    from gui.main_window import MainWindow

    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_template, path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    assert w.files.open_project(path, background=False)
    yield w


def _zone_codes(window: Any, suffix: str = "") -> set[str]:
    return {
        c
        for lyr in window.project.layers
        if lyr.id.endswith(suffix) and (lyr.source.table == "zones" or suffix)
        for c in lyr.gdf["code"]
    }


def test_as_of_view_hides_zones_not_yet_in_force_and_comes_back(window: Any) -> None:
    feat = window.feature(ZonesAsOfFeature)
    live = [lyr for lyr in window.project.layers if lyr.source.table == "zones"]
    n = feat.show_as_of(date(2016, 6, 29))
    as_of = _zone_codes(window, SUFFIX)
    # 天津滨海-中关村科技园 was listed on 2016-11-22, after the seed's date
    assert "CP-BHZ" not in as_of and "ZGC-HD" in as_of and "NA-BDA" in as_of
    assert n == len(as_of) == 32
    assert all(not lyr.visible for lyr in live if lyr.id != "zgc_zone")
    copies = [lyr for lyr in window.project.layers if lyr.id.endswith(SUFFIX)]
    assert copies and all(c.read_only for c in copies)
    assert "2016-06-29" in copies[0].name
    assert window.action("zones_as_of").isChecked()
    before_2012 = feat.show_as_of(date(2010, 1, 1))  # before the 16-park layout
    assert "ZGC-HD" not in _zone_codes(window, SUFFIX) and before_2012 < n
    window.action("zones_as_of").setChecked(False)
    assert not any(lyr.id.endswith(SUFFIX) for lyr in window.project.layers)
    assert all(lyr.visible for lyr in live)
    assert "CP-BHZ" in _zone_codes(window)


def test_as_of_view_keeps_each_layers_opacity(window: Any) -> None:
    live = [lyr for lyr in window.project.layers if lyr.source.table == "zones"]
    live[0].set_opacity(0.35)
    window.feature(ZonesAsOfFeature).show_as_of(date(2016, 6, 29))
    copy = window.project.find(live[0].id + SUFFIX)
    assert copy is not None and copy.opacity == 0.35


def test_as_of_view_is_not_saved_with_the_project(window: Any) -> None:
    feat = window.feature(ZonesAsOfFeature)
    feat.show_as_of(date(2016, 6, 29))
    assert window.save_project()
    layers = window.store.read_settings()["layers"]
    assert not any(entry["id"].endswith(SUFFIX) for entry in layers)
    assert all(entry["visible"] for entry in layers if entry["id"] == "zgc_parks")
    # the view is back after the save
    assert any(lyr.id.endswith(SUFFIX) for lyr in window.project.layers)


def test_as_of_action_asks_for_a_date(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[date] = []

    def fake_exec(self: AsOfDialog) -> int:
        self.date.setDate(self.date.date().addYears(1))  # 2017-06-29
        chosen.append(self.chosen())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AsOfDialog, "exec", fake_exec)
    window.action("zones_as_of").setChecked(True)
    assert chosen == [date(2017, 6, 29)]
    assert window.feature(ZonesAsOfFeature).on == date(2017, 6, 29)
    assert "CP-BHZ" in _zone_codes(window, SUFFIX)
    monkeypatch.setattr(AsOfDialog, "exec", lambda self: 0)
    window.action("zones_as_of").setChecked(False)
    window.action("zones_as_of").setChecked(True)  # cancelled: stays off
    assert not window.action("zones_as_of").isChecked()


def test_zone_form_offers_4n_platforms_and_dates(qtbot: Any) -> None:
    dlg = ZoneFormDialog(
        {"code": "CP-N1", "name_zh": "新合作平台", "kind": "zgc_park"}, ["130209"]
    )
    qtbot.addWidget(dlg)
    assert not dlg.platform.isEnabled()
    dlg.kind.setCurrentIndex(dlg.kind.findData("cooperation_platform"))
    assert dlg.platform.isEnabled() and dlg.platform.currentData() == "n"
    dlg.platform.setCurrentIndex(dlg.platform.findData("caofeidian"))
    dlg.effective_from.setText("2016-13")
    dlg.accept()
    assert dlg.result() == 0 and "effective_from" in dlg.problems.text()
    dlg.effective_from.setText("2016-09")
    dlg.extent_year.setText("2019")
    dlg.focus["03"].setChecked(True)
    dlg.focus_source.setPlainText("03 (十) 云计算数据中心「重点培育云计算数据中心」")
    dlg.accept()
    assert dlg.result() == 1
    v = dlg.values()
    assert (v["platform_4n"], v["effective_from"], v["extent_year"]) == (
        "caofeidian",
        "2016-09",
        2019,
    )
    assert v["focus_source"].startswith("03 (十)")
    dlg.kind.setCurrentIndex(dlg.kind.findData("functional_area"))
    assert dlg.values()["platform_4n"] is None


def test_statistics_dock_groups_by_the_policy_sectors(window: Any) -> None:
    dock = window.feature(EnterprisesFeature).stats_dock
    dock.setFloating(True)
    dock.resize(700, 700)
    dock.show()
    dock.refresh()
    dock.group_combo.setCurrentIndex(dock.group_combo.findData("sectors"))
    dock.chart_combo.setCurrentIndex(dock.chart_combo.findData("stacked"))
    table, colors = dock.grouped(
        dock.current()[[f"n_{i:02d}" for i in range(1, 11)]].set_axis(
            [f"{i:02d}" for i in range(1, 11)], axis=1
        )
    )
    assert list(table.columns) == ["金融", "信息", "科技", "商务", "流通", "其他"]
    assert set(colors) == set(table.columns)
    axes = dock.chart.figure.axes
    assert axes and {t.get_text() for t in axes[0].get_legend().get_texts()} == set(
        table.columns
    )
    dock.group_combo.setCurrentIndex(dock.group_combo.findData("categories"))
    assert dock.grouped(table)[1] is None
