"""RegulatoryImportDialog: import a 控规 parcel layer like a zone layer.

Same reading, encodings and coordinate systems as the zone import; the limit
columns are mapped (guessed from 容积率/建筑密度/绿地率/建筑高度 …, changeable).
The parcels go into the 控规 layer's edit buffer as one undoable step; Save
writes them (audited).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from layers.cases.regulatory_import import FIELDS, RegulatoryImport, read_regulatory
from layers.fields import field_label
from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_import import ImportOptions

PATTERNS = "*.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz *.dxf *.csv"


class RegulatoryImportDialog(QDialog):
    """Choose, preview and map a 控规 parcel file; ``import_result`` holds the parcels."""

    def __init__(
        self, project_path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RegulatoryImportDialog")
        self.setWindowTitle(self.tr("Import regulatory plan (控规) parcels"))
        self.project_path = project_path
        self.import_result: RegulatoryImport | None = None
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.crs = QLineEdit()
        self.crs.setObjectName("crs")
        self.crs.setPlaceholderText(self.tr("from the file, e.g. EPSG:4548, gcj02"))
        self.encoding = QLineEdit()
        self.encoding.setPlaceholderText(self.tr("detect"))
        self.plan_name = QLineEdit()
        self.plan_name.setObjectName("plan_name")
        self.approval_date = QLineEdit()
        self.approval_date.setPlaceholderText("YYYY-MM-DD")
        self.source = QLineEdit()
        self.replace = QCheckBox(
            self.tr("Replace parcels with the same plan name and parcel code")
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.preview_table = QTableWidget()
        self.mapping = QTableWidget(len(FIELDS), 2)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Source column")]
        )
        self._fill_field_names()
        preview = QPushButton(self.tr("Preview"))
        preview.clicked.connect(lambda: self.preview(keep_mapping=True))
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Coordinate system"), self.crs)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Plan name (rows without one)"), self.plan_name)
        form.addRow(self.tr("Approval date (rows without one)"), self.approval_date)
        form.addRow(self.tr("Source reference (rows without one)"), self.source)
        form.addRow("", self.replace)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(preview)
        lay.addWidget(self.info)
        lay.addWidget(self.preview_table)
        lay.addWidget(self.mapping)
        lay.addWidget(buttons)
        self.resize(820, 720)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import 控规 parcels"),
            start_path(self.project_path),
            self.tr("控规 parcel files") + f" ({PATTERNS})",
        )
        if chosen:
            remember_folder(chosen)
            self.path.setText(chosen)
            self.preview()

    def _fill_field_names(self) -> None:
        """Name the parcel fields as planners read them (raw name in a tooltip)."""
        lang = i18n.current_language() or "en"
        for r, f in enumerate(FIELDS):
            item = QTableWidgetItem(field_label("regulatory_parcels", f, lang))
            item.setToolTip(f)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(r, 0, item)

    def _mapping(self) -> dict[str, str]:
        out = {}
        for r, f in enumerate(FIELDS):
            box = self.mapping.cellWidget(r, 1)
            if isinstance(box, QComboBox) and box.currentData():
                out[f] = str(box.currentData())
        return out

    def preview(self, keep_mapping: bool = False) -> bool:
        """Read the file (with the mapping shown, if kept); show what it holds."""
        opts = ImportOptions(
            self.crs.text().strip() or None,
            self.encoding.text().strip() or None,
            None,
            self._mapping()
            if keep_mapping and self.import_result is not None
            else None,
        )
        defaults = {
            "plan_name": self.plan_name.text().strip(),
            "approval_date": self.approval_date.text().strip(),
            "source": self.source.text().strip(),
        }
        try:
            imp = read_regulatory(Path(self.path.text().strip()), opts, defaults)
        except ZoneImportError as exc:
            self.info.setText(str(exc))
            self.import_result = None
            return False
        self.import_result = imp
        self.info.setText("; ".join([imp.summary(), *imp.notes]))
        self._show_preview(imp)
        return True

    def _show_preview(self, imp: RegulatoryImport) -> None:
        cols = list(imp.preview[0]) if imp.preview else []
        self.preview_table.setColumnCount(len(cols))
        self.preview_table.setRowCount(len(imp.preview))
        self.preview_table.setHorizontalHeaderLabels(cols)
        for r, rec in enumerate(imp.preview):
            for c, k in enumerate(cols):
                self.preview_table.setItem(r, c, QTableWidgetItem(rec[k]))
        self._fill_field_names()
        for r, f in enumerate(FIELDS):
            box = QComboBox()
            box.addItem("", "")
            for col in imp.source_columns:
                box.addItem(col, col)
            box.setCurrentIndex(max(0, box.findData(imp.mapping.get(f, ""))))
            self.mapping.setCellWidget(r, 1, box)

    def accept(self) -> None:
        """Accept only a file that reads and checks with the mapping shown."""
        if self.preview(keep_mapping=True):
            super().accept()
