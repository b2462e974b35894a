"""CaseListDock: the conversion-case register with filters, timeline and actions.

Edits go through the undo stack (``ChangeAttributesCommand`` on the cases layer)
and reach the project file on Save, audited there. Evaluations are records of
their own and are saved at once (``evaluations`` table, with the rules version).
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import PermissionDeniedError
from gui.cases.case_evaluations import CaseEvaluations, Known
from gui.cases.report_layout import OUTCOME_COLORS
from gui.cases.ui_labels import land_right_labels, outcome_labels, status_labels
from gui.file_dialogs import remember_folder, start_path
from gui.icons import ACTION_ICONS, icon
from gui.interface import AppInterface
from gui.permissions import show_refusal, why_not
from layers.cases import evaluations as evals
from layers.cases.catalogue_model import Catalogue
from layers.cases.engine import Evaluation
from layers.cases.facts import FactsContext, SiteFacts, districts_of
from layers.cases.rules import RuleSet, load_rules
from layers.cases.timeline import status_timeline
from layers.fields.decoders import timestamp
from layers.permissions import Capability, Permissions

COLUMNS = (
    "case_no",
    "applicant",
    "district",
    "status",
    "outcome",
    "land_right_type",
    "remaining_term_years",
    "title_cert_no",
    "parcel_code",
)
OUTCOME_COLUMN = 4


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    try:
        if v != v:  # pd.NA
            return ""
    except TypeError:
        return ""
    return str(v)


class CaseListDock(QDockWidget):
    """List, filter, edit, evaluate and report conversion cases.

    Signals
    -------
    evaluation_done(Evaluation)
        A case was evaluated (and saved when the project is writable).
    case_selected(object)
        The selected case changed (its fid, or None).
    """

    evaluation_done = Signal(object)
    case_selected = Signal(object)

    def __init__(self, window: AppInterface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock_cases")
        self.window_ = window
        self.user = getpass.getuser()
        self._ctx: FactsContext | None = None
        self.known = CaseEvaluations()
        self._district_names: dict[str, str] = {}
        self._fids: list[int] = []
        body = QWidget()
        lay = QVBoxLayout(body)
        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem("", None)
        for k in status_labels():
            self.status_filter.addItem("", k)
        self.district_filter = QComboBox()
        self.district_filter.setObjectName("district_filter")
        self.filter_label = QLabel()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.district_filter)
        lay.addLayout(filters)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.view = QTableView()
        self.view.setObjectName("case_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.timeline)
        lay.addWidget(split)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("edit", self.edit_current),
            ("evaluate", self.evaluate_current),
            ("report", self.report_current),
            ("rules", self.edit_rules),
        ):
            b = QPushButton()
            b.setObjectName(f"button_{key}")
            b.setIcon(icon(ACTION_ICONS[f"action_case_{key}"]))  # as in the menu
            b.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(b)
            self.buttons[key] = b
        lay.addLayout(buttons)
        self.setWidget(body)
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.district_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_view_selection_changed()
        )
        self.view.doubleClicked.connect(lambda _: self.edit_current())
        self._layer: Any = None
        self._overlays: list[Any] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Industrial-land conversion cases"))
        self.filter_label.setText(self.tr("Filter"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i, text in enumerate(status_labels().values(), start=1):
            self.status_filter.setItemText(i, text)
        if self.district_filter.count():
            self.district_filter.setItemText(0, self.tr("All districts"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Case number"),
                self.tr("Applicant"),
                self.tr("District"),
                self.tr("Status"),
                self.tr("Evaluation result"),
                self.tr("Land-right type"),
                self.tr("Remaining term (years)"),
                self.tr("Title certificate No."),
                self.tr("Parcel code"),
            ]
        )
        for key, text in (
            ("edit", self.tr("Edit")),
            ("evaluate", self.tr("Evaluate")),
            ("report", self.tr("Report PDF")),
            ("rules", self.tr("Rule settings")),
        ):
            self.buttons[key].setText(text)
        for key, tip in (
            ("edit", self.tr("Edit the selected case (or double-click its row)")),
            (
                "evaluate",
                self.tr("Check the selected case against the rules; saves the result"),
            ),
            ("report", self.tr("Write the selected case's evaluation report as PDF")),
            (
                "rules",
                self.tr("Change rule thresholds; each change is a new rules version"),
            ),
        ):
            self.buttons[key].setToolTip(tip)
        if self._fids:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- model plumbing -------------------------------------------------------
    def set_project(self, project: Any) -> None:
        """Follow ``project``'s cases layer."""
        if self._layer is not None:
            self._layer.features_changed.disconnect(self._on_layer_features_changed)
        self._layer = project.find("cases") if project is not None else None
        self._ctx = None
        self.known.clear()
        if self._layer is not None:
            self._layer.features_changed.connect(self._on_layer_features_changed)
        if self._overlays:
            for lyr in self._overlays:
                lyr.features_changed.disconnect(self._on_overlay_features_changed)
        self._overlays = [
            lyr
            for lyr in (project.layers if project is not None else [])
            if lyr.source.table in ("zones", "regulatory_parcels")
        ]
        for lyr in self._overlays:  # zones and 控规 parcels feed the facts
            lyr.features_changed.connect(self._on_overlay_features_changed)
        self._fill_districts()
        self.refresh()

    def _on_overlay_features_changed(self, layer: Any) -> None:
        self._ctx = None

    def _on_layer_features_changed(self, layer: Any) -> None:
        self.refresh()

    def context(self) -> FactsContext:
        """Return the facts context of the current project (built once)."""
        if self._ctx is None:
            self._ctx = evals.facts_context(self.window_.project)
            self._district_names = {k: v[0] for k, v in self._ctx.districts.items()}
        return self._ctx

    def _fill_districts(self) -> None:
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(self.tr("All districts"), None)
        if self._layer is not None and len(self._layer.gdf):
            self.context()
            for code, name in sorted(self._district_names.items()):
                self.district_filter.addItem(name, code)
        self.district_filter.blockSignals(False)

    def refresh(self) -> None:
        """Rebuild the table from the cases layer and the filters (keeps selection)."""
        keep = self.current_fid() if self._fids else None
        self.model.setRowCount(0)
        self._fids = []
        if self._layer is None or self._layer.gdf.empty:
            return
        gdf = self._layer.gdf
        dists = districts_of(self.context(), gdf.geometry.values)
        want_status = self.status_filter.currentData()
        want_dist = self.district_filter.currentData()
        statuses, outcomes = status_labels(), outcome_labels()
        rights = land_right_labels()
        for (fid, row), codes in zip(gdf.iterrows(), dists, strict=True):
            if want_status and row.get("status") != want_status:
                continue
            if want_dist and want_dist not in codes:
                continue
            overall = self.known.overall(int(fid))
            term = row.get("remaining_term_years")
            items = [
                QStandardItem(_text(row.get("case_no"))),
                QStandardItem(_text(row.get("applicant_name"))),
                QStandardItem("、".join(self._district_names.get(c, c) for c in codes)),
                QStandardItem(statuses.get(str(row.get("status")), "")),
                QStandardItem(outcomes[overall] if overall else "—"),
                QStandardItem(rights.get(_text(row.get("land_right_type")), "")),
                QStandardItem("" if _text(term) == "" else f"{float(term):g}"),
                QStandardItem(_text(row.get("title_cert_no"))),
                QStandardItem(_text(row.get("parcel_code"))),
            ]
            if overall:
                items[OUTCOME_COLUMN].setForeground(QColor(OUTCOME_COLORS[overall]))
            self.model.appendRow(items)
            self._fids.append(int(fid))
        self.view.resizeColumnsToContents()
        if keep is not None:
            self.select_fid(keep)

    def select_fid(self, fid: int) -> None:
        """Select the row of case ``fid`` (if shown)."""
        if fid in self._fids:
            self.view.selectRow(self._fids.index(fid))

    def current_fid(self) -> int | None:
        """Return the fid of the selected case, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self._fids[rows[0].row()] if rows else None

    def _case(self, fid: int) -> dict[str, Any]:
        gdf = self._layer.gdf
        row: dict[str, Any] = gdf.loc[fid].to_dict()
        row["geometry"] = gdf.geometry.loc[fid]
        row["fid"] = fid
        return row

    def permissions(self) -> Permissions:
        """Return what the signed-in role may do in the project shown."""
        return Permissions.of(self.window_.project.meta)

    def _store(self) -> Any:
        """Return the store evaluations are saved to (None: not saved)."""
        store = self.window_.store
        if store is None or store.read_only:
            return None
        return store if self.permissions().can(Capability.EDIT) else None

    def _on_view_selection_changed(self) -> None:
        self._show_timeline()
        self.case_selected.emit(self.current_fid())

    def latest(self, fid: int) -> Known | None:
        """Return the latest evaluation of case ``fid`` (this session or saved)."""
        return self.known.latest(fid, self.window_.store)

    # --- timeline -------------------------------------------------------------
    def _show_timeline(self) -> None:
        self.timeline.clear()
        fid = self.current_fid()
        if fid is None:
            return
        audit = evaluations = None
        store = self.window_.store
        if store is not None and fid > 0:
            audit = store.read_table(
                "zp_audit_log",
                where={"table_name": ["conversion_cases"], "row_fid": [fid]},
            )
            evaluations = evals.load_evaluations(store, fid)
        for e in status_timeline(self._case(fid), audit, evaluations):
            when = timestamp(e.at, "") if "T" in e.at else e.at[:16]
            self.timeline.addItem(f"{when}  {self._event_text(e)}  {e.by}".rstrip())

    def _event_text(self, event: Any) -> str:
        """Word a timeline event in the UI language."""
        if event.kind == "received":
            return self.tr("Received")
        if event.kind == "status":
            label = status_labels().get(event.value, event.value)
            return self.tr("Status → %1").replace("%1", label)
        if event.kind == "evaluation":
            label = outcome_labels().get(event.value, event.value)
            return (
                self.tr("Evaluated: %1 (rules %2)")
                .replace("%1", label)
                .replace("%2", event.rules_version)
            )
        return str(event.text)

    # --- actions --------------------------------------------------------------
    def rules(self) -> RuleSet:
        """Return the rules version in force for this project."""
        store = self.window_.store
        if store is None:
            return load_rules()
        if store.read_only:
            versions = evals.rules_versions(store)
            return versions[max(versions)] if versions else load_rules()
        # Only an administrator records the shipped rules in a project that
        # has none; everyone else evaluates with the rules in force.
        may_record = self.permissions().can(Capability.RULES)
        return evals.current_rules(store, self.user, record=may_record)

    def catalogue(self, rules: RuleSet) -> Catalogue:
        """Return the project's catalogue editions (the shipped sample if none)."""
        from db.catalogue_store import project_catalogue

        store = getattr(self.window_, "store", None)
        may_record = self.permissions().can(Capability.CATALOGUE)
        return project_catalogue(store, rules.inputs("R4"), self.user, may_record)

    def edit_current(self) -> None:
        """Open the case form; OK pushes one undoable attribute change."""
        from gui.cases.case_form import CaseFormDialog
        from layers.editing.feature_commands import ChangeAttributesCommand

        fid = self.current_fid()
        if fid is None:
            return
        perms = self.permissions()
        if why := why_not(perms, Capability.EDIT):
            self.window_.show_message(why, 8000)
            return
        case = self._case(fid)
        area = self.context().compute(case["geometry"]).site_area_m2
        clauses = self.rules().thresholds("R5").get("location_clauses") or []
        dlg = CaseFormDialog(case, area, self.user, self, clauses, perms)
        if dlg.exec() and (changed := dlg.changed_values()):
            cmd = ChangeAttributesCommand(
                self._layer,
                fid,
                changed,
                self.tr("Edit case %1").replace("%1", str(case.get("case_no"))),
            )
            if self.window_.push_feature_edit(cmd):
                self.select_fid(fid)

    def evaluate_current(self) -> Evaluation | None:
        """Evaluate the selected case, save the evaluation, show the result."""
        fid = self.current_fid()
        if fid is None:
            return None
        case, rules = self._case(fid), self.rules()
        args = (self.context(), rules, self.catalogue(rules))
        known = self.known.evaluate(fid, case, args, self.window_.store)
        store = self._store()
        if store is not None and fid > 0:
            self._save_evaluation(store, fid, known, rules)
        self.refresh()
        self.select_fid(fid)
        self.evaluation_done.emit(known.evaluation)
        return known.evaluation

    def _save_evaluation(
        self, store: Any, fid: int, known: Known, rules: RuleSet
    ) -> bool:
        """Save an evaluation with its rules version; say so plainly if it cannot be."""
        may_record = self.permissions().can(Capability.RULES)
        if not may_record and not evals.is_recorded(store, rules.version):
            # The shipped rules are in force but not recorded in the project:
            # the evaluation could not be reproduced, so it is only shown.
            self.window_.show_message(
                self.tr(
                    "Evaluated with the shipped rules %1, which this project has not "
                    "recorded; the evaluation is shown but not saved. An "
                    "administrator records the rules (Rule settings)."
                ).replace("%1", str(rules.version)),
                12000,
            )
            return False
        try:
            evals.save_evaluation(
                store,
                fid,
                known.evaluation,
                known.inputs,
                self.user,
                rules if may_record else None,
            )
        except PermissionDeniedError as exc:
            show_refusal(self.window_, exc, self)
            return False
        return True

    def report_current(self, path: str | None = None) -> Path | None:
        """Evaluate the selected case and write its PDF report."""
        from gui.cases.report import write_report

        fid = self.current_fid()
        if fid is None:
            return None
        # The report prints the evaluation shown in the results panel; only a
        # case changed since (or never evaluated) is evaluated -- once -- first.
        if self.known.reusable(fid, self._case(fid), self.window_.store) is None:
            self.evaluate_current()
        known = self.latest(fid)
        if known is None:
            return None
        ev = known.evaluation
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save evaluation report"),
                start_path(self.window_.project.meta.path, f"{ev.case_no}.pdf"),
                "PDF (*.pdf)",
            )
            if path:
                remember_folder(path)
            if not path:
                return None
        case = self._case(fid)
        store = self.window_.store
        rd = evals.ReportData(
            case,
            SiteFacts.from_dict(known.inputs["facts"]),
            ev,
            self.user,
            store.now() if store else ev.as_of,
            changes=known.diff,
        )
        try:
            out = write_report(path, rd, self.window_.project)
        except OSError as exc:
            from gui.write_failure import show_write_failure

            show_write_failure(self, path, exc)
            return None
        self.window_.show_message(
            self.tr("Report saved: %1").replace("%1", str(out)), 8000
        )
        return out

    def edit_rules(self) -> None:
        """Open the rules settings; OK records a new rules version."""
        from gui.cases.rules_dialog import RulesDialog

        if why := why_not(self.permissions(), Capability.RULES):
            self.window_.show_message(why, 8000)
            return
        store = self._store()
        rules = self.rules()
        taken = set(evals.rules_versions(store)) if store is not None else set()
        dlg = RulesDialog(rules, taken, self)
        if dlg.exec() and dlg.result_rules is not None:
            new = dlg.result_rules
            if new.version == rules.version:
                return
            if store is None:
                QMessageBox.information(
                    self,
                    self.tr("Rule settings"),
                    self.tr(
                        "No writable project is open; the new version was not saved."
                    ),
                )
                return
            try:
                evals.record_rules_version(
                    store, new, self.user, dlg.note.text().strip()
                )
            except PermissionDeniedError as exc:
                show_refusal(self.window_, exc, self)
                return
            QMessageBox.information(
                self,
                self.tr("Rule settings"),
                self.tr("Recorded rules version %1").replace("%1", str(new.version)),
            )
