"""MainWindow: title and unsaved mark, close prompt, hooks, status bar, files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from gui.main_window import MainWindow
from gui.map_tool import MapTool
from layers.layer_commands import SetLayerStyleCommand

HAS_DEMO = importlib.util.find_spec("db.demo_project") is not None


@pytest.fixture
def window(qtbot, small_project):
    w = MainWindow(small_project)
    w.message_boxes_enabled = False
    w.unsaved_changes_answer = "discard"  # never a modal dialog in tests
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
    assert window.actions["undo"].text() == "Undo Style Zones"
    window.actions["undo"].trigger()
    assert not window.isWindowModified()
    assert window.actions["redo"].isEnabled()


def test_main_window_close_asks_on_unsaved_changes(window, small_project):
    _restyle(small_project)
    window.unsaved_changes_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    window.unsaved_changes_answer = "discard"
    assert window.close()


def test_main_window_hooks_for_docks_and_tools(window):
    for name in ("file", "edit", "view", "layer", "select", "tools", "help"):
        assert window.menu(name).title()
    dock = QDockWidget("Layers", window)
    dock.setWidget(QLabel("x"))
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    tool = MapTool(window.canvas, "Identify")
    window.add_tool(tool)
    tool.action.trigger()
    assert window.canvas.tool is tool and tool.action.isChecked()
    assert not window.pan_tool.action.isChecked()
    window.set_tool(window.pan_tool)
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
    window._crs_actions[3857].trigger()
    assert small_project.display_epsg == 3857
    assert window.canvas.viewport.epsg == 3857
    assert window.status.crs_combo.currentData() == 3857


def test_main_window_progress_api(window):
    cancelled = []
    window.progress.start("Importing…", lambda: cancelled.append(True))
    assert window.progress.running
    window.progress.set(40)
    assert window.status.progress_bar.value() == 40
    window.status.cancel_button.click()
    assert cancelled == [True]
    window.progress.finish()
    assert not window.progress.running


def test_main_window_bookmark_roundtrip(window, small_project):
    from gui.main_window_menus import add_bookmark

    bm = add_bookmark(window, "海淀")
    assert small_project.bookmarks == [bm]
    window.canvas.zoom_full()
    window.canvas.zoom_to_extent_ll((bm.xmin, bm.ymin, bm.xmax, bm.ymax))
    assert small_project.dirty


def test_main_window_open_error_is_reported(window, tmp_path):
    bad = tmp_path / "not_a_project.gpkg"
    bad.write_text("hello")
    assert not window.open_project(bad, background=False)
    assert window.last_error
    assert not window.progress.running


@pytest.mark.skipif(not HAS_DEMO, reason="db.demo_project not available")
def test_main_window_opens_demo_in_background_and_screenshots(qtbot, tmp_path):
    from db.demo_project import write_demo_project
    from gui.app import take_screenshot

    path = write_demo_project(tmp_path / "demo.gpkg", n_enterprises=2000)
    w = MainWindow()
    w.message_boxes_enabled = False
    w.unsaved_changes_answer = "discard"
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.project_loaded, timeout=20000):
        w.open_project(Path(path))
    assert w.project.meta.path == str(path)
    assert w.windowTitle().startswith("demo.gpkg[*]")
    assert w.recent_projects()[0] == str(path)
    out = take_screenshot(Path(path), tmp_path / "window.png", size=(1200, 800))
    assert out.exists() and out.stat().st_size > 20000
