"""CatalogueDialog: the catalogue editions on file, and loading a bureau's file.

Loading validates the whole file first (row and field named for every
problem) and stores nothing unless every row is valid; a valid file becomes a
new, audited version of its edition(s). Older loads stay for the record, so
saved evaluations reproduce with the edition they used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.file_dialogs import remember_folder, start_path
from layers.cases.catalogue_io import CatalogueFile, parse_catalogue
from layers.cases.catalogue_model import Catalogue

PATTERNS = "*.csv *.xlsx *.txt"


class CatalogueDialog(QDialog):
    """List the editions on file; validate and load a catalogue file."""

    def __init__(
        self,
        catalogue: Catalogue,
        condition_fields: frozenset[str],
        project_path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueDialog")
        self.setWindowTitle(self.tr("Prohibited/restricted catalogue (一(二))"))
        self.fields = condition_fields
        self.project_path = project_path
        self.parsed: CatalogueFile | None = None
        self.editions = QTableWidget(0, 7)
        self.editions.setObjectName("editions")
        self.editions.setHorizontalHeaderLabels(
            [
                self.tr("Edition"),
                self.tr("In force from"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Rows"),
                self.tr("File"),
                self.tr("Loaded"),
            ]
        )
        self._fill(catalogue)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(
            self.tr("Authoritative (the bureau's text)"), "authoritative"
        )
        self.status.addItem(self.tr("Sample, to verify (待核实)"), "sample")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Why it is loaded (recorded with it)"))
        check = QPushButton(self.tr("Check file"))
        check.clicked.connect(self.check)
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("File (CSV or XLSX)"), row)
        form.addRow(self.tr("The file is"), self.status)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Load"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(self.tr("Editions on file (the newest load of each is in force):"))
        )
        lay.addWidget(self.editions)
        lay.addLayout(form)
        lay.addWidget(check)
        lay.addWidget(self.report)
        lay.addWidget(buttons)
        self.path.textChanged.connect(lambda _: self.ok.setEnabled(False))
        self.resize(860, 600)

    def _fill(self, catalogue: Catalogue) -> None:
        eds = sorted(catalogue.editions, key=lambda e: (e.in_force_from, e.id or 0))
        self.editions.setRowCount(len(eds))
        current = {id(e) for e in catalogue.current()}
        for r, e in enumerate(eds):
            status = (
                self.tr("authoritative") if not e.sample else self.tr("sample, 待核实")
            )
            if id(e) not in current:
                status += self.tr(" (superseded)")
            cells = (
                e.edition,
                e.in_force_from,
                e.in_force_to or "—",
                status,
                str(len(e.rows)),
                e.file_name,
                f"{e.loaded_at[:16]} {e.loaded_by}",
            )
            for c, text in enumerate(cells):
                self.editions.setItem(r, c, QTableWidgetItem(text))
        self.editions.resizeColumnsToContents()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load catalogue"),
            start_path(self.project_path),
            self.tr("Catalogue files") + f" ({PATTERNS})",
        )
        if chosen:
            remember_folder(chosen)
            self.path.setText(chosen)
            self.check()

    def check(self) -> bool:
        """Validate the chosen file and show every problem or what it holds."""
        text = self.path.text().strip()
        if not text:
            return False
        self.parsed = parse_catalogue(
            Path(text), self.fields, str(self.status.currentData()), self.note.text()
        )
        p = self.parsed
        if not p.ok:
            lines = p.errors or [self.tr("No rows")]
            head = self.tr("%1 problem(s); nothing will be loaded:").replace(
                "%1", str(len(lines))
            )
            self.report.setPlainText("\n".join([head, *lines]))
            self.ok.setEnabled(False)
            return False
        lines = [
            self.tr("Edition %1, in force from %2: %3 rows")
            .replace("%1", e.edition)
            .replace("%2", e.in_force_from)
            .replace("%3", str(len(e.rows)))
            for e in p.editions
        ]
        self.report.setPlainText("\n".join([self.tr("Valid:"), *lines]))
        self.ok.setEnabled(True)
        return True

    def result_editions(self) -> list[Any]:
        """Return the editions to store (after a successful check)."""
        return list(self.parsed.editions) if self.parsed and self.parsed.ok else []

    def accept(self) -> None:
        """Load only a file that validated as it is now."""
        if self.check():
            super().accept()
