"""AttributeTableModel: a layer's attribute table for a QTableView, at any size.

Nothing per cell is built up front: the model keeps one numpy array per column
(views of the GeoDataFrame's columns) and an int array ``rows`` mapping view
rows to frame positions. ``data()`` formats the one cell Qt asks for; sorting
is an argsort permutation and filtering a boolean mask, both vectorised, so a
million rows construct and sort in well under a second.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from layers.fields import display_value, field_label, has_decoder
from layers.fields.aliases import LANDUSE_SYSTEM_FIELDS
from layers.query.selection import evaluate_expression
from layers.vector_layer import VectorLayer

_Index = QModelIndex | QPersistentModelIndex
#: Selected rows: the map's selection yellow. Cells matching the filter text:
#: pale blue, so a search hit never looks like a selection.
_SELECTED_BG = QColor(255, 236, 150)
_MATCH_BG = QColor(214, 234, 248)


class AttributeTableModel(QAbstractTableModel):
    """Show ``layer``'s attributes (not its geometry), sortable and filterable.

    Parameters
    ----------
    layer : VectorLayer
        The layer; the model resets itself when its features change.
    """

    def __init__(
        self, layer: VectorLayer, parent: Any = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.layer = layer
        self.table = layer.source.table
        self.lang = lang
        self.show_aliases = True
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._mask: np.ndarray | None = None
        self._selected_only = False
        self._needle = ""  # the "contains" filter text, lower case
        self._load()
        layer.features_changed.connect(self._on_layer_features_changed)
        layer.selection_changed.connect(self._on_layer_selection_changed)

    def detach(self) -> None:
        """Stop observing the layer (before the model is dropped)."""
        self.layer.features_changed.disconnect(self._on_layer_features_changed)
        self.layer.selection_changed.disconnect(self._on_layer_selection_changed)

    # --- state -----------------------------------------------------------
    def _load(self) -> None:
        gdf = self.layer.gdf
        geom = getattr(gdf, "_geometry_column_name", "geometry")
        self.columns: list[str] = [str(c) for c in gdf.columns if c != geom]
        # numpy columns are zero-copy views; string/arrow columns stay extension
        # arrays so no Python str objects are created before a cell is shown.
        self._arrays = [_column_array(gdf[c]) for c in self.columns]
        self._col_index = {c: i for i, c in enumerate(self.columns)}
        self._fids = np.asarray(gdf.index.to_numpy(), dtype=np.int64)
        self._perm = np.arange(len(gdf), dtype=np.int64)
        self._sel_mask = np.zeros(len(gdf), dtype=bool)
        self._update_sel_mask()
        if self._sort is not None and self._sort[0] < len(self.columns):
            self._perm = self._sort_perm(*self._sort)
        else:
            self._sort = None
        if self._mask is not None and len(self._mask) != len(gdf):
            self._mask = None
        self._apply()

    def _apply(self) -> None:
        """Recompute the visible rows from sort order, filter and selection."""
        keep = self._mask
        if self._selected_only:
            keep = self._sel_mask if keep is None else keep & self._sel_mask
        self.rows = self._perm if keep is None else self._perm[keep[self._perm]]
        self._inverse: np.ndarray | None = None

    def _update_sel_mask(self) -> None:
        self._sel_mask[:] = False
        sel = self.layer.selection
        if sel.size:
            pos = pd.Index(self._fids).get_indexer(pd.Index(sel))
            self._sel_mask[pos[pos >= 0]] = True

    # --- Qt model API ----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of visible rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of attribute columns."""
        return 0 if parent.isValid() else len(self.columns)

    def set_display(self, lang: str, show_aliases: bool) -> None:
        """Show headers and values in ``lang``, by alias or by raw name."""
        if (lang, show_aliases) != (self.lang, self.show_aliases):
            self.lang, self.show_aliases = lang, show_aliases
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0)
            )
            if self.rows.size and self.columns:
                last = self.index(len(self.rows) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def cell_text(self, column: int, pos: int) -> str:
        """Return the text of frame position ``pos`` in ``column`` as shown."""
        value = self._arrays[column][pos]
        if not self.show_aliases:
            return format_value(value)
        name = self.columns[column]
        row = None
        system = LANDUSE_SYSTEM_FIELDS.get(name)
        if system is not None and system in self._col_index:
            row = {system: self._arrays[self._col_index[system]][pos]}
        return display_value(self.table, name, value, self.lang, row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Format one cell on demand."""
        if not index.isValid():
            return None
        pos = int(self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.column(), pos)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long cells are elided in the view; the tooltip shows them whole,
            # and a decoded value shows its stored code.
            text = self.cell_text(index.column(), pos)
            raw = format_value(self._arrays[index.column()][pos])
            return text if raw == text or not raw else f"{text}\n({raw})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self._arrays[index.column()][pos]
            if isinstance(value, (int, float, np.number)) and not isinstance(
                value, bool
            ):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._sel_mask[pos]:
                return _SELECTED_BG
            if (
                self._needle
                and self._needle in self.cell_text(index.column(), pos).lower()
            ):
                return _MATCH_BG
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return column labels (aliases with units, or names), and fids as rows."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section >= len(self.columns):
                return None
            name = self.columns[section]
            label = field_label(self.table, name, self.lang, with_unit=True)
            return name if label == name else f"{label}\n{name}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            if section >= len(self.columns):
                return None
            name = self.columns[section]
            if not self.show_aliases:
                return name
            return field_label(self.table, name, self.lang, with_unit=True)
        return str(self._fids[self.rows[section]]) if section < len(self.rows) else None

    def sort(
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        """Sort by ``column`` with a vectorised, stable argsort (nulls last)."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._perm = self._sort_perm(column, order)
        self._apply()
        self.layoutChanged.emit()

    def _sort_perm(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        values = pd.Series(self._arrays[column], copy=False)
        if values.dtype == object:  # mixed Python objects: compare as text
            values = values.astype("string")
        ascending = order == Qt.SortOrder.AscendingOrder
        perm = values.sort_values(
            ascending=ascending, kind="stable", na_position="last", ignore_index=False
        ).index.to_numpy()
        return np.asarray(perm, dtype=np.int64)

    # --- filtering -------------------------------------------------------
    def set_filter_mask(self, mask: np.ndarray | None) -> None:
        """Show only rows where ``mask`` (one bool per feature) is True."""
        if mask is None:
            self._needle = ""
        self.beginResetModel()
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._apply()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show rows where any text or number column contains ``text``."""
        text = text.strip()
        self._needle = text.lower()
        if not text:
            self.set_filter_mask(None)
            return
        hit = np.zeros(len(self._fids), dtype=bool)
        low = text.lower()
        try:
            number: float | None = float(text)
        except ValueError:
            number = None
        for i, arr in enumerate(self._arrays):
            col = pd.Series(arr, copy=False)
            if self.show_aliases and has_decoder(self.table, self.columns[i]):
                hit |= self._decoded_contains(i, col, low)
                continue
            if pd.api.types.is_numeric_dtype(col) and col.dtype != bool:
                if number is not None:
                    hit |= (col == number).to_numpy(dtype=bool)
                continue
            s = col.astype("string").str.lower().str.contains(low, regex=False)
            hit |= s.fillna(False).to_numpy(dtype=bool)
        self.set_filter_mask(hit)

    def _decoded_contains(self, column: int, col: pd.Series, low: str) -> np.ndarray:
        """Match ``low`` in a coded column's names and codes (once per value)."""
        codes = col.astype("string")
        uniques = codes.dropna().unique()
        name = self.columns[column]
        matching = {
            u
            for u in uniques
            if low in u.lower()
            or low in display_value(self.table, name, u, self.lang).lower()
        }
        return codes.isin(matching).fillna(False).to_numpy(dtype=bool)

    def set_filter_expression(self, expression: str) -> None:
        """Show rows matching an attribute expression (raises ExpressionError)."""
        expression = expression.strip()
        self._needle = ""
        mask = evaluate_expression(expression, self.layer.gdf) if expression else None
        self.set_filter_mask(mask)

    def set_selected_only(self, on: bool) -> None:
        """Show only the layer's selected features when ``on``."""
        if on != self._selected_only:
            self.beginResetModel()
            self._selected_only = on
            self._apply()
            self.endResetModel()

    @property
    def filtered(self) -> bool:
        """Return True while a filter hides rows."""
        return self._mask is not None

    @property
    def selected_only(self) -> bool:
        """Return True while only selected features are shown."""
        return self._selected_only

    # --- rows <-> features -------------------------------------------------
    def fid_at(self, row: int) -> int:
        """Return the feature id shown at view ``row``."""
        return int(self._fids[self.rows[row]])

    def fids_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """Return the feature ids shown at view ``rows`` (vectorised)."""
        return self._fids[self.rows[np.asarray(rows, dtype=np.int64)]]

    def rows_of_fids(self, fids: np.ndarray) -> np.ndarray:
        """Return the view rows showing ``fids`` (absent ones dropped), sorted."""
        if self._inverse is None:
            inv = np.full(len(self._fids), -1, dtype=np.int64)
            inv[self.rows] = np.arange(len(self.rows), dtype=np.int64)
            self._inverse = inv
        pos = pd.Index(self._fids).get_indexer(
            pd.Index(np.asarray(fids, dtype=np.int64))
        )
        rows = self._inverse[pos[pos >= 0]]
        return np.sort(rows[rows >= 0])

    def rows_as_tsv(self, rows: np.ndarray) -> str:
        """Return a header line plus ``rows`` as tab-separated text."""
        rows = np.sort(np.asarray(rows, dtype=np.int64))
        heads = [
            str(self.headerData(c, Qt.Orientation.Horizontal))
            for c in range(len(self.columns))
        ]
        lines = ["fid\t" + "\t".join(heads)]
        for r in rows:
            pos = int(self.rows[r])
            cells = [
                self.cell_text(c, pos).replace("\t", " ")
                for c in range(len(self.columns))
            ]
            lines.append(f"{self._fids[pos]}\t" + "\t".join(cells))
        return "\n".join(lines) + "\n"

    # --- layer events --------------------------------------------------------
    def _on_layer_features_changed(self, _layer: VectorLayer) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_layer_selection_changed(self, _layer: VectorLayer) -> None:
        self._update_sel_mask()
        if self._selected_only:
            self.beginResetModel()
            self._apply()
            self.endResetModel()
        elif self.rows.size and self.columns:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(
                self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole]
            )


def _column_array(col: pd.Series) -> Any:
    """Return a positional array over ``col`` without per-value Python objects."""
    if isinstance(col.dtype, np.dtype) and col.dtype != object:
        return col.to_numpy()
    return col.array


def format_value(value: Any) -> str:
    """Format one attribute value for display ('' for null)."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float | np.floating):
        if np.isnan(value):
            return ""
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.6g}"
    if isinstance(value, pd.Timestamp):
        return value.isoformat(sep=" ")
    return str(value)
