"""ZoneFormDialog: the attribute form of a zone, on create and on double-click.

Required fields and value lists come from :mod:`layers.zones.zone_fields`; OK is
refused with a visible message until the values are valid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from layers.layer_specs import KIND_NAMES_ZH, PS_CATEGORY_NAMES_ZH
from layers.zones.zone_fields import (
    BOUNDARY_STATUSES,
    KIND_NAMES_EN,
    KINDS,
    split_codes,
    validate_attributes,
)


def _s(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


class ZoneFormDialog(QDialog):
    """Edit one zone's attributes; :meth:`values` returns them after OK."""

    def __init__(self, values: dict[str, Any], suggested_adcodes: list[str],
                 other_codes: set[str] | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("ZoneFormDialog")
        self.setWindowTitle(self.tr("Zone attributes"))
        self.other_codes = other_codes or set()
        form = QFormLayout()
        self.code = QLineEdit(_s(values.get("code")))
        self.name_zh = QLineEdit(_s(values.get("name_zh")))
        self.name_en = QLineEdit(_s(values.get("name_en")))
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(f"{KIND_NAMES_ZH[k]} / {KIND_NAMES_EN[k]}", k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.parent_code = QLineEdit(_s(values.get("parent_code")))
        self.districts = QLineEdit(
            _s(values.get("district_adcodes")) or ";".join(suggested_adcodes)
        )
        self.districts.setPlaceholderText(";".join(suggested_adcodes))
        hint = self.tr("Suggested from the geometry: %1").replace(
            "%1", ";".join(suggested_adcodes) or "-"
        )
        self.status = QComboBox()
        status_names = {
            "indicative": self.tr("Indicative"),
            "official": self.tr("Official"),
        }
        for st in BOUNDARY_STATUSES:
            self.status.addItem(status_names.get(st, st), st)
        self.status.setCurrentIndex(
            max(0, self.status.findData(values.get("boundary_status") or "indicative"))
        )
        self.source = QLineEdit(_s(values.get("source")))
        self.source_date = QDateEdit()
        self.source_date.setCalendarPopup(True)
        self.source_date.setDisplayFormat("yyyy-MM-dd")
        d = QDate.fromString(_s(values.get("source_date"))[:10], "yyyy-MM-dd")
        self.source_date.setDate(d if d.isValid() else QDate.currentDate())
        self.remarks = QPlainTextEdit(_s(values.get("remarks")))
        self.remarks.setMaximumHeight(70)
        focus = set(split_codes(values.get("focus_categories")))
        grid_w = QWidget()
        grid = QGridLayout(grid_w)
        self.focus: dict[str, QCheckBox] = {}
        for i, (code, name) in enumerate(PS_CATEGORY_NAMES_ZH.items()):
            box = QCheckBox(f"{code} {name}")
            box.setChecked(code in focus)
            self.focus[code] = box
            grid.addWidget(box, i // 2, i % 2)
        rows = [
            (self.tr("Code *"), self.code), (self.tr("Name (Chinese) *"), self.name_zh),
            (self.tr("Name (English)"), self.name_en), (self.tr("Kind *"), self.kind),
            (self.tr("Parent code"), self.parent_code), (self.tr("District adcodes"), self.districts),
            ("", QLabel(hint)), (self.tr("Boundary status *"), self.status),
            (self.tr("Source"), self.source), (self.tr("Source date"), self.source_date),
            (self.tr("Focus categories"), grid_w), (self.tr("Remarks"), self.remarks),
        ]  # fmt: skip
        for label, w in rows:
            form.addRow(label, w)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problems)
        lay.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """Return the form's values in zone-schema columns."""

        def t(w: QLineEdit) -> str | None:
            return w.text().strip() or None

        return {
            "code": t(self.code), "name_zh": t(self.name_zh), "name_en": t(self.name_en),
            "kind": self.kind.currentData(), "parent_code": t(self.parent_code),
            "district_adcodes": ";".join(split_codes(self.districts.text())) or None,
            "boundary_status": self.status.currentData(), "source": t(self.source),
            "source_date": self.source_date.date().toString("yyyy-MM-dd"),
            "focus_categories": ";".join(c for c, b in self.focus.items() if b.isChecked()) or None,
            "remarks": self.remarks.toPlainText().strip() or None,
        }  # fmt: skip

    def accept(self) -> None:
        """Accept only valid values; otherwise show what is wrong."""
        problems = validate_attributes(self.values(), self.other_codes)
        if problems:
            self.problems.setText("\n".join(p.message for p in problems))
            return
        super().accept()
