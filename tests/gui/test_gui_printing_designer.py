"""The layout designer as a planner uses it: add, place, delete, arrange, edit
typed properties, close with unsaved changes, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_fixtures import (  # noqa: F401
    demo_gpkg_fixture,
    demo_project_fixture,
    message_boxes_fixture,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFontComboBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from gui.printing import layout_window as lw
from gui.printing.layout_window import LayoutWindow
from gui.printing.prop_editors import ColorButton
from layers.printing.item_props import NEW_ITEM_KINDS
from layers.printing.layout import PrintLayout, load_template
from layers.printing.layout_commands import SetLayoutItemPropertyCommand


def _window(qtbot, project, layout=None) -> LayoutWindow:
    win = LayoutWindow(project, layout or load_template("A4 portrait case map"))
    qtbot.addWidget(win)
    return win


def _picture(tmp_path: Path) -> str:
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    return str(path)


def test_printing_designer_add_delete_undo_every_item_kind(
    qtbot, demo_project, message_boxes, tmp_path
) -> None:
    win = _window(qtbot, demo_project)
    before = win.print_layout.to_dict()
    for entry in NEW_ITEM_KINDS:
        extra = {"path": _picture(tmp_path)} if entry.key == "picture" else {}
        item = win.add_item(entry.key, (30.0, 40.0), (50.0, 20.0), **extra)
        assert item is not None, entry.key
        assert item.kind == entry.kind and item in win.print_layout.items
        assert item.id in win.scene.overlays
        assert win.scene.selected_ids() == [item.id]
        assert win.properties.item is item  # its properties are shown at once
        if entry.kind != "grid":
            assert item.rect_mm == (30.0, 40.0, 50.0, 20.0)
        else:  # drawn on the topmost map's frame
            assert item.rect_mm == win.print_layout.item("map1").rect_mm
        win.named_actions["delete"].trigger()
        assert item not in win.print_layout.items and item.id not in win.scene.overlays
        win.undo_action.trigger()  # the delete
        assert win.print_layout.item(item.id) is item
        win.undo_action.trigger()  # the add
        assert item not in win.print_layout.items
        win.redo_action.trigger()
        assert item in win.print_layout.items
        win.undo_action.trigger()
    assert win.print_layout.to_dict() == before
    assert message_boxes.calls == []


def test_printing_designer_places_item_by_dragging_on_page(
    qtbot, demo_project, message_boxes
) -> None:
    win = _window(qtbot, demo_project)
    win.show()
    qtbot.waitExposed(win)
    win.add_actions["legend"].trigger()
    assert win.scene.placing
    view = win.view
    p1 = view.mapFromScene(QPointF(30.0, 100.0))
    p2 = view.mapFromScene(QPointF(90.0, 160.0))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=p1)
    qtbot.mouseMove(view.viewport(), p2)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=p2)
    assert not win.scene.placing
    new = win.print_layout.items[-1]
    assert new.kind == "legend" and new.id == "legend2"
    x, y, w, h = new.rect_mm
    assert abs(x - 30) < 1.5 and abs(y - 100) < 1.5
    assert abs(w - 60) < 1.5 and abs(h - 60) < 1.5
    # Esc cancels placing without adding anything.
    count = len(win.print_layout.items)
    win.add_actions["text"].trigger()
    qtbot.keyClick(win.view.viewport(), Qt.Key.Key_Escape)
    assert not win.scene.placing and len(win.print_layout.items) == count


def test_printing_designer_z_order_and_grid_follows_map(
    qtbot, demo_project, message_boxes
) -> None:
    win = _window(qtbot, demo_project)
    ids = lambda: [it.id for it in win.print_layout.items]  # noqa: E731
    start = ids()
    win.select(["frame1"])
    win.named_actions["raise"].trigger()
    assert ids()[1] == "frame1"
    win.named_actions["front"].trigger()
    assert ids()[-1] == "frame1" and win.scene.selected_ids() == ["frame1"]
    assert win.scene.overlays["frame1"].zValue() > win.scene.overlays["map1"].zValue()
    win.named_actions["back"].trigger()
    win.named_actions["lower"].trigger()  # already at the bottom: nothing
    assert ids() == start
    win.undo_stack.undo()  # the send to back
    assert ids()[-1] == "frame1"
    win.undo_stack.undo()  # the bring to front
    assert ids()[1] == "frame1"
    # The grid moves with its map, and undo moves both back.
    grid, map_item = win.print_layout.item("grid1"), win.print_layout.item("map1")
    before = map_item.rect_mm
    win._on_scene_geometry_requested("map1", (30.0, 40.0, *before[2:]))
    assert grid.rect_mm == map_item.rect_mm == (30.0, 40.0, *before[2:])
    win._on_scene_geometry_requested("grid1", (0.0, 0.0, 10.0, 10.0))  # refused
    assert grid.rect_mm == map_item.rect_mm
    win.undo_stack.undo()
    assert grid.rect_mm == before
    # Deleting a map deletes its grid in the same step.
    win.select(["map1"])
    win.delete_selected()
    assert "grid1" not in ids() and "map1" not in ids()
    win.undo_stack.undo()
    assert {"grid1", "map1"} <= set(ids())


def test_printing_designer_typed_editors_reject_bad_values(
    qtbot, demo_project, message_boxes
) -> None:
    win = _window(qtbot, demo_project)
    win.select(["map1"])
    ed = win.properties.editors
    mode = ed["mode"]
    assert isinstance(mode, QComboBox) and not mode.isEditable()
    assert [mode.itemData(i) for i in range(mode.count())] == [
        "extent",
        "fixed_scale",
        "current_view",
        "fit_features",
    ]
    scale = ed["scale"]
    assert isinstance(scale, QSpinBox) and scale.prefix() == "1:"
    scale.lineEdit().selectAll()
    qtbot.keyClicks(scale.lineEdit(), "abc")
    assert scale.lineEdit().text() in ("1:", "1:10,000", "1:10000")
    scale.setValue(5)  # below 1:100
    assert scale.value() == 100
    margin = ed["fit_margin"]
    assert isinstance(margin, QDoubleSpinBox) and margin.suffix() == " %"
    margin.setValue(15.0)
    margin.editingFinished.emit()
    assert win.print_layout.item("map1").props["fit_margin"] == pytest.approx(0.15)
    win.select(["title"])
    ed = win.properties.editors
    assert isinstance(ed["align"], QComboBox) and not ed["align"].isEditable()
    assert isinstance(ed["color"], ColorButton)
    assert isinstance(ed["font_family"], QFontComboBox)
    assert not ed["font_family"].isEditable()
    size = ed["size_pt"]
    assert isinstance(size, QDoubleSpinBox) and size.suffix().strip() in ("pt", "磅")
    size.setValue(1000.0)
    assert size.value() == size.maximum() == 200.0
    ed["align"].activated.emit(ed["align"].findData("right"))
    assert win.print_layout.item("title").props["align"] == "right"
    win.select(["footnote1"])
    date = win.properties.editors["date"]
    assert isinstance(date, QLineEdit)
    qtbot.keyClicks(date, "2024/05/01")
    assert not date.hasAcceptableInput()
    # The model refuses what an editor could not produce.
    for item_id, key, value in (
        ("legend1", "columns", 9),
        ("title", "color", "red"),
        ("map1", "mode", "everything"),
        ("footnote1", "date", "May 1"),
    ):
        with pytest.raises(ValueError):
            SetLayoutItemPropertyCommand(win.print_layout, item_id, key, value)


def test_printing_designer_close_asks_when_unsaved(
    qtbot, demo_project, message_boxes
) -> None:
    win = _window(qtbot, demo_project)
    win.show()
    win.close()  # nothing changed: no question
    assert message_boxes.calls == []
    win = _window(qtbot, demo_project)
    win.show()
    win.add_item("text", (20.0, 20.0))
    assert win.windowTitle().endswith("*")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    win.close()
    assert message_boxes.kinds() == ["question"] and win.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.Save
    win.close()
    assert not win.isVisible()
    saved = demo_project.layouts[win.print_layout.name]
    assert saved["items"][-1]["id"] == "text1"
    assert not win.is_modified()


def test_printing_designer_export_dialog_offers_formats_and_confirms(
    qtbot, demo_project, message_boxes, tmp_path, monkeypatch
) -> None:
    dialog = lw.ExportLayoutDialog("案例图", str(tmp_path / "p.gpkg"))
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [".pdf", ".png", ".svg"]
    assert dialog.path == tmp_path / "案例图.pdf"  # starts in the project's folder
    combo.setCurrentIndex(1)
    assert dialog.path.suffix == ".png" and dialog.dpi == 300
    dialog.dpi_spin.setValue(5000)
    assert dialog.dpi == 1200

    class Accepting(lw.ExportLayoutDialog):
        def exec(self) -> int:
            self.format_combo.setCurrentIndex(1)
            self.dpi_spin.setValue(72)
            self.path_edit.setText(str(tmp_path / "out.png"))
            return lw.ExportLayoutDialog.DialogCode.Accepted

    confirmed: list[Path] = []
    monkeypatch.setattr(lw, "ExportLayoutDialog", Accepting)
    monkeypatch.setattr(lw, "confirm_written", lambda _w, p: confirmed.append(p))
    win = _window(qtbot, demo_project)
    assert win.export_dialog() == tmp_path / "out.png"
    assert confirmed == [tmp_path / "out.png"] and (tmp_path / "out.png").exists()
    assert QImage(str(tmp_path / "out.png")).width() == round(210 / 25.4 * 72)


def test_printing_designer_grid_needs_a_map(qtbot, demo_project, message_boxes):
    win = _window(qtbot, demo_project, PrintLayout("blank", "A4", "portrait"))
    assert not win.add_actions["grid"].isEnabled()
    assert win.add_item("grid") is None
    assert message_boxes.kinds() == ["warning"]
    win.add_item("map", (10.0, 10.0), (100.0, 80.0))
    assert win.add_actions["grid"].isEnabled()
    win.add_actions["grid"].trigger()
    assert [it.kind for it in win.print_layout.items] == ["map", "grid"]


def test_printing_designer_chosen_font_is_printed_and_preflighted(
    qtbot, demo_project, message_boxes
) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from gui.printing.page_plan import RenderContext
    from gui.printing.preflight import preflight

    latin = next(
        (
            f
            for f in QFontDatabase.families()
            if QRawFont.fromFont(QFont(f)).isValid()
            and not QRawFont.fromFont(QFont(f)).supportsCharacter(ord("图"))
        ),
        None,
    )
    if latin is None:
        pytest.skip("no installed font without Chinese glyphs to pick")
    win = _window(qtbot, demo_project)
    ctx = RenderContext(demo_project, 96.0)
    assert not [i for i in preflight(win.print_layout, ctx) if i.item_id == "title"]
    win.select(["title"])
    picker = win.properties.editors["font_family"]
    picker.setCurrentFont(QFont(latin))
    picker.activated.emit(picker.currentIndex())
    assert (
        win.print_layout.item("title").props["font_family"]
        == picker.currentFont().family()
    )
    missing = [i for i in preflight(win.print_layout, ctx) if i.item_id == "title"]
    assert missing and "图" in {i.char for i in missing}
    win.undo_action.trigger()
    assert not win.print_layout.item("title").props.get("font_family")


def test_printing_print_layouts_on_a_project_without_any_offers_a_template(
    qtbot, monkeypatch, message_boxes, tmp_path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from gui.main_window import MainWindow
    from gui.printing.printing_feature import PrintingFeature

    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.project.layouts
    feature = w.feature(PrintingFeature)
    asked: list[list[str]] = []

    def pick(_parent, _title, _label, items, *args, **kwargs):
        asked.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    w.action("print_layouts").trigger()
    assert message_boxes.kinds() == ["question"]
    assert asked and "A3 landscape meeting exhibit" in asked[0]
    assert len(feature.layout_windows) == 1
    win = feature.layout_windows[0]
    assert win.print_layout.name == asked[0][0] and win.isVisible()
    win.close()
    message_boxes.answer = QMessageBox.StandardButton.No
    w.action("print_layouts").trigger()
    assert len(asked) == 1  # no template asked for this time
