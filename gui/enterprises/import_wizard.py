"""ImportWizard: file -> preview -> columns -> coordinates -> validation -> summary.

Validation runs on a worker thread (Qt-free ``prepare_import``, cancellable);
the single write happens on the GUI thread through the store, in one action,
only after the user chose "import good rows". Cancel or "import nothing"
leaves the project file untouched. After Finish the planner reads what
happened ("5 imported, 2 skipped, report at …") and the map shows the new
points.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from gui.enterprises.import_pages import (
    ColumnsPage,
    CoordinatesPage,
    FilePage,
    PreviewPage,
    ValidationPage,
    coordinate_choices,
)
from gui.enterprises.import_results import finish_text, summary_text
from gui.enterprises.import_texts import translate_text
from gui.enterprises.validate_worker import ValidateWorker
from gui.file_dialogs import remember_folder, start_path
from gui.interface import AppInterface
from layers.enterprises.importer import (
    FIELDS,
    ImportOptions,
    ImportResult,
)
from layers.enterprises.mapping import detect_header_row, guess_mapping
from layers.enterprises.raw_table import RawTable
from layers.enterprises.reading import EXCEL_SUFFIXES, read_raw
from layers.zones.safe_input import InputFileError

log = logging.getLogger(__name__)

ENCODINGS = ["utf-8-sig", "utf-8", "gb18030", "gbk", "big5"]
DELIMS = {",": ",", ";": ";", "\t": "Tab", "|": "|"}
FILE_FILTER = (
    "*.csv *.txt *.xlsx *.xlsm *.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz"
)


class ImportWizard(QWizard):
    """Import an enterprise list or point layer into the window's project."""

    validated = Signal(object)  # ImportResult or None (cancel/failure)

    def __init__(self, iface: AppInterface, path: str | None = None) -> None:
        super().__init__(iface.main_widget())
        self.iface = iface
        self.setWindowTitle(self.tr("Import enterprises"))
        self.setObjectName("ImportWizard")
        self.raw: RawTable | None = None
        self.import_result: ImportResult | None = None
        self.worker: ValidateWorker | None = None
        self.outcome: dict[str, int] | None = None
        self.report_path: str | None = None
        self.final_summary = ""
        self._build()
        self.resize(self._fitting_size())
        if path:
            self.path_edit.setText(str(path))

    # --- pages ------------------------------------------------------------
    def _build(self) -> None:
        self.file_page, self.preview_page = FilePage(), PreviewPage()
        self.columns_page = ColumnsPage(list(FIELDS))
        self.coords_page, self.validation_page = CoordinatesPage(), ValidationPage()
        for page in (
            self.file_page,
            self.preview_page,
            self.columns_page,
            self.coords_page,
            self.validation_page,
        ):
            self.addPage(page)
        f, p, v = self.file_page, self.preview_page, self.validation_page
        self.path_edit, self.sheet_combo = f.path_edit, f.sheet_combo
        self.encoding_combo, self.delim_combo = p.encoding_combo, p.delim_combo
        self.header_spin, self.preview_model = p.header_spin, p.preview_model
        self.field_combos = self.columns_page.field_combos
        self.unit_combo = self.columns_page.unit_combo
        self.coords_combo, self.fix_swapped = (
            self.coords_page.coords_combo,
            self.coords_page.fix_swapped,
        )
        self.dup_combo = self.coords_page.dup_combo
        self.bar, self.summary = v.bar, v.summary
        self.problem_model, self.good_radio = v.problem_model, v.good_radio
        self.nothing_radio = v.nothing_radio
        self.encoding_combo.addItems(ENCODINGS)
        for d, label in DELIMS.items():
            self.delim_combo.addItem(label, d)
        f.browse.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(lambda _t: self.load_raw())
        for combo in (self.encoding_combo, self.delim_combo, self.sheet_combo):
            combo.activated.connect(lambda _i: self.load_raw(keep_choices=True))
        self.header_spin.valueChanged.connect(lambda _v: self._show_preview())
        v.cancel_button.clicked.connect(self.cancel_validation)
        self.columns_page.on_initialize = self._fill_mapping
        self.coords_page.on_initialize = self._fill_coords
        self.validation_page.on_initialize = self.start_validation

    def _fitting_size(self) -> QSize:
        """Return a size at which every page's content fits without clipping."""
        hint = QSize(1000, 660)
        for page_id in self.pageIds():
            hint = hint.expandedTo(self.page(page_id).sizeHint() + QSize(80, 200))
        screen = self.screen().availableSize() if self.screen() else hint
        return hint.boundedTo(screen)

    # --- file and preview ---------------------------------------------------
    def _browse(self) -> None:

        store = self.iface.store
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enterprise list or point layer"),
            start_path(str(store.path) if store is not None else None),
            self.tr("Tables and point layers") + f" ({FILE_FILTER})",
        )
        if path:
            remember_folder(path)
            self.path_edit.setText(path)

    def load_raw(self, keep_choices: bool = False) -> None:
        """(Re)read the file for the preview with the chosen or detected options."""
        path = self.path_edit.text().strip()
        self.raw = None
        if not path or not Path(path).is_file():
            return
        is_xlsx = Path(path).suffix.lower() in EXCEL_SUFFIXES
        enc = (
            self.encoding_combo.currentText() if keep_choices and not is_xlsx else None
        )
        delim = self.delim_combo.currentData() if keep_choices and not is_xlsx else None
        sheet = self.sheet_combo.currentText() if keep_choices else None
        try:
            raw = read_raw(
                path,
                enc,
                delim,
                sheet if is_xlsx else None,
                None if is_xlsx else sheet or None,
            )
        except (InputFileError, ValueError, LookupError, UnicodeError) as exc:
            self.file_page.info.setText(self.tr("Cannot read the file: ") + str(exc))
            self.preview_model.set_frame(pd.DataFrame())
            return
        self.raw = raw
        self.file_page.info.setText("; ".join(translate_text(n) for n in raw.notes))
        if not keep_choices:
            self._adopt_detected(raw)
        self._show_preview()

    def _adopt_detected(self, raw: RawTable) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(raw.sheets or ([raw.sheet] if raw.sheet else []))
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 0)
        table = raw.kind != "gis"
        for w in (self.encoding_combo, self.delim_combo, self.header_spin):
            w.setEnabled(table)
        if raw.encoding:
            if self.encoding_combo.findText(raw.encoding) < 0:
                self.encoding_combo.addItem(raw.encoding)
            self.encoding_combo.setCurrentText(raw.encoding)
        if raw.delimiter:
            self.delim_combo.setCurrentIndex(self.delim_combo.findData(raw.delimiter))
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(1 if not table else detect_header_row(raw.grid) + 1)
        self.header_spin.blockSignals(False)

    def _show_preview(self) -> None:
        """Show the first rows under the chosen header, numbered as in the file."""
        raw = self.raw
        if raw is None:
            return
        h = self.header_index()
        headers = self.headers()
        body = raw.grid.iloc[h + 1 : h + 41].copy()
        body.columns = headers[: body.shape[1]]
        body.index = pd.Index(raw.row_numbers[h + 1 : h + 41], name=self.tr("Row"))
        self.preview_model.set_frame(body)

    def header_index(self) -> int:
        """Return the index of the header row in the raw grid."""
        return (
            0
            if self.raw is not None and self.raw.kind == "gis"
            else (self.header_spin.value() - 1)
        )

    def headers(self) -> list[str]:
        """Return the column names of the chosen header row (blank ones numbered)."""
        if self.raw is None or len(self.raw.grid) == 0:
            return []
        row = self.raw.grid.iloc[self.header_index()]
        return [
            str(v).strip() or self.tr("Column %1").replace("%1", str(i + 1))
            for i, v in enumerate(row)
        ]

    # --- columns and coordinates ------------------------------------------
    def _fill_mapping(self) -> None:
        headers = self.headers()
        guess = guess_mapping(headers)
        if self.raw is not None and self.raw.kind == "gis":
            guess.update(lon=headers[-2], lat=headers[-1])
        none = self.tr("(none)")
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(none, None)
            for h in headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(f))))

    def _fill_coords(self) -> None:
        from geo.coord_names import parse_coord_name, provider_hint

        self.coords_combo.clear()
        raw = self.raw
        if raw is not None and raw.crs:
            from geo.coord_names import coord_label

            label = coord_label(parse_coord_name(raw.crs))
            self.coords_combo.addItem(
                self.tr("As the file says: %1").replace("%1", label), None
            )
        for label, spec in coordinate_choices():
            self.coords_combo.addItem(label, spec)
        texts = [Path(self.path_edit.text()).name, *self.headers()]
        if raw is not None and raw.kind != "gis":
            texts += [
                str(v) for v in raw.grid.iloc[: self.header_index()].to_numpy().ravel()
            ]
        hint = provider_hint(texts)
        lines = []
        if hint is not None:
            name, src = hint
            spec = (
                src.kind
                if src.kind != "epsg"
                else (
                    {4326: "wgs84", 4490: "cgcs2000"}.get(src.epsg, f"EPSG:{src.epsg}")
                )
            )
            self.set_coordinate_system(spec)
            lines.append(
                self.tr(
                    "The file names %1: its coordinates are probably %2; "
                    "chosen above, please check."
                )
                .replace("%1", name)
                .replace("%2", self.coords_combo.currentText())
            )
        if self.field_combos["coord_source"].currentData():
            lines.append(
                self.tr(
                    "Each row's coordinate-system column (%1) wins; rows "
                    "without one use the choice above."
                ).replace("%1", self.field_combos["coord_source"].currentText())
            )
        self.coords_page.hint.setText("\n".join(lines))

    def set_coordinate_system(self, spec: str) -> None:
        """Choose the per-file coordinate system by its spec (``gcj02``, ``EPSG:4548``)."""
        i = self.coords_combo.findData(spec)
        if i < 0:
            self.coords_combo.addItem(spec, spec)
            i = self.coords_combo.count() - 1
        self.coords_combo.setCurrentIndex(i)

    def import_options(self) -> ImportOptions:
        """Return the user's choices as ImportOptions."""
        is_table = self.raw is None or self.raw.kind != "gis"
        is_xlsx = self.raw is not None and self.raw.kind == "xlsx"
        mapping = {
            f: c.currentData() for f, c in self.field_combos.items() if c.currentData()
        }
        sheet = self.sheet_combo.currentText() or None
        return ImportOptions(
            encoding=self.encoding_combo.currentText()
            if is_table and not is_xlsx
            else None,
            delimiter=self.delim_combo.currentData()
            if is_table and not is_xlsx
            else None,
            sheet=sheet if is_xlsx else None,
            layer=sheet if not is_table else None,
            header_row=self.header_index() if is_table else None,
            mapping=mapping or None,
            coords=self.coords_combo.currentData()
            if self.coords_combo.count()
            else None,
            revenue_unit=self.unit_combo.currentData(),
            fix_swapped=self.fix_swapped.isChecked(),
            duplicates=self.dup_combo.currentData(),
        )

    # --- validation -----------------------------------------------------------
    def start_validation(self) -> None:
        """Validate on a worker thread; :attr:`validated` fires when done."""
        from gui.enterprises.register_import import existing_for, project_basemap

        self.import_result = None
        self.bar.setValue(0)
        self.summary.setText(self.tr("Validating…"))
        self.worker = ValidateWorker(
            self.path_edit.text().strip(),
            self.import_options(),
            project_basemap(self.iface),
            existing_for(self.iface),
        )
        self.worker.progressed.connect(lambda f, _m: self.bar.setValue(int(f * 100)))
        self.worker.done.connect(self._on_worker_done)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.start()

    def cancel_validation(self) -> None:
        """Ask the worker to stop at its next progress step."""
        if self.worker is not None:
            self.worker.cancelled = True

    def _on_worker_done(self, result: ImportResult) -> None:
        from gui.enterprises.import_results import industry_frame, problem_frame

        self.import_result = result
        self.summary.setText(summary_text(result))
        self.problem_model.set_frame(problem_frame(result.problems))
        self.validation_page.industry_model.set_frame(industry_frame(result.industries))
        self.good_radio.setEnabled(result.n_good > 0)
        if len(result.bad_rows) == 0 and result.n_good:
            self.good_radio.setChecked(True)
        self.validated.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Not imported: ") + translate_text(message))
        self.validated.emit(None)

    # --- finish ---------------------------------------------------------------
    def commit(self, report_path: str | None = None) -> dict[str, int] | None:
        """Write the good rows (if chosen) in one store action; reload the layer."""
        from gui.enterprises.register_import import write_import

        if self.import_result is None or not self.good_radio.isChecked():
            return None
        if report_path and len(self.import_result.problems):
            self.import_result.write_report(report_path)
            self.report_path = report_path
        self.outcome = write_import(self.iface, self.import_result)
        self._show_new_points()
        return self.outcome

    def _show_new_points(self) -> None:
        frame = self.import_result.frame if self.import_result is not None else None
        if frame is None or frame.empty:
            return
        x0, y0, x1, y1 = frame.total_bounds
        self.iface.canvas.zoom_to_extent_ll((x0, y0, x1, y1))

    def finish_text(self) -> str:
        """Return what the import did, for the box shown after Finish."""
        return finish_text(self.import_result, self.outcome, self.report_path)

    def accept(self) -> None:
        """Write (if chosen), then say what happened."""
        report = None
        if (
            self.good_radio.isChecked()
            and self.import_result is not None
            and len(self.import_result.problems)
        ):
            from gui.file_dialogs import start_path

            store = self.iface.store
            report, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the problem report"),
                start_path(str(store.path) if store else None, "import_problems.csv"),
                "CSV (*.csv)",
            )
        from db.errors import ProjectError

        try:
            self.commit(report or None)
        except (OSError, RuntimeError, ProjectError) as exc:
            self.summary.setText(self.tr("Import failed, nothing written: ") + str(exc))
            return
        self.final_summary = self.finish_text()
        self.iface.show_message(self.final_summary, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import enterprises"),
            self.final_summary,
            QMessageBox.StandardButton.Ok,
            self.iface.main_widget(),
        )
        box.setObjectName("import_summary")
        box.open()
        super().accept()

    def done(self, r: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancelled = True
            self.worker.wait()
        super().done(r)
