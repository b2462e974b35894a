"""MainWindow: title and unsaved mark, close prompt, hooks, status bar, files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel

from gui.main_window import MainWindow
from gui.map_tool import MapTool
from gui.workspace_feature import WorkspaceFeature
from layers.layer_commands import SetLayerStyleCommand

HAS_DEMO = importlib.util.find_spec("db.demo_project") is not None


@pytest.fixture
def window(qtbot, small_project):
    w = MainWindow(small_project)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _restyle(project):
    zones = project.find("zones")
    project.undo_stack.push(
        SetLayerStyleCommand(zones, zones.style.with_(fill_alpha=0.5), "Style Zones")
    )


def test_main_window_title_marks_unsaved_changes(window, small_project):
    assert window.windowTitle() == "Untitled[*] — ZonePlanner"
    assert not window.isWindowModified()
    _restyle(small_project)
    assert "[*]" in window.windowTitle() and window.isWindowModified()
    assert window.action("undo").text() == "Undo Style Zones"
    window.action("undo").trigger()
    assert not window.isWindowModified()
    assert window.action("redo").isEnabled()


def test_main_window_close_asks_on_unsaved_changes(window, small_project, dialogs):
    from PySide6.QtWidgets import QMessageBox

    _restyle(small_project)
    dialogs.answer("warning", QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert dialogs.texts("warning") == ["The project has unsaved changes. Save them?"]
    assert window.close()  # the default answer is Discard


def test_main_window_hooks_for_docks_and_tools(window):
    for name in ("file", "edit", "view", "layer", "select", "tools", "help"):
        assert window.menu(name).title()
    dock = QDockWidget("Layers", window)
    dock.setWidget(QLabel("x"))
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    tool = MapTool(window.canvas, "Identify")
    window.add_map_tool(tool)
    tool.action.trigger()
    assert window.canvas.tool is tool and tool.action.isChecked()
    assert not window.pan_tool.action.isChecked()
    window.set_map_tool(window.pan_tool)
    assert window.canvas.tool is window.pan_tool and not tool.active


def test_main_window_status_bar_scale_and_cursor(window, qtbot):
    window.status.scale_edit.setText("1:50,000")
    window.status.scale_edit.returnPressed.emit()
    assert window.canvas.scale_denominator == pytest.approx(50000)
    vp = window.canvas.viewport
    window.canvas.cursor_moved.emit(vp.center_x, vp.center_y)
    text = window.status.lonlat_label.text()
    lon = float(text.split("°E")[0])
    assert 115.0 < lon < 118.0 and len(text.split("°E")[0].split(".")[1]) == 6


def test_main_window_display_crs_switch(window, small_project):
    window.findChild(QAction, "action_crs_3857").trigger()
    assert small_project.display_epsg == 3857
    assert window.canvas.viewport.epsg == 3857
    assert window.status.crs_combo.currentData() == 3857


def test_main_window_progress_api(window):
    cancelled = []
    window.progress().start("Importing…", lambda: cancelled.append(True))
    assert window.progress().running
    window.progress().set(40)
    assert window.status.progress_bar.value() == 40
    window.status.cancel_button.click()
    assert cancelled == [True]
    window.progress().finish()
    assert not window.progress().running


def test_main_window_bookmark_roundtrip(window, small_project):
    ws = window.feature(WorkspaceFeature)
    bm = ws.bookmarks.add_bookmark("海淀")
    assert small_project.bookmarks == [bm]
    menu = window.menu("bookmarks")
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.text()][-1] == "海淀"
    window.canvas.zoom_full()
    window.canvas.zoom_to_extent_ll((bm.xmin, bm.ymin, bm.xmax, bm.ymax))
    assert small_project.dirty


def test_main_window_open_error_is_reported(window, tmp_path, dialogs):
    bad = tmp_path / "not_a_project.gpkg"
    bad.write_text("hello")
    assert not window.files.open_project(bad, background=False)
    assert "not_a_project.gpkg" in dialogs.texts("critical")[0]
    assert not window.progress().running


@pytest.mark.skipif(not HAS_DEMO, reason="db.demo_project not available")
def test_main_window_opens_demo_in_background_and_screenshots(qtbot, tmp_path):
    from db.demo_project import write_demo_project
    from gui.app import take_screenshot

    path = write_demo_project(tmp_path / "demo.gpkg", n_enterprises=2000)
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.events().project_opened, timeout=20000):
        w.files.open_project(Path(path))
    assert w.project.meta.path == str(path)
    assert w.windowTitle().startswith("demo.gpkg[*]")
    assert w.files.recent_projects()[0] == str(path)
    out = take_screenshot(Path(path), tmp_path / "window.png", size=(1200, 800))
    assert out.exists() and out.stat().st_size > 20000
