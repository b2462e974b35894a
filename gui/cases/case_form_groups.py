"""The case form's groups for schema v3: land title, catalogue conditions, indicators.

A mixin of :class:`gui.cases.case_form.CaseFormDialog` (it provides ``_line``,
``_combo``, ``case`` and ``labels``). Strings use the dialog's translation
context explicitly so they translate wherever the mixin's code runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from gui.cases.ui_labels import facility_labels, land_right_labels, stage_labels
from layers.cases.case_fields import CASE_INDICATOR_FIELDS, split_codes

INDICATOR_FIELDS = tuple(CASE_INDICATOR_FIELDS.values())
TITLE_NUMBER_FIELDS = ("remaining_term_years",)


class CaseFormGroupsMixin:
    """Build the schema-v3 groups and read their values back."""

    case: dict[str, Any]
    labels: dict[str, str]
    location_clauses: list[dict[str, Any]]
    facility_checks: dict[str, QCheckBox]

    if TYPE_CHECKING:  # provided by CaseFormDialog

        def _line(
            self, form: QFormLayout, field: str, numeric: bool = False
        ) -> QLineEdit: ...

        def _combo(
            self,
            form: QFormLayout,
            field: str,
            items: list[tuple[str, Any]],
            label: str = "",
            editable: bool = False,
        ) -> QComboBox: ...

    def _title_box(self) -> QGroupBox:
        box, form = (
            QGroupBox(
                QCoreApplication.translate(
                    "CaseFormDialog", "Land title (agreement transfer)"
                )
            ),
            QFormLayout(),
        )
        self._combo(
            form,
            "land_right_type",
            [
                (QCoreApplication.translate("CaseFormDialog", "(not filled in)"), None),
                *((v, k) for k, v in land_right_labels().items()),
            ],
        )
        self._line(form, "remaining_term_years", numeric=True)
        self._line(form, "title_cert_no").setPlaceholderText(
            QCoreApplication.translate(
                "CaseFormDialog", "e.g. 京(2018)海淀区不动产权第0076542号"
            )
        )
        self._line(form, "parcel_code")
        box.setLayout(form)
        return box

    def _conditions_box(self, flags: list[tuple[str, Any]]) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate(
                "CaseFormDialog", "Catalogue conditions and location (R4, R5)"
            )
        )
        form = QFormLayout()
        for f in ("in_plan", "heritage_area"):
            self._combo(form, f, flags)
        have = set(split_codes(self.case.get("project_facilities")))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.facility_checks = {}
        for i, (key, label) in enumerate(facility_labels().items()):
            cb = QCheckBox(label)
            cb.setObjectName(f"facility_{key}")
            cb.setChecked(key in have)
            self.facility_checks[key] = cb
            grid.addWidget(cb, i // 2, i % 2)
        form.addRow(self.labels["project_facilities"], grid_host)
        self._combo(
            form,
            "manufacturing_stage",
            [
                (QCoreApplication.translate("CaseFormDialog", "(not filled in)"), None),
                *((v, k) for k, v in stage_labels().items()),
            ],
        )
        clauses = [
            (f"{c['id']} {c.get('title_zh', '')}".strip(), c["id"])
            for c in self.location_clauses
        ]
        self._combo(
            form,
            "location_clause",
            [(QCoreApplication.translate("CaseFormDialog", "(none)"), None), *clauses],
        )
        box.setLayout(form)
        return box

    def _indicators_box(self) -> QGroupBox:
        box = QGroupBox(
            QCoreApplication.translate(
                "CaseFormDialog", "Control indicators typed on the case (R6)"
            )
        )
        form = QFormLayout()
        for f in INDICATOR_FIELDS:
            self._line(form, f, numeric=True)
        self._line(form, "indicator_source").setPlaceholderText(
            QCoreApplication.translate(
                "CaseFormDialog",
                "e.g. 规划条件通知书 No., or the 控规 name and approval date",
            )
        )
        box.setLayout(form)
        return box

    def group_values(self) -> dict[str, Any]:
        """Return the facility kinds chosen (';'-joined, None when none ticked)."""
        kinds = [k for k, cb in self.facility_checks.items() if cb.isChecked()]
        return {"project_facilities": ";".join(kinds) or None}

    def group_problem(self, values: dict[str, Any]) -> str | None:
        """Return a problem of the groups' values that blocks OK, or None."""
        kinds = split_codes(values.get("project_facilities"))
        if "none" in kinds and len(kinds) > 1:
            return QCoreApplication.translate(
                "CaseFormDialog",
                "“None of these” cannot be ticked with another facility kind",
            )
        typed = [f for f in INDICATOR_FIELDS if values.get(f) is not None]
        if typed and not values.get("indicator_source"):
            return QCoreApplication.translate(
                "CaseFormDialog",
                "Control indicators typed on the case need their source",
            )
        return None
