"""AttributeFormDialog: a plain form for layers without a dedicated one.

Zones have :class:`~gui.editing.zone_form_dialog.ZoneFormDialog` and
conversion cases :class:`gui.cases.case_form.CaseFormDialog`; any other
editable layer gets one line per attribute. Numbers stay numbers: a numeric
column's text is parsed back, and OK is refused (with a visible message) while
a value does not parse.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Columns the form never shows (kept by the store).
HIDDEN = ("row_version", "updated_at", "updated_by")


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return str(v)


class AttributeFormDialog(QDialog):
    """Edit the attributes of one feature; :meth:`values` returns them after OK.

    Parameters
    ----------
    values : dict
        Current attribute values (column -> value).
    numeric : set of str
        Columns holding numbers (their text is parsed back to float/int).
    """

    def __init__(
        self,
        values: dict[str, Any],
        numeric: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AttributeFormDialog")
        self.setWindowTitle(self.tr("Feature attributes"))
        self.original = dict(values)
        self.numeric = set(numeric or ())
        self.edits: dict[str, QLineEdit] = {}
        body = QWidget()
        form = QFormLayout(body)
        for col, value in values.items():
            if col in HIDDEN:
                continue
            edit = QLineEdit(_text(value))
            edit.setObjectName(f"field_{col}")
            self.edits[col] = edit
            form.addRow(col, edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(self.problems)
        lay.addWidget(buttons)

    def _parse(self, col: str, text: str) -> Any:
        if not text:
            return None
        if col not in self.numeric:
            return text
        number = float(text.replace(",", ""))
        old = self.original.get(col)
        if isinstance(old, int) and number.is_integer():
            return int(number)
        return number

    def values(self) -> dict[str, Any]:
        """Return the edited values (None for empty; unparsable numbers as text)."""
        out: dict[str, Any] = {}
        for col, edit in self.edits.items():
            text = edit.text().strip()
            try:
                out[col] = self._parse(col, text)
            except ValueError:
                out[col] = text
        return out

    def problems_text(self) -> str:
        """Return what blocks OK ("" when the values are fine)."""
        bad = []
        for col in self.numeric & set(self.edits):
            text = self.edits[col].text().strip()
            try:
                self._parse(col, text)
            except ValueError:
                bad.append(col)
        if not bad:
            return ""
        return self.tr("Not a number: %1").replace("%1", ", ".join(sorted(bad)))

    def accept(self) -> None:
        """Accept only parsable values; otherwise show what is wrong."""
        text = self.problems_text()
        if text:
            self.problems.setText(text)
            return
        super().accept()
