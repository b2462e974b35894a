"""Install the conversion-case GUI into the main window (dock and menu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction

from gui import i18n
from gui.cases.case_dock import CaseListDock


class CasesMenu(QObject):
    """Own the Cases menu's strings; retranslate on a language change."""

    def __init__(self, menu: Any, actions: dict[str, QAction]) -> None:
        super().__init__(menu)
        self.menu, self.actions = menu, actions
        self.retranslate()
        i18n.notifier.language_changed.connect(self.retranslate)

    def retranslate(self, _language: str = "") -> None:
        """Set the menu's strings in the current language."""
        retranslate(self.menu, self.actions)


def retranslate(menu: Any, actions: dict[str, QAction]) -> None:
    """Set the Cases menu's strings in the current language."""
    menu.setTitle(QCoreApplication.translate("CasesMenu", "&Cases"))
    texts = {
        "evaluate": QCoreApplication.translate("CasesMenu", "Evaluate selected case"),
        "report": QCoreApplication.translate(
            "CasesMenu", "Generate evaluation report (PDF)…"
        ),
        "edit": QCoreApplication.translate("CasesMenu", "Edit case…"),
        "rules": QCoreApplication.translate("CasesMenu", "Rule settings…"),
    }
    for key, text in texts.items():
        actions[key].setText(text)


def install(window: Any) -> CaseListDock:
    """Add the case dock and a Cases menu to ``window``; follow project changes."""
    dock = CaseListDock(window, window)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    menu = window.menuBar().addMenu("")
    menu.setObjectName("menu_cases")
    actions: dict[str, QAction] = {}
    for key, slot in (
        ("evaluate", dock.evaluate_current),
        ("report", dock.report_current),
        ("edit", dock.edit_current),
        ("rules", dock.edit_rules),
    ):
        act = QAction(window)
        act.setObjectName(f"action_case_{key}")
        act.triggered.connect(lambda _=False, s=slot: s())
        menu.addAction(act)
        actions[key] = act
    window.cases_menu = CasesMenu(menu, actions)
    window.project_loaded.connect(dock.set_project)
    if window.project is not None:
        dock.set_project(window.project)
    window.cases_dock = dock
    return dock
