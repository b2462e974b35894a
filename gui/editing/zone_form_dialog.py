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
    PLATFORM_NAMES_EN,
    PLATFORM_NAMES_ZH,
    PLATFORMS_4N,
    split_codes,
    validate_attributes,
)


def _s(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


class ZoneFormDialog(QDialog):
    """Edit one zone's attributes; :meth:`values` returns them after OK."""

    def __init__(
        self,
        values: dict[str, Any],
        suggested_adcodes: list[str],
        other_codes: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
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
        self._time_fields(values)
        self.platform = QComboBox()
        self.platform.addItem("—", None)
        for key in PLATFORMS_4N:
            self.platform.addItem(
                f"{PLATFORM_NAMES_ZH[key]} / {PLATFORM_NAMES_EN[key]}", key
            )
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(values.get("platform_4n")))
        )
        self.kind.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self._on_kind_changed()
        self.focus_source = QPlainTextEdit(_s(values.get("focus_source")))
        self.focus_source.setMaximumHeight(70)
        self.focus_source.setPlaceholderText(
            "04 (九) 金融产业「提升金融街的金融产业能级」"
        )
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
            (self.tr("Code *"), self.code),
            (self.tr("Name (Chinese) *"), self.name_zh),
            (self.tr("Name (English)"), self.name_en),
            (self.tr("Kind *"), self.kind),
            (self.tr("4+N platform"), self.platform),
            (self.tr("Parent code"), self.parent_code),
            (self.tr("District adcodes"), self.districts),
            ("", QLabel(hint)),
            (self.tr("Boundary status *"), self.status),
            (self.tr("Source"), self.source),
            (self.tr("Source date"), self.source_date),
            (self.tr("Effective from"), self.effective_from),
            (self.tr("Effective to"), self.effective_to),
            (self.tr("Extent year"), self.extent_year),
            (self.tr("Date basis"), self.date_basis),
            (self.tr("Focus categories"), grid_w),
            (
                self.tr("Focus source (clause and words of the policy)"),
                self.focus_source,
            ),
            (self.tr("Remarks"), self.remarks),
        ]
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

    def _time_fields(self, values: dict[str, Any]) -> None:
        """Build the effective-date, extent-year and date-basis editors."""
        hint = self.tr("YYYY, YYYY-MM or YYYY-MM-DD; empty = open")
        self.effective_from = QLineEdit(_s(values.get("effective_from"))[:10])
        self.effective_to = QLineEdit(_s(values.get("effective_to"))[:10])
        for w in (self.effective_from, self.effective_to):
            w.setPlaceholderText(hint)
        year = values.get("extent_year")
        self.extent_year = QLineEdit(
            "" if year is None or _s(year) in ("", "<NA>") else str(int(float(year)))
        )
        self.extent_year.setPlaceholderText(
            self.tr("year the extent describes, e.g. 2012")
        )
        self.date_basis = QLineEdit(_s(values.get("date_basis")))

    def _on_kind_changed(self) -> None:
        """Offer the 4+N choice only for a cooperation platform (N by default)."""
        is_platform = self.kind.currentData() == "cooperation_platform"
        self.platform.setEnabled(is_platform)
        if not is_platform:
            self.platform.setCurrentIndex(0)
        elif self.platform.currentData() is None:
            self.platform.setCurrentIndex(self.platform.findData("n"))

    def _extent_year(self) -> Any:
        text = self.extent_year.text().strip()
        if not text:
            return None
        return int(text) if text.isdigit() else text  # validation names a bad year

    def values(self) -> dict[str, Any]:
        """Return the form's values in zone-schema columns."""

        def t(w: QLineEdit) -> str | None:
            return w.text().strip() or None

        return {
            "platform_4n": self.platform.currentData(),
            "effective_from": t(self.effective_from),
            "effective_to": t(self.effective_to),
            "extent_year": self._extent_year(),
            "date_basis": t(self.date_basis),
            "focus_source": self.focus_source.toPlainText().strip() or None,
            "code": t(self.code),
            "name_zh": t(self.name_zh),
            "name_en": t(self.name_en),
            "kind": self.kind.currentData(),
            "parent_code": t(self.parent_code),
            "district_adcodes": ";".join(split_codes(self.districts.text())) or None,
            "boundary_status": self.status.currentData(),
            "source": t(self.source),
            "source_date": self.source_date.date().toString("yyyy-MM-dd"),
            "focus_categories": ";".join(
                c for c, b in self.focus.items() if b.isChecked()
            )
            or None,
            "remarks": self.remarks.toPlainText().strip() or None,
        }

    def accept(self) -> None:
        """Accept only valid values; otherwise show what is wrong."""
        problems = validate_attributes(self.values(), self.other_codes)
        if problems:
            self.problems.setText("\n".join(p.message for p in problems))
            return
        super().accept()
