"""Icons, QGIS shortcuts and shortcut tooltips on every action; toolbars fit
a 1366 px screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from gui import i18n, icons
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _menu_and_toolbar_actions(w: MainWindow) -> list[QAction]:
    out: list[QAction] = []
    for bar in w.findChildren(QToolBar):
        out += [a for a in bar.actions() if not a.isSeparator() and a.text()]
    stack = list(w.menuBar().actions())
    while stack:
        act = stack.pop()
        menu = act.menu()
        if menu is not None:
            stack += [a for a in menu.actions() if not a.isSeparator()]
            continue
        if act.text():
            out.append(act)
    return out


def test_icons_vendored_with_licence_and_every_name_draws(qapp) -> None:
    assert (icons.ICON_DIR / "LICENSE").read_text().startswith("MIT License")
    for name in sorted(icons.all_icon_names()):
        ic = icons.icon(name)
        assert not ic.isNull() and not ic.pixmap(20, 20).toImage().isNull(), name
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


def test_icons_every_menu_item_and_toolbar_action_has_an_icon(window) -> None:
    actions = _menu_and_toolbar_actions(window)
    assert len(actions) > 60
    bare = [(a.objectName(), a.text()) for a in actions if a.icon().isNull()]
    # Dynamic entries (recent files, bookmarks) take their menu's icon on show.
    assert bare == [], bare


def test_icons_tooltips_name_shortcuts_and_qgis_keys_are_set(window, qtbot) -> None:
    save = window.action("save")
    assert (
        save.toolTip()
        == f"Save ({save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    )
    assert window.action("attribute_table").shortcut() == QKeySequence("F6")
    toggle = window.findChild(QAction, "action_edit_toggle")
    assert toggle.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert toggle.toolTip().endswith("(Ctrl+Shift+E)")
    keys = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    ]
    assert len(keys) == len(set(keys)), "a shortcut is used twice"
    i18n.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: save.toolTip().startswith("保存"))
        assert save.toolTip().endswith("(Ctrl+S)")
        assert (
            toggle.toolTip().endswith("(Ctrl+Shift+E)")
            and toggle.toolTip().count("(") == 1
        )
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: save.toolTip().startswith("Save"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_icons_toolbars_fit_1366_px(window, qtbot, language) -> None:
    i18n.set_language(language)
    try:
        title = "文件(&F)" if language == "zh_CN" else "&File"
        qtbot.waitUntil(lambda: window.menu("file").title() == title)
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
        for bar in window.findChildren(QToolBar):
            if not bar.isVisible():
                continue
            right = bar.mapTo(window, bar.rect().topRight()).x()
            assert right <= 1366, bar.objectName()
            for act in bar.actions():
                widget = bar.widgetForAction(act)
                if widget is not None and not act.isSeparator():
                    assert widget.isVisible(), (bar.objectName(), act.text())
    finally:
        i18n.set_language("en")
