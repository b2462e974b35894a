"""The conversion-case register in the window: its dock and the Cases menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gui import i18n
from gui.cases.case_dock import CaseListDock
from gui.interface import AppInterface, Feature
from layers.project import Project


def retranslate(menu: QMenu, actions: dict[str, QAction]) -> None:
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


class CasesFeature(Feature):
    """The case dock and the Cases menu of one window."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        owner = iface.main_widget()
        self.dock = CaseListDock(iface, owner)
        iface.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.menu = iface.add_menu("cases")
        self.actions: dict[str, QAction] = {}
        for key, slot in (
            ("evaluate", self.dock.evaluate_current),
            ("report", self.dock.report_current),
            ("edit", self.dock.edit_current),
            ("rules", self.dock.edit_rules),
        ):
            act = QAction(owner)
            act.setObjectName(f"action_case_{key}")
            act.triggered.connect(lambda _=False, s=slot: s())
            self.menu.addAction(act)
            self.actions[key] = act
            iface.register_action(f"case_{key}", act)
        i18n.Retranslator(self.menu, lambda: retranslate(self.menu, self.actions))

    def project_opened(self, project: Project) -> None:
        """Show the new project's cases."""
        self.dock.set_project(project)
