"""Install the conversion-case GUI into the main window (dock and menu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from gui import i18n
from gui.cases.case_dock import CaseListDock


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
    i18n.Retranslator(menu, lambda: retranslate(menu, actions))
    window.project_loaded.connect(dock.set_project)
    if window.project is not None:
        dock.set_project(window.project)
    window.cases_dock = dock
    return dock
