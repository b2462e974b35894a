"""The conversion-case register in the window: its docks and the Cases menu.

The case dock lists and evaluates cases; the results dock beside it shows the
evaluation of the selected case, rule by rule. The Cases menu also loads the
bureau's catalogue (seed 一(二)) and imports a 控规 parcel layer (R6).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gui import i18n
from gui.cases.case_dock import CaseListDock
from gui.cases.results_dock import EvaluationResultsDock
from gui.interface import AppInterface, Feature
from gui.permissions import RoleGate, show_refusal
from layers.cases.engine import Evaluation
from layers.cases.facts import SiteFacts
from layers.permissions import Capability
from layers.project import Project

ACTIONS = ("evaluate", "report", "edit", "rules", "catalogue", "regulatory")
#: What the role must allow for each action (evaluate and report: anyone).
GUARDED = {
    "edit": Capability.EDIT,
    "rules": Capability.RULES,
    "catalogue": Capability.CATALOGUE,
    "regulatory": Capability.REGULATORY,
}


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
        "catalogue": QCoreApplication.translate(
            "CasesMenu", "Import catalogue (禁止和限制目录)…"
        ),
        "regulatory": QCoreApplication.translate(
            "CasesMenu", "Import 控规 parcel layer…"
        ),
    }
    for key, text in texts.items():
        actions[key].setText(text)


class CasesFeature(Feature):
    """The case dock, the results dock and the Cases menu of one window."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        owner = iface.main_widget()
        self.dock = CaseListDock(iface, owner)
        iface.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.results = EvaluationResultsDock(owner)
        iface.add_dock(self.results, Qt.DockWidgetArea.RightDockWidgetArea)
        self.menu = iface.add_menu("cases")
        self.actions: dict[str, QAction] = {}
        slots = {
            "evaluate": self.dock.evaluate_current,
            "report": self.dock.report_current,
            "edit": self.dock.edit_current,
            "rules": self.dock.edit_rules,
            "catalogue": self.import_catalogue,
            "regulatory": self.import_regulatory,
        }
        for key in ACTIONS:
            act = QAction(owner)
            act.setObjectName(f"action_case_{key}")
            act.triggered.connect(lambda _=False, s=slots[key]: s())
            if key == "catalogue":
                self.menu.addSeparator()
            self.menu.addAction(act)
            self.actions[key] = act
            iface.register_action(f"case_{key}", act)
        i18n.Retranslator(self.menu, lambda: retranslate(self.menu, self.actions))
        gate = iface.feature(RoleGate)
        for key, capability in GUARDED.items():
            gate.guard(self.actions[key], capability)
            if key in self.dock.buttons:
                gate.guard(self.dock.buttons[key], capability)
        self.dock.evaluation_done.connect(self._on_dock_evaluation_done)
        self.dock.case_selected.connect(self._on_dock_case_selected)

    def project_opened(self, project: Project) -> None:
        """Show the new project's cases."""
        self.dock.set_project(project)
        self.results.show_evaluation(None)

    # --- results ----------------------------------------------------------------
    def _context_line(self, ev: Evaluation) -> str:
        r4 = next((o for o in ev.outcomes if o.rule_id == "R4"), None)
        if r4 is None or not r4.values.get("edition"):
            return ""
        title = r4.values.get("edition_title") or f"{r4.values['edition']}"
        tag = "（示例·待核实）" if r4.values.get("edition_status") == "sample" else ""
        return f"{title}{tag}"

    def _on_dock_evaluation_done(self, ev: Evaluation) -> None:
        fid = self.dock.current_fid()
        known = self.dock.latest(fid) if fid is not None else None
        diff = known.diff if known is not None else None
        facts = _facts(known.inputs) if known is not None else None
        self.results.show_evaluation(ev, diff, self._context_line(ev), facts)

    def _on_dock_case_selected(self, fid: object) -> None:
        known = self.dock.latest(int(fid)) if isinstance(fid, int) else None
        if known is None:
            self.results.show_evaluation(None)
            return
        ev = known.evaluation
        self.results.show_evaluation(
            ev, known.diff, self._context_line(ev), _facts(known.inputs)
        )

    # --- imports ------------------------------------------------------------------
    def import_catalogue(self) -> None:
        """Show the editions on file; validate and load a catalogue file."""
        from db.catalogue_store import save_editions
        from db.errors import PermissionDeniedError
        from gui.cases.catalogue_dialog import CatalogueDialog

        store = self.iface.store
        if store is None or store.read_only:
            self.iface.show_error(
                self.tr("Import catalogue"),
                self.tr("Open a writable project first: catalogues are stored in it."),
            )
            return
        rules = self.dock.rules()
        dlg = CatalogueDialog(
            self.dock.catalogue(rules),
            rules.inputs("R4"),
            str(store.path) if store.path else None,  # None: a team database
            self.iface.main_widget(),
        )
        if not dlg.exec() or not (editions := dlg.result_editions()):
            return
        try:
            save_editions(store, editions, self.iface.user)
        except PermissionDeniedError as exc:
            show_refusal(self.iface, exc)
            return
        self.iface.show_message(
            self.tr("Catalogue loaded: %1").replace(
                "%1", "、".join(f"{e.edition} ({len(e.rows)})" for e in editions)
            ),
            8000,
        )

    def import_regulatory(self) -> None:
        """Import 控规 parcels into the 控规 layer's edit buffer (one undo step)."""
        from gui.cases.regulatory_dialog import RegulatoryImportDialog
        from layers.cases.regulatory_import import matching_parcels
        from layers.editing.feature_commands import (
            DeleteFeaturesCommand,
            PasteFeaturesCommand,
        )
        from layers.undo import Command, MacroCommand

        layer = self.iface.project.find("regulatory")
        if layer is None:
            self.iface.show_error(
                self.tr("Import 控规 parcels"),
                self.tr("This project has no 控规 layer."),
            )
            return
        store = self.iface.store
        path = store.path if store is not None else None
        dlg = RegulatoryImportDialog(
            str(path) if path else None, self.iface.main_widget()
        )
        if not dlg.exec() or dlg.import_result is None:
            return
        imp = dlg.import_result
        matches = matching_parcels(layer.gdf, imp)
        if matches and not dlg.replace.isChecked():
            self.iface.show_error(
                self.tr("Import 控规 parcels"),
                self.tr(
                    "%1 parcel(s) with the same plan name and parcel code are "
                    "already in the layer; tick “Replace” to replace them."
                ).replace("%1", str(len(matches))),
            )
            return
        children: list[Command] = (
            [DeleteFeaturesCommand(layer, matches)] if matches else []
        )
        children.append(PasteFeaturesCommand(layer, imp.gdf))
        cmd = MacroCommand(f"Import 控规 parcels from {imp.path.name}", children)
        if self.iface.push_feature_edit(cmd):
            self.iface.show_message(
                self.tr("%1 — in the edit buffer; Save writes it").replace(
                    "%1", imp.summary()
                ),
                8000,
            )


def _facts(inputs: dict[str, Any]) -> SiteFacts | None:
    """Return the facts an evaluation's inputs snapshot holds (None if none)."""
    raw = inputs.get("facts")
    return SiteFacts.from_dict(raw) if isinstance(raw, dict) else None
