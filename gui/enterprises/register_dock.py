"""RegisterDock: the enterprise list with search, filters, edit, delete, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.enterprises.form_dialog import EnterpriseFormDialog, field_labels
from gui.enterprises.frame_model import DataFrameModel
from gui.file_dialogs import start_path
from gui.interface import AppInterface
from layers.editing.feature_commands import (
    ChangeAttributesCommand,
    DeleteFeaturesCommand,
)
from layers.layer_specs import PS_CATEGORY_NAMES_ZH

SHOWN = [
    "name",
    "credit_code",
    "category",
    "employees",
    "revenue_wan",
    "district_adcode",
    "zone_codes",
    "address",
    "founded",
    "coord_source",
]
#: Size classes by employees (simplified from the SME standard: planners' view).
SIZES = {
    "micro": (0, 10),
    "small": (10, 100),
    "medium": (100, 1000),
    "large": (1000, np.inf),
}


def filter_mask(
    gdf: pd.DataFrame,
    text: str = "",
    zone: str | None = None,
    district: str | None = None,
    category: str | None = None,
    size: str | None = None,
) -> np.ndarray:
    """Return the rows matching every given filter (vectorised)."""
    m = np.ones(len(gdf), dtype=bool)
    if text:
        t = text.strip().upper()
        hay = (
            gdf["name"].fillna("").astype(str)
            + "|"
            + gdf["credit_code"].fillna("").astype(str)
            + "|"
            + gdf.get("address", pd.Series("", index=gdf.index)).fillna("").astype(str)
        )
        m &= hay.str.upper().str.contains(t, regex=False).to_numpy(bool)
    if zone:
        codes = ";" + gdf["zone_codes"].fillna("").astype(str) + ";"
        m &= codes.str.contains(f";{zone};", regex=False).to_numpy(bool)
    if district:
        m &= (gdf["district_adcode"].astype(str) == district).to_numpy(bool)
    if category:
        m &= (gdf["category"].astype(str) == category).to_numpy(bool)
    if size:
        lo, hi = SIZES[size]
        emp = pd.to_numeric(gdf["employees"], errors="coerce").to_numpy(float)
        m &= (emp >= lo) & (emp < hi)
    return m


class RegisterDock(QDockWidget):
    """List, filter, edit, delete and export the enterprises of the project."""

    def __init__(self, window: AppInterface) -> None:
        super().__init__(self.tr("Enterprise register"), window.main_widget())
        self.setObjectName("dock_enterprise_register")
        self.window_ = window
        self.layer: Any = None
        body = QWidget(self)
        lay = QVBoxLayout(body)
        row = QHBoxLayout()
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(self.tr("Search name, credit code, address"))
        row.addWidget(self.search)
        lay.addLayout(row)
        row2 = QHBoxLayout()
        self.zone_combo, self.district_combo = QComboBox(body), QComboBox(body)
        self.category_combo, self.size_combo = QComboBox(body), QComboBox(body)
        for c in (
            self.zone_combo,
            self.district_combo,
            self.category_combo,
            self.size_combo,
        ):
            row2.addWidget(c)
        self.category_combo.addItem(self.tr("All categories"), None)
        for code, name in PS_CATEGORY_NAMES_ZH.items():
            self.category_combo.addItem(f"{code} {name}", code)
        self.size_combo.addItem(self.tr("All sizes"), None)
        for s in SIZES:
            self.size_combo.addItem(s, s)
        lay.addLayout(row2)
        self.model = DataFrameModel(parent=self)
        self.view = QTableView(body)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.view)
        row3 = QHBoxLayout()
        self.count_label = QLabel(body)
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.delete_button = QPushButton(self.tr("Delete"), body)
        self.export_button = QPushButton(self.tr("Export…"), body)
        row3.addWidget(self.count_label, 1)
        for b in (self.edit_button, self.delete_button, self.export_button):
            row3.addWidget(b)
        lay.addLayout(row3)
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for c in (
            self.zone_combo,
            self.district_combo,
            self.category_combo,
            self.size_combo,
        ):
            c.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the size classes and column headers in the UI language."""
        sizes = {
            "micro": self.tr("Micro <10"),
            "small": self.tr("Small 10–99"),
            "medium": self.tr("Medium 100–999"),
            "large": self.tr("Large ≥1000"),
        }
        for i in range(1, self.size_combo.count()):
            self.size_combo.setItemText(i, sizes[self.size_combo.itemData(i)])
        self.model.labels = {
            **field_labels(),
            "district_adcode": self.tr("District code"),
            "zone_codes": self.tr("Zones"),
            "coord_source": self.tr("Coordinate source"),
        }
        n = self.model.columnCount()
        if n:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, n - 1)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- project -----------------------------------------------------------
    def set_layer(
        self, layer: Any, zones: pd.DataFrame | None, basemap: Any = None
    ) -> None:
        """Show ``layer`` (the enterprises layer); fill the filter combos."""
        if self.layer is not None:
            self.layer.features_changed.disconnect(self._on_layer_features_changed)
        self.layer = layer
        self._fill(
            self.zone_combo,
            self.tr("All zones"),
            []
            if zones is None
            else list(zip(zones["code"], zones["name_zh"], strict=False)),
        )
        districts = []
        if basemap is not None and len(basemap):
            d = basemap[basemap["level"].isin(["district", "city"])]
            districts = list(zip(d["adcode"].astype(str), d["name_zh"], strict=False))
        self._fill(self.district_combo, self.tr("All districts"), districts)
        if layer is not None:
            layer.features_changed.connect(self._on_layer_features_changed)
        self.refresh()

    @staticmethod
    def _fill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for code, name in items:
            combo.addItem(f"{name} ({code})", str(code))
        combo.blockSignals(False)

    def _on_layer_features_changed(self, _layer: Any) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Re-apply the filters to the layer's current features."""
        if self.layer is None:
            self.model.set_frame(pd.DataFrame())
            self.count_label.setText("")
            return
        gdf = self.layer.gdf
        mask = filter_mask(
            gdf,
            self.search.text(),
            self.zone_combo.currentData(),
            self.district_combo.currentData(),
            self.category_combo.currentData(),
            self.size_combo.currentData(),
        )
        cols = [c for c in SHOWN if c in gdf.columns]
        self.model.set_frame(pd.DataFrame(gdf.loc[mask, cols]))
        self.count_label.setText(
            self.tr("%1 of %2 enterprises")
            .replace("%1", f"{int(mask.sum()):,}")
            .replace("%2", f"{len(gdf):,}")
        )

    def selected_fids(self) -> list[int]:
        """Return the fids of the selected view rows."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [int(self.model.key_at(r)) for r in rows]

    # --- actions -------------------------------------------------------------
    def edit_selected(self, form_factory: Any = None) -> bool:
        """Edit the first selected enterprise in a form; push one command."""
        fids = self.selected_fids()
        if not fids or self.layer is None or self.layer.read_only:
            return False
        fid = fids[0]
        row = self.layer.gdf.loc[fid]
        taken = set(self.layer.gdf["credit_code"].astype(str).str.upper()) - {
            str(row["credit_code"]).upper()
        }
        dlg = (form_factory or EnterpriseFormDialog)(dict(row), taken, self)
        if not dlg.exec():
            return False
        values = dlg.values()
        changed = {k: v for k, v in values.items() if str(row.get(k)) != str(v)}
        if changed:
            return self.window_.push_feature_edit(
                ChangeAttributesCommand(self.layer, fid, changed)
            )
        return True

    def delete_selected(self, confirm: bool = True) -> int:
        """Delete the selected enterprises (one undo step; audited on save)."""
        fids = self.selected_fids()
        if not fids or self.layer is None or self.layer.read_only:
            return 0
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Delete enterprises"),
                self.tr(
                    "Delete %n enterprise(s)? You can undo until you save.",
                    "",
                    len(fids),
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return 0
        if not self.window_.push_feature_edit(DeleteFeaturesCommand(self.layer, fids)):
            return 0
        return len(fids)

    def export(self, path: str | Path) -> Path:
        """Export the rows currently shown (filters applied) to XLSX or CSV."""
        from layers.enterprises.register_export import ExportMeta, export_register

        fids = self.model.frame.index
        gdf = self.layer.gdf.loc[fids]
        meta = ExportMeta(
            "生产性服务业企业名录 Enterprise register",
            source=self._source_note(),
            notes=["坐标 CGCS2000 (EPSG:4490)"],
        )
        return export_register(gdf, path, meta)

    def _source_note(self) -> str:
        from layers.enterprises.statistics import source_note

        project = self.window_.project
        return source_note(self.layer.gdf, getattr(project, "settings", {}))

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export enterprises"),
            start_path(self.window_.project.meta.path, "enterprises.xlsx"),
            "Excel (*.xlsx);;CSV UTF-8 (*.csv)",
        )
        if path:
            try:
                self.export(path)
            except OSError as exc:
                from gui.write_failure import show_write_failure

                show_write_failure(self, path, exc)


def set_plain_text(view: QTableView) -> None:
    """Item views show text as plain text; kept for symmetry with form labels."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
