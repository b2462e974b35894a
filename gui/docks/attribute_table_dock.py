"""AttributeTableDock: a layer's table, filterable, selection shared with the map."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.docks.attribute_table_model import AttributeTableModel
from gui.render.map_renderer import SELECTION_COLOR
from gui.widgets.column_fit import ColumnFitter
from layers.project import Project
from layers.query.expression import ExpressionError
from layers.vector_layer import VectorLayer

SELECTION_YELLOW = QColor(SELECTION_COLOR)
#: Beyond this many separate row runs the view shows the selection only by
#: row colour (the model's BackgroundRole), not by Qt's selection model.
MAX_SELECTION_RANGES = 20000


def row_runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """Return (first, last) runs of consecutive values in sorted ``rows``."""
    if rows.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(rows) != 1)
    starts = np.r_[rows[0], rows[breaks + 1]]
    ends = np.r_[rows[breaks], rows[-1]]
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


class AttributeTableDock(QDockWidget):
    """Show one layer's attributes; the table's selection is the layer's.

    Signals
    -------
    zoom_to_features_requested(str, object)
        Layer id and an int64 array of fids to zoom to.
    """

    zoom_to_features_requested = Signal(str, object)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttributeTableDock")
        self.project = project
        self.layer: VectorLayer | None = None
        self.model: AttributeTableModel | None = None
        self._syncing = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        bar = QHBoxLayout()
        self.layer_combo = QComboBox(body)
        self.layer_combo.currentIndexChanged.connect(
            self._on_layer_combo_current_index_changed
        )
        self.filter_mode = QComboBox(body)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.selected_only = QCheckBox(body)
        self.selected_only.toggled.connect(self._on_selected_only_toggled)
        self.raw_names = QCheckBox(body)
        self.raw_names.setObjectName("attribute_table_raw_names")
        self.raw_names.toggled.connect(self._on_raw_names_toggled)
        self.zoom_button = QToolButton(body)
        self.zoom_button.clicked.connect(self.zoom_to_selected_rows)
        self.copy_button = QToolButton(body)
        self.copy_button.clicked.connect(self.copy_selected_rows)
        for w in (self.layer_combo, self.filter_mode, self.filter_edit):
            bar.addWidget(w)
        for button in (self.selected_only, self.raw_names, self.zoom_button):
            bar.addWidget(button)
        bar.addWidget(self.copy_button)
        layout.addLayout(bar)
        self.view = QTableView(body)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.column_fitter = ColumnFitter(self.view)
        # Selected rows look like the map's selection (yellow), not like the
        # pale-blue search hits of the "contains" filter.
        palette = self.view.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, SELECTION_YELLOW)
            palette.setColor(
                group, QPalette.ColorRole.HighlightedText, QColor("#000000")
            )
        self.view.setPalette(palette)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        layout.addWidget(self.view)
        self.status = QLabel(body)
        self.error = QLabel(body)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.setWidget(body)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, self.copy_selected_rows)
        self.retranslate_ui()
        self.set_project(project)

    # --- wiring ------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        """Follow ``project``'s layers (after load)."""
        try:
            self.project.layers_changed.disconnect(self._on_project_layers_changed)
        except AttributeError:  # pragma: no cover
            pass
        self.project = project
        project.layers_changed.connect(self._on_project_layers_changed)
        self._on_project_layers_changed(project)

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Attribute table"))
        mode = self.filter_mode.currentIndex()
        self.filter_mode.clear()
        self.filter_mode.addItems([self.tr("Contains"), self.tr("Expression")])
        self.filter_mode.setCurrentIndex(max(mode, 0))
        self.filter_edit.setPlaceholderText(self.tr("Filter rows (Enter to apply)"))
        self.selected_only.setText(self.tr("Selected only"))
        self.raw_names.setText(self.tr("Field names"))
        self.raw_names.setToolTip(
            self.tr("Show the stored field names and codes instead of labels")
        )
        if self.model is not None:
            self.model.set_display(self._lang(), not self.raw_names.isChecked())
        self.zoom_button.setText(self.tr("Zoom to selection"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy selected rows as tab-separated text"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_layer(self, layer_id: str) -> None:
        """Show the table of ``layer_id``."""
        i = self.layer_combo.findData(layer_id)
        if i >= 0:
            self.layer_combo.setCurrentIndex(i)
        if self.layer is None or self.layer.id != layer_id:
            self._show_layer(layer_id)

    def _show_layer(self, layer_id: str) -> None:
        if self.layer is not None:
            self.layer.selection_changed.disconnect(self._on_layer_selection_changed)
        if self.model is not None:
            self.model.detach()
        self.layer = self.project.find(layer_id) if layer_id else None
        if self.layer is None:
            self.model = None
            self.view.setModel(None)
            self._update_status()
            return
        self.model = AttributeTableModel(self.layer, self, self._lang())
        self.model.set_display(self._lang(), not self.raw_names.isChecked())
        self.model.set_selected_only(self.selected_only.isChecked())
        self.view.setModel(self.model)
        self._reapply_filter()
        self.column_fitter.fit()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(
            self._on_view_selection_changed
        )
        self.model.modelReset.connect(self._sync_from_layer)
        self.model.layoutChanged.connect(self._sync_from_layer)
        self.layer.selection_changed.connect(self._on_layer_selection_changed)
        self._sync_from_layer()

    # --- selection both ways --------------------------------------------------
    def selected_rows(self) -> np.ndarray:
        """Return the view rows selected in the table (sorted, vectorised)."""
        selection = self.view.selectionModel().selection()
        parts = [
            np.arange(r.top(), r.bottom() + 1, dtype=np.int64)
            for r in (selection.at(i) for i in range(selection.count()))
        ]
        return np.unique(np.concatenate(parts)) if parts else np.empty(0, np.int64)

    def _on_view_selection_changed(self, *_args: Any) -> None:
        if self._syncing or self.layer is None or self.model is None:
            return
        fids = self.model.fids_of_rows(self.selected_rows())
        self._syncing = True
        try:
            self.layer.set_selection(fids)
        finally:
            self._syncing = False
        self._update_status()

    def _on_layer_selection_changed(self, _layer: VectorLayer) -> None:
        if not self._syncing:
            self._sync_from_layer()

    def _sync_from_layer(self) -> None:
        if self.layer is None or self.model is None:
            return
        runs = row_runs(self.model.rows_of_fids(self.layer.selection))
        selection = QItemSelection()
        last_col = max(self.model.columnCount() - 1, 0)
        for top, bottom in runs[:MAX_SELECTION_RANGES]:
            selection.select(
                self.model.index(top, 0), self.model.index(bottom, last_col)
            )
        self._syncing = True
        try:
            self.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            if runs:
                self.view.scrollTo(self.model.index(runs[0][0], 0))
        finally:
            self._syncing = False
        self._update_status()

    # --- actions ---------------------------------------------------------------
    def apply_filter(self) -> None:
        """Filter rows by the text box (substring or expression)."""
        if self.model is None:
            return
        text = self.filter_edit.text()
        self.error.clear()
        self.error.hide()
        if self.filter_mode.currentIndex() == 1:
            try:
                self.model.set_filter_expression(text)
            except ExpressionError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return
        else:
            self.model.set_filter_text(text)
        self._update_status()

    def _reapply_filter(self) -> None:
        """Apply the filter to a newly shown layer, or clear it and say so."""
        if self.model is None or not self.filter_edit.text().strip():
            return
        self.apply_filter()
        if self.error.isHidden():
            return
        # The expression names fields the new layer lacks: start unfiltered.
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.model.set_filter_mask(None)
        name = self.layer.name if self.layer is not None else ""
        self.error.setText(
            self.tr(
                "The filter does not apply to “{layer}” and was cleared: {why}"
            ).format(layer=name, why=self.error.text())
        )

    @staticmethod
    def _lang() -> str:
        from gui import i18n

        return i18n.current_language() or "en"

    def zoom_to_selected_rows(self) -> None:
        """Ask the canvas to zoom to the selected features."""
        if self.layer is not None and self.layer.selection.size:
            self.zoom_to_features_requested.emit(
                self.layer.id, self.layer.selection.copy()
            )

    def copy_selected_rows(self) -> None:
        """Copy the selected rows (with a header) to the clipboard as TSV."""
        if self.model is None:
            return
        rows = self.selected_rows()
        if rows.size:
            QGuiApplication.clipboard().setText(self.model.rows_as_tsv(rows))

    def _update_status(self) -> None:
        if self.model is None or self.layer is None:
            self.status.setText(self.tr("No layer"))
            return
        text = self.tr("{shown} of {total} features shown, {selected} selected").format(
            shown=f"{self.model.rowCount():,}",
            total=f"{self.layer.feature_count:,}",
            selected=f"{self.layer.selection.size:,}",
        )
        if self.model.filtered:
            text += " · " + self.tr("filtered: {text}").format(
                text=self.filter_edit.text().strip()
            )
        self.status.setText(text)

    # --- handlers -----------------------------------------------------------------
    def _on_project_layers_changed(self, project: Project) -> None:
        current = self.layer.id if self.layer is not None else ""
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for lyr in project.layers:
            self.layer_combo.addItem(lyr.name, lyr.id)
        self.layer_combo.blockSignals(False)
        still = current and project.find(current) is not None
        target = current if still else ""
        i = self.layer_combo.findData(target) if target else -1
        self.layer_combo.setCurrentIndex(i)
        if not still or self.layer is not project.find(current):
            self._show_layer(target)

    def _on_layer_combo_current_index_changed(self, index: int) -> None:
        layer_id = self.layer_combo.itemData(index) if index >= 0 else ""
        if (self.layer.id if self.layer else "") != (layer_id or ""):
            self._show_layer(layer_id or "")

    def _on_filter_edit_text_changed(self, text: str) -> None:
        if not text and self.model is not None:
            self.apply_filter()

    def _on_raw_names_toggled(self, raw: bool) -> None:
        if self.model is not None:
            self.model.set_display(self._lang(), not raw)
            self.column_fitter.fit()

    def _on_selected_only_toggled(self, on: bool) -> None:
        if self.model is not None:
            self.model.set_selected_only(on)
            self._update_status()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if self.layer is not None and self.model is not None and index.isValid():
            fid = self.model.fid_at(index.row())
            self.zoom_to_features_requested.emit(self.layer.id, np.array([fid]))
