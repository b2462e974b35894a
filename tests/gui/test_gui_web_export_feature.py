"""File > Export web map…: menu entry, dialog defaults, export off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from gui.main_window import MainWindow
from gui.web_export_dialog import WebExportDialog, WebExportOptions
from gui.web_export_feature import WebExportFeature
from tests.factories.web_sample import sample_project


@pytest.fixture
def window(qtbot):
    project = sample_project(200)
    project.find("basemap").visible = False
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_web_export_action_in_file_menu(window) -> None:
    action = window.action("export_web_map")
    assert action in window.menu("file").actions()
    assert action.text() == QCoreApplication.translate("WebExport", "Export web map…")


def test_web_export_dialog_defaults_to_visible_layers(window, qtbot) -> None:
    dlg = WebExportDialog(window.project, window.canvas.visible_extent_ll(), window)
    qtbot.addWidget(dlg)
    opts = dlg.options()
    assert "basemap" not in opts.layer_ids
    assert set(opts.layer_ids) == {"cases", "enterprises", "functional_areas"}
    assert opts.basemap is None and opts.extent_ll is None
    assert not dlg.key_edit.isEnabled()
    dlg.basemap_combo.setCurrentIndex(dlg.basemap_combo.findData("amap"))
    assert "GCJ-02" in dlg.basemap_note.text()
    dlg.basemap_combo.setCurrentIndex(dlg.basemap_combo.findData("tianditu"))
    assert dlg.key_edit.isEnabled()


def test_web_export_view_extent_is_lonlat_around_the_view(window) -> None:
    ext = window.canvas.visible_extent_ll()
    assert ext is not None
    xmin, ymin, xmax, ymax = ext
    assert 100 < xmin < xmax < 130 and 20 < ymin < ymax < 50


def test_web_export_runs_off_the_gui_thread(window, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    opts = WebExportOptions(
        layer_ids=("cases", "enterprises"),
        title="测试",
        out_path=str(out),
        basemap=None,
        tianditu_key=None,
        extent_ll=None,
    )
    worker = window.feature(WebExportFeature).run_export(opts)
    # run_export connects its slots before start(); a signal blocker made after
    # start() could miss a fast export, so wait for what the user sees
    qtbot.waitUntil(
        lambda: window.findChild(object, "web_export_done") is not None, timeout=20000
    )
    worker.wait(5000)
    text = out.read_text(encoding="utf-8")
    assert "zp-data-enterprises" in text and "zp-data-functional_areas" not in text
    box = window.findChild(object, "web_export_done")
    assert str(out) in box.text()
    box.close()
    qtbot.waitUntil(lambda: not window.progress().running, timeout=5000)


def test_web_export_failure_is_reported(window, qtbot, tmp_path: Path) -> None:
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    opts = WebExportOptions(
        ("cases",), "T", str(blocker_file / "m.html"), None, None, None
    )
    worker = window.feature(WebExportFeature).run_export(opts)
    qtbot.waitUntil(
        lambda: window.findChild(object, "web_export_failed") is not None,
        timeout=20000,
    )
    worker.wait(5000)
    box = window.findChild(object, "web_export_failed")
    assert QCoreApplication.translate("WebExport", "Export failed: ") in box.text()
    box.close()


def test_web_export_dialog_shows_the_whole_default_path(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A planner's project lives a few folders down.
    deep = "/home/planner/规划项目/2026/中关村示范区/园区分布/demo.gpkg"
    monkeypatch.setattr(window.project.meta, "path", deep)
    dlg = WebExportDialog(window.project, None, window)
    qtbot.addWidget(dlg)
    dlg.show()
    edit = dlg.path_edit
    need = edit.fontMetrics().horizontalAdvance(edit.text())
    assert need < 560  # the test project's path: short enough to show in full
    assert edit.width() >= need + 10, (edit.width(), need, edit.text())
