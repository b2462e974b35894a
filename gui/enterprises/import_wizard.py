"""ImportWizard: file -> encoding/header preview -> mapping -> coordinates -> report.

Validation runs on a worker thread (Qt-free ``prepare_import``, cancellable);
the single write happens on the GUI thread through the store, in one action,
only after the user chose "import good rows". Cancel or "import nothing"
leaves the project file untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from gui.enterprises.frame_model import DataFrameModel
from gui.file_dialogs import remember_folder, start_path
from layers.enterprises.importer import (
    ImportCancelledError,
    ImportOptions,
    ImportResult,
    prepare_import,
)
from layers.enterprises.mapping import FIELD_LABELS, detect_header_row, guess_mapping
from layers.enterprises.reading import EXCEL_SUFFIXES, RawTable, read_raw

ENCODINGS = ["utf-8-sig", "utf-8", "gb18030", "gbk", "big5"]
DELIMS = {",": ",", ";": ";", "\t": "Tab", "|": "|"}
COORDS = [
    "wgs84",
    "cgcs2000",
    "gcj02",
    "bd09",
    "EPSG:4548",
    "EPSG:4547",
    "EPSG:4549",
    "EPSG:4527",
]


class ValidateWorker(QThread):
    """Run :func:`prepare_import` off the GUI thread."""

    progressed = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self, path: str, options: ImportOptions, basemap: Any, existing: Any
    ) -> None:
        super().__init__()
        self.args = (path, options, basemap, existing)
        self.cancelled = False

    def run(self) -> None:
        path, options, basemap, existing = self.args

        def progress(frac: float, msg: str) -> bool:
            self.progressed.emit(frac, msg)
            return not self.cancelled

        try:
            self.done.emit(prepare_import(path, options, basemap, existing, progress))
        except ImportCancelledError:
            self.failed.emit("cancelled")
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(str(exc))


class ImportWizard(QWizard):
    """Import an enterprise list into the window's project."""

    validated = Signal(object)  # ImportResult or None (cancel/failure)

    def __init__(self, window: Any, path: str | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Import enterprises"))
        self.raw: RawTable | None = None
        self.result: ImportResult | None = None
        self.worker: ValidateWorker | None = None
        self.outcome: dict[str, int] | None = None
        self._build_pages()
        if path:
            self.path_edit.setText(str(path))

    # --- pages ------------------------------------------------------------
    def _page(self, title: str) -> tuple[QWizardPage, QVBoxLayout]:
        page = QWizardPage(self)
        page.setTitle(title)
        lay = QVBoxLayout(page)
        self.addPage(page)
        return page, lay

    def _build_pages(self) -> None:
        _, lay = self._page(self.tr("File"))
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        lay.addLayout(row)
        self.sheet_combo = QComboBox()
        lay.addWidget(self.sheet_combo)
        self.path_edit.textChanged.connect(lambda _t: self.load_raw())

        _, lay = self._page(self.tr("Encoding, delimiter and header row"))
        form = QFormLayout()
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(ENCODINGS)
        self.delim_combo = QComboBox()
        for d, label in DELIMS.items():
            self.delim_combo.addItem(label, d)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        form.addRow(self.tr("Delimiter"), self.delim_combo)
        form.addRow(self.tr("Header row"), self.header_spin)
        lay.addLayout(form)
        self.preview_model = DataFrameModel(parent=self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        lay.addWidget(self.preview)
        self.encoding_combo.activated.connect(
            lambda _i: self.load_raw(keep_choices=True)
        )
        self.delim_combo.activated.connect(lambda _i: self.load_raw(keep_choices=True))
        self.sheet_combo.activated.connect(lambda _i: self.load_raw(keep_choices=True))

        page, lay = self._page(self.tr("Columns"))
        form = QFormLayout()
        self.field_combos: dict[str, QComboBox] = {}
        labels = {
            "name": self.tr("Enterprise name"),
            "credit_code": self.tr("Unified social credit code"),
            "address": self.tr("Address"),
            "lon": self.tr("Longitude/X"),
            "lat": self.tr("Latitude/Y"),
            "category": self.tr("Producer-service category"),
            "gbt4754": self.tr("Industry code"),
            "employees": self.tr("Employees"),
            "revenue": self.tr("Revenue"),
            "founded": self.tr("Founded"),
            "coord_source": self.tr("Coordinate system (per row)"),
        }
        for f in FIELD_LABELS:
            label = labels.get(f, f)
            combo = QComboBox()
            self.field_combos[f] = combo
            form.addRow(label, combo)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("from header (else 万元)"), None)
        for u in ("万元", "元", "千元", "亿元"):
            self.unit_combo.addItem(u, u)
        form.addRow(self.tr("Revenue unit"), self.unit_combo)
        lay.addLayout(form)
        page.initializePage = self._fill_mapping  # type: ignore[method-assign]

        _, lay = self._page(self.tr("Coordinates"))
        form = QFormLayout()
        self.coords_combo = QComboBox()
        self.coords_combo.setEditable(True)
        self.coords_combo.addItems(COORDS)
        self.fix_swapped = QCheckBox(self.tr("Swap lon/lat where that fits the region"))
        self.dup_combo = QComboBox()
        self.dup_combo.addItem(
            self.tr("Skip enterprises already in the project"), "skip"
        )
        self.dup_combo.addItem(self.tr("Update them"), "update")
        form.addRow(
            self.tr("Coordinate system (a mapped per-row column wins)"),
            self.coords_combo,
        )
        form.addRow(self.fix_swapped)
        form.addRow(self.tr("Same credit code"), self.dup_combo)
        lay.addLayout(form)

        page, lay = self._page(self.tr("Validation"))
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel validation"))
        self.cancel_button.clicked.connect(self.cancel_validation)
        self.summary = QLabel()
        self.problem_model = DataFrameModel(parent=self)
        table = QTableView()
        table.setModel(self.problem_model)
        self.good_radio = QRadioButton(
            self.tr("Import the good rows (and save the report)")
        )
        self.nothing_radio = QRadioButton(self.tr("Import nothing"))
        self.nothing_radio.setChecked(True)
        for w in (
            self.bar,
            self.cancel_button,
            self.summary,
            table,
            self.good_radio,
            self.nothing_radio,
        ):
            lay.addWidget(w)
        page.initializePage = self.start_validation  # type: ignore[method-assign]

    # --- steps ------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enterprise list"),
            start_path(self.window_.project.meta.path),
            "CSV/Excel (*.csv *.txt *.xlsx)",
        )
        if path:
            remember_folder(path)
            self.path_edit.setText(path)

    def load_raw(self, keep_choices: bool = False) -> None:
        """(Re)read the file for the preview with the chosen or detected options."""
        path = self.path_edit.text().strip()
        if not path or not Path(path).is_file():
            return
        is_xlsx = Path(path).suffix.lower() in EXCEL_SUFFIXES
        enc = (
            self.encoding_combo.currentText() if keep_choices and not is_xlsx else None
        )
        delim = self.delim_combo.currentData() if keep_choices and not is_xlsx else None
        sheet = self.sheet_combo.currentText() if keep_choices and is_xlsx else None
        self.raw = read_raw(path, enc, delim, sheet or None)
        if not keep_choices:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(self.raw.sheets)
            if self.raw.encoding:
                if self.encoding_combo.findText(self.raw.encoding) < 0:
                    self.encoding_combo.addItem(self.raw.encoding)
                self.encoding_combo.setCurrentText(self.raw.encoding)
            if self.raw.delimiter:
                self.delim_combo.setCurrentIndex(
                    self.delim_combo.findData(self.raw.delimiter)
                )
            self.header_spin.setValue(detect_header_row(self.raw.grid) + 1)
        self.preview_model.set_frame(self.raw.grid.head(30))

    def options(self) -> ImportOptions:
        """Return the user's choices as ImportOptions."""
        is_xlsx = self.raw is not None and self.raw.kind == "xlsx"
        mapping = {
            f: c.currentText()
            for f, c in self.field_combos.items()
            if c.currentIndex() > 0
        }
        return ImportOptions(
            encoding=None if is_xlsx else self.encoding_combo.currentText(),
            delimiter=None if is_xlsx else self.delim_combo.currentData(),
            sheet=self.sheet_combo.currentText() or None if is_xlsx else None,
            header_row=self.header_spin.value() - 1,
            mapping=mapping or None,
            coords=self.coords_combo.currentText(),
            revenue_unit=self.unit_combo.currentData(),
            fix_swapped=self.fix_swapped.isChecked(),
            duplicates=self.dup_combo.currentData(),
        )

    def _fill_mapping(self) -> None:
        if self.raw is None:
            return
        h = self.header_spin.value() - 1
        headers = [
            str(v).strip() or f"列{i + 1}" for i, v in enumerate(self.raw.grid.iloc[h])
        ]
        guess = guess_mapping(headers)
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"))
            combo.addItems(headers)
            combo.setCurrentText(guess.get(f, self.tr("(none)")))

    def start_validation(self) -> None:
        """Validate on a worker thread; :attr:`validated` fires when done."""
        from gui.enterprises.register_import import existing_for, project_basemap

        self.result = None
        self.bar.setValue(0)
        self.summary.setText(self.tr("Validating…"))
        self.worker = ValidateWorker(
            self.path_edit.text().strip(),
            self.options(),
            project_basemap(self.window_),
            existing_for(self.window_),
        )
        self.worker.progressed.connect(
            lambda f, m: (
                self.bar.setValue(int(f * 100)),
                self.bar.setFormat(f"{m} %p%"),
            )
        )
        self.worker.done.connect(self._on_worker_done)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.start()

    def cancel_validation(self) -> None:
        """Ask the worker to stop at its next progress step."""
        if self.worker is not None:
            self.worker.cancelled = True

    def _on_worker_done(self, result: ImportResult) -> None:
        self.result = result
        self.summary.setText(result.summary())
        self.problem_model.set_frame(result.problems)
        self.good_radio.setEnabled(result.n_good > 0)
        if len(result.bad_rows) == 0 and result.n_good:
            self.good_radio.setChecked(True)
        self.validated.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Not imported: ") + message)
        self.validated.emit(None)

    def commit(self, report_path: str | None = None) -> dict[str, int] | None:
        """Write the good rows (if chosen) in one store action; reload the layer."""
        from gui.enterprises.register_import import write_import

        if self.result is None or not self.good_radio.isChecked():
            return None
        if report_path and len(self.result.problems):
            self.result.write_report(report_path)
        self.outcome = write_import(self.window_, self.result)
        return self.outcome

    def accept(self) -> None:
        report = None
        if (
            self.good_radio.isChecked()
            and self.result is not None
            and len(self.result.problems)
        ):
            report, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the problem report"),
                start_path(self.window_.project.meta.path, "import_problems.csv"),
                "CSV (*.csv)",
            )
        try:
            self.commit(report or None)
        except Exception as exc:  # noqa: BLE001 - the write rolled back
            self.summary.setText(self.tr("Import failed, nothing written: ") + str(exc))
            return
        super().accept()

    def done(self, r: int) -> None:  # noqa: D401 - Qt override
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancelled = True
            self.worker.wait()
        super().done(r)
