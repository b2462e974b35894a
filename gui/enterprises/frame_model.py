"""DataFrameModel: a read-only pandas frame for a QTableView, sortable, any size."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


def _fmt(v: Any, whole: bool = False) -> str:
    """Return a cell's text; ``whole``: a float of a whole-number series (a count)."""
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
        return ""
    if isinstance(v, float | np.floating):
        if whole and np.isfinite(v):
            return f"{v:,.0f}"
        return f"{v:,.3f}" if abs(float(v)) < 1 else f"{v:,.1f}"
    if isinstance(v, int | np.integer):
        return f"{v:,}" if abs(int(v)) >= 10000 else str(v)
    return str(v)


def _whole_numbers(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Return which columns (index first) and rows hold whole numbers only.

    A float column of counts (employees summed, enterprises compared) reads
    "43,314", not "43,314.0"; so does a comparison row of counts. Vectorised.
    """
    cols = np.zeros(len(frame.columns) + 1, dtype=bool)
    rows = np.zeros(len(frame), dtype=bool)
    numeric = np.array(
        [
            pd.api.types.is_numeric_dtype(dt) and not pd.api.types.is_bool_dtype(dt)
            for dt in frame.dtypes
        ],
        dtype=bool,
    )
    if not numeric.any() or len(frame) == 0:
        return cols, rows
    values = frame.iloc[:, numeric].to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(values)
    whole = ~finite | (np.mod(values, 1.0) == 0)
    cols[1:][numeric] = whole.all(axis=0) & finite.any(axis=0)
    rows[:] = whole.all(axis=1) & finite.any(axis=1)
    return cols, rows


class DataFrameModel(QAbstractTableModel):
    """Show a frame (index as the first column); sorting is a numpy argsort.

    Text is shown as plain text (Qt item views never interpret HTML), so a
    name like ``<b>x</b>`` appears exactly as stored.
    """

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        labels: dict[str, str] | None = None,
        parent: Any = None,
        whole_rows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.labels = dict(labels or {})
        # Rows are measures (a comparison): a row of counts reads as counts.
        self.whole_rows = whole_rows
        self.set_frame(frame if frame is not None else pd.DataFrame())

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Replace the frame (keeps the current sort)."""
        self.beginResetModel()
        self.frame = frame
        self.index_name = str(frame.index.name or "")
        self.columns = [self.index_name or "#", *[str(c) for c in frame.columns]]
        self._cols = [frame.index.to_numpy(object)] + [
            frame[c].to_numpy(object) for c in frame.columns
        ]
        self.rows = np.arange(len(frame), dtype=np.int64)
        self._whole_cols, self._whole_rows = _whole_numbers(frame)
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        """Return the frame index value shown at view row ``row``."""
        return self.frame.index[self.rows[row]]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self._cols[index.column()][self.rows[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            row = int(self.rows[index.row()])
            col = index.column()
            whole = self._whole_cols[col] or (self.whole_rows and self._whole_rows[row])
            return _fmt(v, bool(whole))
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(v, str) and len(v) > 12:
            return v  # long text may be cut by the column: the whole of it
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
            v, int | float | np.number
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self.columns[section]
            return self.labels.get(name, name)
        return str(section + 1)

    def sort(
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        self.layoutAboutToBeChanged.emit()
        col = self._cols[column]
        num = pd.to_numeric(pd.Series(col), errors="coerce")
        key = (
            num.to_numpy(float)
            if num.notna().sum() >= 0.5 * len(col)
            else pd.Series(col).astype(str).to_numpy()
        )
        perm = np.argsort(key, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            perm = perm[::-1]
        self.rows = perm.astype(np.int64)
        self.layoutChanged.emit()
