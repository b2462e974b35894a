"""RulesDialog: adjust rule thresholds; OK records a new rules version.

The dialog never edits a rule set in place: :func:`layers.cases.rules.with_thresholds`
returns the next version, which the caller records in ``zp_rules_versions`` so
older evaluations still reproduce with the version they used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.cases.rules import RulesError, RuleSet, numeric_thresholds, with_thresholds


def editable_rows(rules: RuleSet) -> list[tuple[str, str, Any]]:
    """Return (rule id, key, value) rows the dialog shows (numeric thresholds).

    Control indicators are not thresholds of the rules: they come from the
    控规 layer or are typed on a case with their source (R6).
    """
    return list(numeric_thresholds(rules))


def threshold_label(key: str) -> str:
    """Return what a threshold sets, in the UI language (the key if unknown)."""
    labels = {
        "hard_cap_increment_pct": QCoreApplication.translate(
            "RulesDialog", "Cap on the floor-area increase (%)"
        ),
        "hard_cap_increment_m2": QCoreApplication.translate(
            "RulesDialog", "Cap on the floor-area increase (m²)"
        ),
        "indicative_area_margin_m": QCoreApplication.translate(
            "RulesDialog", "Tolerance at indicative catalogue boundaries (m)"
        ),
        "inside_share_min": QCoreApplication.translate(
            "RulesDialog", "Share of the site inside a zone to count as in it"
        ),
        "report_min_overlap_m2": QCoreApplication.translate(
            "RulesDialog", "Smallest overlap with a zone reported (m²)"
        ),
        "regulatory_min_share": QCoreApplication.translate(
            "RulesDialog", "Smallest share of the site a 控规 parcel must cover"
        ),
    }
    return labels.get(key, key)


def _parse(text: str) -> float | None:
    t = text.strip()
    return None if t in ("", "-", "none", "null", "无") else float(t)


class RulesDialog(QDialog):
    """Show thresholds of the current rules version; build the next version."""

    def __init__(
        self, rules: RuleSet, taken: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Rule settings (current version %1)").replace(
                "%1", str(rules.version)
            )
        )
        self.rules = rules
        self.taken = set(taken)
        self.result_rules: RuleSet | None = None
        self.rows = editable_rows(rules)
        titles = {r["id"]: r.get("title_zh", "") for r in rules.rules}
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("thresholds")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Threshold"), self.tr("Value (empty = none)")]
        )
        for i, (rid, key, val) in enumerate(self.rows):
            for j, text in enumerate(
                (
                    f"{rid} {titles.get(rid, '')}",
                    threshold_label(key),
                    "" if val is None else f"{val:g}",
                )
            ):
                item = QTableWidgetItem(text)
                if j == 1:  # the threshold's key in the rules file stays at hand
                    item.setToolTip(key)
                if j < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(
            self.tr("Reason for the change (recorded with the rules version)")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Changing a threshold creates a new rules version; saved "
                    "evaluations stay reproducible with their own version."
                )
            )
        )
        lay.addWidget(self.table)
        lay.addWidget(self.note)
        lay.addWidget(buttons)
        self.resize(720, 520)

    def set_value(self, rule_id: str, key: str, value: float | None) -> None:
        """Set a row's value (tests and scripted use)."""
        for i, (rid, k, _) in enumerate(self.rows):
            if (rid, k) == (rule_id, key):
                self._value_item(i).setText("" if value is None else f"{value:g}")
                return
        raise KeyError((rule_id, key))

    def _value_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 2)
        if item is None:  # every row gets its cells when the dialog is built
            raise LookupError(f"threshold row {row} has no value cell")
        return item

    def build(self) -> RuleSet:
        """Return the rule set with the table's values (the same one if unchanged)."""
        changes: dict[str, dict[str, Any]] = {}
        for i, (rid, key, old) in enumerate(self.rows):
            new = _parse(self._value_item(i).text())
            if new != old:
                changes.setdefault(rid, {})[key] = new
        return with_thresholds(
            self.rules, changes, self.taken, self.note.text().strip()
        )

    def accept(self) -> None:
        try:
            self.result_rules = self.build()
        except (ValueError, RulesError) as exc:
            QMessageBox.warning(self, self.tr("Invalid threshold"), str(exc))
            return
        super().accept()
