"""The layout designer: select, move, resize, align, undo, save, export."""

from __future__ import annotations

from printing_fixtures import (  # noqa: F401
    demo_gpkg_fixture,
    demo_project_fixture,
    message_boxes_fixture,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt

from gui.printing.layout_window import LayoutWindow
from layers.printing.layout import load_template


def _window(qtbot, project):
    layout = load_template("A4 portrait case map")
    win = LayoutWindow(project, layout)
    qtbot.addWidget(win)
    return win, layout


def test_printing_window_drag_moves_item_with_undo(
    qtbot, demo_project, message_boxes
) -> None:
    win, layout = _window(qtbot, demo_project)
    ov = win.scene.overlays["legend1"]
    before = layout.item("legend1").rect_mm
    ov.setSelected(True)
    ov.setPos(ov.pos() + QPointF(5.0, -3.0))
    ov._on_geometry("legend1", (ov.pos().x(), ov.pos().y(), before[2], before[3]))
    assert layout.item("legend1").rect_mm == (
        before[0] + 5,
        before[1] - 3,
        before[2],
        before[3],
    )
    assert win.undo_action.isEnabled()
    win.undo_action.trigger()
    assert layout.item("legend1").rect_mm == before
    assert win.scene.overlays["legend1"].pos() == QPointF(before[0], before[1])
    win.redo_action.trigger()
    assert layout.item("legend1").x_mm == before[0] + 5


def test_printing_window_align_and_properties(
    qtbot, demo_project, message_boxes
) -> None:
    win, layout = _window(qtbot, demo_project)
    win.select(["north1", "scalebar1"])
    win.align_actions["left"].trigger()
    assert layout.item("north1").x_mm == layout.item("scalebar1").x_mm == 114
    win.align_actions["bottom"].trigger()
    n, s = layout.item("north1"), layout.item("scalebar1")
    assert n.y_mm + n.h_mm == s.y_mm + s.h_mm
    win.undo_stack.undo()
    win.undo_stack.undo()
    assert layout.item("north1").rect_mm == (114, 210, 14, 26)
    win.select(["title"])
    editor = win.properties.editors["text"]
    editor.setPlainText("{name_zh} 示意图")
    editor.committed.emit(editor.toPlainText())
    assert layout.item("title").props["text"] == "{name_zh} 示意图"
    win.properties.editors["locked"].setChecked(True)
    assert layout.item("title").locked
    assert (
        not win.scene.overlays["title"].flags()
        & win.scene.overlays["title"].GraphicsItemFlag.ItemIsMovable
    )
    # A locked item ignores drags (the scene snaps it back, nothing is pushed).
    count = win.undo_stack.count()
    win._on_scene_geometry_requested("title", (0.0, 0.0, 10.0, 10.0))
    assert win.undo_stack.count() == count


def test_printing_window_saves_to_project_and_exports(
    qtbot, demo_project, tmp_path, message_boxes
) -> None:
    win, layout = _window(qtbot, demo_project)
    win.save_to_project()
    assert demo_project.layouts[layout.name]["items"][0]["id"] == "frame1"
    assert demo_project.dirty
    demo_project.undo_stack.undo()
    assert layout.name not in demo_project.layouts
    layout.item("title").props["text"] = "缺字 😀"
    asked = []
    assert not win.export_to(
        tmp_path / "x.pdf", confirm=lambda issues: asked.append(issues) or False
    )
    assert (
        asked
        and asked[0][0].codepoint == "U+1F600"
        and not (tmp_path / "x.pdf").exists()
    )
    assert win.export_to(tmp_path / "x.png", dpi=50, confirm=lambda issues: True)
    assert (tmp_path / "x.png").exists()


def test_printing_feature_adds_file_menu_entries(qtbot, demo_project) -> None:
    from gui.main_window import MainWindow
    from gui.printing.printing_feature import PrintingFeature

    w = MainWindow(demo_project)
    qtbot.addWidget(w)
    keys = ("print_layouts", "new_layout", "atlas")
    assert all(w.action(k) in w.menu("file").actions() for k in keys)
    texts = [w.action(k).text() for k in keys]
    tr = QCoreApplication.translate
    assert texts == [
        tr("PrintMenu", "Print layouts…"),
        tr("PrintMenu", "New layout from template…"),
        tr("PrintMenu", "Atlas…"),
    ]
    win = w.feature(PrintingFeature).open_layout_window(load_template("A0 wall map"))
    assert win.isVisible() and win.print_layout.page_size_mm == (1189.0, 841.0)
    win.close()
    assert Qt.WindowType.Window & win.windowFlags()
