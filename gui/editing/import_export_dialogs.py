"""Import and export dialogs for zones.

Import: file, encoding (with a preview so the user can see the Chinese reads
right), CRS, layer, field mapping onto the zone schema, replace-matching, and
a prefix to generate codes for zones that come without one (files from other
bureaus); the preview says what the import will do, generated codes
included, and the result goes into the edit buffer as one undoable step.
Export: file (format from the extension) and CRS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.file_dialogs import remember_folder, start_path
from layers.editing.feature_commands import FeatureCommand
from layers.fields import field_label
from layers.zones.import_commands import existing_zones, import_command
from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_fields import ZONE_FIELDS
from layers.zones.zone_import import ImportOptions, ZoneImport, read_zones
from layers.zones.zone_plan import ImportPlan, MissingZoneCodesError, plan_import

ENCODINGS = ("", "utf-8", "gbk", "gb18030", "big5")
#: File patterns of the file dialogs (the kind of file is named in the UI language).
IMPORT_PATTERNS = "*.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz *.dxf *.csv"
EXPORT_PATTERNS = "*.gpkg *.zip *.geojson *.kml *.dxf"


class ImportZonesDialog(QDialog):
    """Choose, preview, map and import a zone file into the edit buffer."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportZonesDialog")
        self.setWindowTitle(self.tr("Import zones"))
        self.controller = controller
        self.result_import: ZoneImport | None = None
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for e in ENCODINGS:
            self.encoding.addItem(e or self.tr("detect"), e)
        self.crs = QLineEdit()
        self.crs.setPlaceholderText(
            self.tr("from the file, e.g. EPSG:4548, gk117, gcj02, bd09")
        )
        self.layer = QLineEdit()
        self.replace = QCheckBox(
            self.tr("Replace matching zones' boundaries (by code or name)")
        )
        self.code_prefix = QLineEdit()
        self.code_prefix.setPlaceholderText(
            self.tr("e.g. LZ- gives LZ-001, LZ-002 … to zones without a code")
        )
        preview_btn = QPushButton(self.tr("Preview"))
        preview_btn.clicked.connect(self.preview)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.mapping = QTableWidget(len(ZONE_FIELDS), 2)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Zone field"), self.tr("Source column")]
        )
        for r, (f, label) in enumerate(self._zone_field_labels()):
            item = QTableWidgetItem(label)  # named before a file is previewed
            item.setToolTip(f)
            self.mapping.setItem(r, 0, item)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Coordinate system"), self.crs)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow(self.tr("Code prefix for zones without a code"), self.code_prefix)
        form.addRow("", self.replace)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(preview_btn)
        lay.addWidget(self.info)
        lay.addWidget(self.table)
        lay.addWidget(self.mapping)
        lay.addWidget(buttons)
        self.plan: ImportPlan | None = None
        self.resize(760, 720)

    def _browse(self) -> None:
        project = getattr(self.controller, "project", None)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import zones"),
            start_path(project.meta.path if project is not None else None),
            self.tr("Zone files") + f" ({IMPORT_PATTERNS})",
        )
        if chosen:
            remember_folder(chosen)
            self.path.setText(chosen)
            self.preview()

    def options(self) -> ImportOptions:
        """Return the options chosen in the dialog."""
        mapping = None
        same_file = self.result_import is not None and self.result_import.path == Path(
            self.path.text()
        )
        if same_file:
            mapping = {}
            for r, f in enumerate(ZONE_FIELDS):
                box = self.mapping.cellWidget(r, 1)
                if isinstance(box, QComboBox) and box.currentData():
                    mapping[f] = box.currentData()
        return ImportOptions(
            self.crs.text().strip() or None,
            self.encoding.currentData() or None,
            self.layer.text().strip() or None,
            mapping,
            code_prefix=self.code_prefix.text().strip() or None,
        )

    def preview(self) -> bool:
        """Read the file; show the encoding preview, the mapping and the plan."""
        opts = self.options()
        try:
            imp = read_zones(Path(self.path.text()), opts)
        except ZoneImportError as exc:
            self.info.setText(str(exc))
            return False
        self.result_import = imp
        lines = [
            self.tr("%1 feature(s); encoding %2 (%3); coordinate system %4")
            .replace("%1", str(len(imp.gdf)))
            .replace("%2", imp.encoding or "-")
            .replace("%3", imp.encoding_how or "-")
            .replace("%4", imp.coord_source),
            *imp.warnings,
        ]
        self._fill_tables(imp)
        plan_text = self._plan_text(imp)
        self.info.setText("\n".join([*lines, plan_text]))
        return self.plan is not None

    def _zone_field_labels(self) -> list[tuple[str, str]]:
        labels = self.field_labels()
        return [(f, labels.get(f, f)) for f in ZONE_FIELDS]

    def field_labels(self) -> dict[str, str]:
        """Return the zone fields as the planner reads them (raw name in a tooltip)."""
        labels = {
            "code": self.tr("Code"),
            "name_zh": self.tr("Name (Chinese)"),
            "name_en": self.tr("Name (English)"),
            "kind": self.tr("Kind"),
            "parent_code": self.tr("Parent code"),
            "district_adcodes": self.tr("District adcodes"),
            "boundary_status": self.tr("Boundary status"),
            "source": self.tr("Source"),
            "source_date": self.tr("Source date"),
            "focus_categories": self.tr("Focus categories"),
            "published_area_km2": self.tr("Published area (km²)"),
            "remarks": self.tr("Remarks"),
        }
        # Fields added to the zones since (4+N platform, dates, sources): their
        # aliases, so no raw column name shows in the mapping.
        lang = i18n.current_language() or "en"
        for f in ZONE_FIELDS:
            labels.setdefault(f, field_label("zones", f, lang))
        return labels

    def _fill_tables(self, imp: ZoneImport) -> None:
        cols = list(imp.preview[0]) if imp.preview else []
        self.table.setColumnCount(len(cols))
        self.table.setRowCount(len(imp.preview))
        self.table.setHorizontalHeaderLabels(cols)
        for r, rec in enumerate(imp.preview):
            for c, k in enumerate(cols):
                self.table.setItem(r, c, QTableWidgetItem(rec[k]))
        labels = self.field_labels()
        for r, f in enumerate(ZONE_FIELDS):
            item = QTableWidgetItem(labels.get(f, f))
            item.setToolTip(f)
            self.mapping.setItem(r, 0, item)
            box = QComboBox()
            box.addItem("", "")
            for col in imp.source_columns:
                box.addItem(str(col), col)
            box.setCurrentIndex(max(0, box.findData(imp.mapping.get(f, ""))))
            self.mapping.setCellWidget(r, 1, box)

    def _plan_text(self, imp: ZoneImport) -> str:
        """Plan against the project's zones; return what the import will do."""
        self.plan = None
        ctl = self.controller
        if ctl.project is None:
            return ""
        try:
            self.plan = plan_import(
                existing_zones(ctl.project), imp, self.replace.isChecked()
            )
        except MissingZoneCodesError as exc:
            return (
                self.tr(
                    "%1 of %2 zone(s) have no code (first: %3): enter a code "
                    "prefix above, or map a column to the code field."
                )
                .replace("%1", str(exc.n_missing))
                .replace("%2", str(exc.n_total))
                .replace("%3", exc.first)
            )
        except ZoneImportError as exc:
            return str(exc)
        text = (
            self.tr("Will add %1 zone(s) and replace %2 boundary(ies).")
            .replace("%1", str(len(self.plan.inserts)))
            .replace("%2", str(len(self.plan.updates)))
        )
        if self.plan.generated:
            names = imp.gdf["name_zh"]
            shown = ", ".join(
                f"{names.iloc[i] or i + 1} → {c}" for i, c in self.plan.generated[:6]
            )
            more = " …" if len(self.plan.generated) > 6 else ""
            text += " " + self.tr("Codes generated: %1").replace("%1", shown + more)
        return text

    def accept(self) -> None:
        """Push the planned import as one edit (after a fresh preview)."""
        ctl = self.controller
        if not self.preview() or self.plan is None or ctl.project is None:
            return
        plan = self.plan
        cmd, notes = import_command(ctl.project, plan)
        layers = {
            id(c.layer): c.layer for c in cmd.children if isinstance(c, FeatureCommand)
        }
        for lyr in layers.values():
            ctl.start_editing(lyr)
        ctl.push(cmd)
        ctl.say(plan.summary() + ("; " + "; ".join(notes) if notes else ""))
        super().accept()


class ExportZonesDialog(QDialog):
    """Choose a file (format by extension) and a CRS; export the zone layers."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export zones"))
        self.controller = controller
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setMinimumWidth(320)  # room for a folder and a file name
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.crs = QLineEdit("EPSG:4490")
        self.info = QLabel()
        self.info.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.gpkg .zip .geojson .kml .dxf)"), row)
        form.addRow(self.tr("Coordinate system"), self.crs)
        form.addRow(self.info)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        """Choose where to write, starting in the project's (or last) folder."""
        project = getattr(self.controller, "project", None)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export zones"),
            start_path(
                project.meta.path if project is not None else None, "zones.gpkg"
            ),
            self.tr("Zone files") + f" ({EXPORT_PATTERNS})",
        )
        if chosen:
            remember_folder(chosen)
            self.path.setText(chosen)

    def accept(self) -> None:
        """Write the file; show the reason if it cannot be written."""
        from layers.zones.zone_export import ZoneExportError, export_zones

        try:
            export_zones(
                existing_zones(self.controller.project),
                self.path.text(),
                self.crs.text(),
            )
        except (ZoneExportError, OSError) as exc:
            self.info.setText(str(exc))
            return
        super().accept()
