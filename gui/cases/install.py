"""Install the conversion-case GUI into the main window (dock and menu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from gui.cases.case_dock import CaseListDock


def install(window: Any) -> CaseListDock:
    """Add the case dock and a 案例 menu to ``window``; follow project changes."""
    dock = CaseListDock(window, window)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    menu = window.menuBar().addMenu("案例 Cases")
    menu.setObjectName("menu_cases")
    for text, slot in (
        ("评估所选案例", dock.evaluate_current),
        ("生成评估报告 (PDF)…", dock.report_current),
        ("编辑案例…", dock.edit_current),
        ("规则设置…", dock.edit_rules),
    ):
        act = QAction(text, window)
        act.triggered.connect(lambda _=False, s=slot: s())
        menu.addAction(act)
    window.project_loaded.connect(dock.set_project)
    if window.project is not None:
        dock.set_project(window.project)
    window.cases_dock = dock
    return dock
