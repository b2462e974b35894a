"""UI language: Chinese/English translators, the settings dialog, live switching."""

# ruff: noqa: F811  (fake_window is a fixture imported from workspace_fixtures)
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from workspace_fixtures import FakeWindow, fake_window  # noqa: F401

from gui import i18n
from gui.dialogs.settings_dialog import SettingsDialog


def test_i18n_qm_files_ship_for_both_languages() -> None:
    for lang in i18n.LANGUAGES:
        assert i18n.qm_path(lang).exists(), lang


def test_i18n_switch_language_retranslates_docks(
    fake_window: FakeWindow,
    qtbot: Any,
) -> None:
    ws = fake_window.workspace
    i18n.set_language("en")
    assert ws.layer_tree.windowTitle() == "Layers"
    dialog = SettingsDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(i18n.notifier.language_changed):
        dialog.accept()
    assert QSettings().value(i18n.SETTINGS_KEY) == "zh_CN"
    assert i18n.preferred_language() == "zh_CN"
    assert ws.layer_tree.windowTitle() == "图层"
    assert ws.attribute_table.windowTitle() == "属性表"
    assert ws.identify_tool.action.text() == "识别"
    assert ws.actions["select_location"].text() == "选择所选功能区内的企业"
    assert ws.search.placeholderText().startswith("搜索")
    i18n.set_language("en")
    assert ws.layer_tree.windowTitle() == "Layers"
    assert ws.measure_tools[0].action.text() == "Measure distance"


def test_i18n_default_follows_system_locale_without_setting() -> None:
    QSettings().remove(i18n.SETTINGS_KEY)
    assert i18n.preferred_language() == i18n.system_language()
